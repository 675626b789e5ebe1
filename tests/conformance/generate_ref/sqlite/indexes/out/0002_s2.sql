DROP INDEX `docs_b_unique`;--> statement-breakpoint
DROP INDEX `docs_a_c_idx`;--> statement-breakpoint
DROP INDEX `docs_a_idx`;--> statement-breakpoint
DROP INDEX `docs_c_partial`;--> statement-breakpoint
CREATE INDEX `docs_a_idx` ON `docs` (`a`,`b`);--> statement-breakpoint
CREATE INDEX `docs_c_partial` ON `docs` (`c`) WHERE "docs"."c" > 10;