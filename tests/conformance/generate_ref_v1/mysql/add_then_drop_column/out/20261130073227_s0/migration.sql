CREATE TABLE `users` (
	`id` int AUTO_INCREMENT PRIMARY KEY,
	`age` int
);
