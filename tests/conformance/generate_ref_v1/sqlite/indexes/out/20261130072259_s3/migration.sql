PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_docs` (
	`id` integer PRIMARY KEY,
	`a` text,
	`b` text,
	`c` integer
);
--> statement-breakpoint
INSERT INTO `__new_docs`(`id`, `a`, `b`, `c`) SELECT `id`, `a`, `b`, `c` FROM `docs`;--> statement-breakpoint
DROP TABLE `docs`;--> statement-breakpoint
ALTER TABLE `__new_docs` RENAME TO `docs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP INDEX IF EXISTS `docs_a_idx`;--> statement-breakpoint
DROP INDEX IF EXISTS `docs_c_partial`;--> statement-breakpoint
DROP INDEX IF EXISTS `docs_lower_a`;