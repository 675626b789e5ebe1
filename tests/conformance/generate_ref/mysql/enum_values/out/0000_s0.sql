CREATE TABLE `t` (
	`id` int NOT NULL,
	`mood` enum('sad','ok'),
	CONSTRAINT `t_id` PRIMARY KEY(`id`)
);
