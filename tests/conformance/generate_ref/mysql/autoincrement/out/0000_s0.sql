CREATE TABLE `t` (
	`id` int NOT NULL,
	`n` int,
	CONSTRAINT `t_id` PRIMARY KEY(`id`)
);
