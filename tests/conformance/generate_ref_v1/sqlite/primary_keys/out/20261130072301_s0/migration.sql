CREATE TABLE `links` (
	`a` integer NOT NULL,
	`b` integer NOT NULL,
	`c` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer NOT NULL,
	`body` text
);
