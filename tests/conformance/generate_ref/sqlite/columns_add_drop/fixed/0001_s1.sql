ALTER TABLE `users` ADD `bio` text;--> statement-breakpoint
ALTER TABLE `users` ADD `age` integer DEFAULT 18;--> statement-breakpoint
ALTER TABLE `users` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `nick` text;--> statement-breakpoint
ALTER TABLE `users` ADD `org_id` integer REFERENCES orgs(id) ON DELETE set null;--> statement-breakpoint
CREATE UNIQUE INDEX `users_nick_unique` ON `users` (`nick`);