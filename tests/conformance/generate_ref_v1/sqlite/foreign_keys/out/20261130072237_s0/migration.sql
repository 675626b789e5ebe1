CREATE TABLE `children` (
	`id` integer PRIMARY KEY,
	`parent_id` integer
);
--> statement-breakpoint
CREATE TABLE `parents` (
	`id` integer PRIMARY KEY,
	`code` text NOT NULL
);
