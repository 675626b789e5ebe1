CREATE TABLE `items` (
	`id` integer PRIMARY KEY,
	`name` text,
	`qty` integer,
	`price` real,
	`note` text DEFAULT 'x',
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `logs` (
	`id` integer PRIMARY KEY,
	`level` integer,
	`msg` text
);
--> statement-breakpoint
CREATE INDEX `items_name_idx` ON `items` (`name`);