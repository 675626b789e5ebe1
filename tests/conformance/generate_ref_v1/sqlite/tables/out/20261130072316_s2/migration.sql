CREATE TABLE `categories` (
	`id` integer PRIMARY KEY,
	`slug` text NOT NULL UNIQUE,
	`owner_id` integer,
	CONSTRAINT `fk_categories_owner_id_users_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `categories_owner_idx` ON `categories` (`owner_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `categories_slug_owner` ON `categories` (`slug`,`owner_id`);