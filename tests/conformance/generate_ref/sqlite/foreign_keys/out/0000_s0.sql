CREATE TABLE `children` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer
);
--> statement-breakpoint
CREATE TABLE `parents` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL
);
