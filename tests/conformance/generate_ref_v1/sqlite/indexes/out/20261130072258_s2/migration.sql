PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_docs` (
	`id` integer PRIMARY KEY,
	`a` text,
	`b` text,
	`c` integer,
	CONSTRAINT `docs_b_c_unique` UNIQUE(`b`,`c`)
);
--> statement-breakpoint
INSERT INTO `__new_docs`(`id`, `a`, `b`, `c`) SELECT `id`, `a`, `b`, `c` FROM `docs`;--> statement-breakpoint
DROP TABLE `docs`;--> statement-breakpoint
ALTER TABLE `__new_docs` RENAME TO `docs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP INDEX IF EXISTS `docs_a_c_idx`;--> statement-breakpoint
CREATE INDEX `docs_a_idx` ON `docs` (`a`,`b`);--> statement-breakpoint
CREATE INDEX `docs_c_partial` ON `docs` (`c`) WHERE "docs"."c" > 10;--> statement-breakpoint
CREATE INDEX `docs_lower_a` ON `docs` (lower("a"));