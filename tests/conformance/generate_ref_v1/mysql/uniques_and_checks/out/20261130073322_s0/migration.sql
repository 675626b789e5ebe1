CREATE TABLE `users` (
	`id` int PRIMARY KEY,
	`email` varchar(100),
	`a` int,
	`b` int,
	`age` int
);
