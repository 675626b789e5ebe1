CREATE TABLE `users` (
	`id` int PRIMARY KEY,
	`firstName` varchar(50),
	`lastLogin` timestamp
);
--> statement-breakpoint
CREATE INDEX `users_first_name_idx` ON `users` (`firstName`);