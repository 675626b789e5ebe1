CREATE TABLE `settings` (
	`id` integer PRIMARY KEY,
	`label` text DEFAULT 'it''s "on"',
	`count` integer DEFAULT -3,
	`ratio` real DEFAULT 0.25,
	`enabled` integer DEFAULT false,
	`tags` text DEFAULT '["a","b"]',
	`created` integer DEFAULT (unixepoch()),
	`raw` blob
);
