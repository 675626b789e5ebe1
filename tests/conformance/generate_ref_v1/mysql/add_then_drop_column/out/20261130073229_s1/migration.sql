ALTER TABLE `users` ADD `email` varchar(128) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `nick` text;