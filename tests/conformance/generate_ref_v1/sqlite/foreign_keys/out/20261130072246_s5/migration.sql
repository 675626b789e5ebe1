PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_children` (
	`id` integer PRIMARY KEY,
	`parent_id` integer,
	`sponsor_id` integer,
	`code` text
);
--> statement-breakpoint
INSERT INTO `__new_children`(`id`, `parent_id`, `sponsor_id`, `code`) SELECT `id`, `parent_id`, `sponsor_id`, `code` FROM `children`;--> statement-breakpoint
DROP TABLE `children`;--> statement-breakpoint
ALTER TABLE `__new_children` RENAME TO `children`;--> statement-breakpoint
PRAGMA foreign_keys=ON;