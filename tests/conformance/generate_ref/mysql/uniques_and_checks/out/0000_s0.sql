CREATE TABLE `users` (
	`id` int NOT NULL,
	`email` varchar(100),
	`a` int,
	`b` int,
	`age` int,
	CONSTRAINT `users_id` PRIMARY KEY(`id`)
);
