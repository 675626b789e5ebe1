PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY,
	`name` text NOT NULL,
	`qty` real,
	`price` real DEFAULT 9.5,
	`note` text,
	`code` text
);
--> statement-breakpoint
INSERT INTO `__new_items`(`id`, `name`, `qty`, `price`, `note`, `code`) SELECT `id`, `name`, `qty`, `price`, `note`, `code` FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_logs` (
	`id` integer PRIMARY KEY,
	`level` integer DEFAULT 1,
	`msg` text(200)
);
--> statement-breakpoint
INSERT INTO `__new_logs`(`id`, `level`, `msg`) SELECT `id`, `level`, `msg` FROM `logs`;--> statement-breakpoint
DROP TABLE `logs`;--> statement-breakpoint
ALTER TABLE `__new_logs` RENAME TO `logs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `items_name_idx` ON `items` (`name`);