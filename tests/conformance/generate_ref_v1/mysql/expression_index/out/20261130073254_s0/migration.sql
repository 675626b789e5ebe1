CREATE TABLE `posts` (
	`id` int PRIMARY KEY,
	`title` varchar(100)
);
