CREATE TABLE `posts` (
	`id` int NOT NULL,
	`title` varchar(100),
	CONSTRAINT `posts_id` PRIMARY KEY(`id`)
);
