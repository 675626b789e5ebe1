PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY,
	`name` text NOT NULL,
	`qty` real,
	`price` real,
	`note` text,
	`code` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_items`(`id`, `name`, `qty`, `price`, `note`, `code`) SELECT `id`, `name`, `qty`, `price`, `note`, `code` FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `items_name_idx` ON `items` (`name`);