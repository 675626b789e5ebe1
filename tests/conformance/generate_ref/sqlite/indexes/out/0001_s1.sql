CREATE UNIQUE INDEX `docs_b_unique` ON `docs` (`b`);--> statement-breakpoint
CREATE INDEX `docs_a_idx` ON `docs` (`a`);--> statement-breakpoint
CREATE UNIQUE INDEX `docs_a_c_idx` ON `docs` (`a`,`c`);--> statement-breakpoint
CREATE INDEX `docs_c_partial` ON `docs` (`c`) WHERE "docs"."c" > 0;--> statement-breakpoint
CREATE INDEX `docs_lower_a` ON `docs` (lower("a"));--> statement-breakpoint
CREATE UNIQUE INDEX `docs_b_c_unique` ON `docs` (`b`,`c`);