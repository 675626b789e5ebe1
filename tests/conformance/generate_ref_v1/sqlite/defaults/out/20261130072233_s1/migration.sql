PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_settings` (
	`id` integer PRIMARY KEY,
	`label` text DEFAULT 'off',
	`count` integer DEFAULT 10,
	`ratio` real DEFAULT 1.5e-7,
	`enabled` integer DEFAULT true,
	`tags` text DEFAULT '{"k":[1,2]}',
	`created` integer DEFAULT (unixepoch() * 1000),
	`raw` blob DEFAULT x'00ff'
);
--> statement-breakpoint
INSERT INTO `__new_settings`(`id`, `label`, `count`, `ratio`, `enabled`, `tags`, `created`, `raw`) SELECT `id`, `label`, `count`, `ratio`, `enabled`, `tags`, `created`, `raw` FROM `settings`;--> statement-breakpoint
DROP TABLE `settings`;--> statement-breakpoint
ALTER TABLE `__new_settings` RENAME TO `settings`;--> statement-breakpoint
PRAGMA foreign_keys=ON;