CREATE TABLE `p` (
	`id` int NOT NULL,
	`first` varchar(50),
	`last` varchar(50),
	CONSTRAINT `p_id` PRIMARY KEY(`id`)
);
