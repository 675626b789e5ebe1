PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_docs` (
	`id` integer PRIMARY KEY,
	`a` text,
	`b` text UNIQUE,
	`c` integer,
	CONSTRAINT `docs_b_c_unique` UNIQUE(`b`,`c`)
);
--> statement-breakpoint
INSERT INTO `__new_docs`(`id`, `a`, `b`, `c`) SELECT `id`, `a`, `b`, `c` FROM `docs`;--> statement-breakpoint
DROP TABLE `docs`;--> statement-breakpoint
ALTER TABLE `__new_docs` RENAME TO `docs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `docs_a_idx` ON `docs` (`a`);--> statement-breakpoint
CREATE UNIQUE INDEX `docs_a_c_idx` ON `docs` (`a`,`c`);--> statement-breakpoint
CREATE INDEX `docs_c_partial` ON `docs` (`c`) WHERE "docs"."c" > 0;--> statement-breakpoint
CREATE INDEX `docs_lower_a` ON `docs` (lower("a"));