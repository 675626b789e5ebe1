ALTER TABLE `settings` ADD `theme` text DEFAULT 'dark' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `limits` text DEFAULT '[]';--> statement-breakpoint
ALTER TABLE `settings` ADD `weight` real DEFAULT 2;