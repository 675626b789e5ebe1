CREATE TABLE `t` (
	`id` int PRIMARY KEY,
	`a` int,
	`b` varchar(10) DEFAULT 'x',
	`c` int DEFAULT 1
);
