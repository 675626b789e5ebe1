CREATE TABLE `users` (
	`id` int AUTO_INCREMENT NOT NULL,
	`age` int,
	CONSTRAINT `users_id` PRIMARY KEY(`id`)
);
