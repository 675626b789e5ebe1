CREATE TABLE `orgs` (
	`id` integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY,
	`name` text
);
