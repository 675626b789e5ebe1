CREATE TABLE `t` (
	`id` int NOT NULL,
	`a` int,
	`b` varchar(10) DEFAULT 'x',
	`c` int DEFAULT 1,
	CONSTRAINT `t_id` PRIMARY KEY(`id`)
);
