CREATE TABLE `users` (
	`id` int NOT NULL,
	`first_name` varchar(50),
	`last_login` timestamp,
	CONSTRAINT `users_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `users_first_name_idx` ON `users` (`first_name`);