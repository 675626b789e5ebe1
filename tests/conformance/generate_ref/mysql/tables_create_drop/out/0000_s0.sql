CREATE TABLE `a` (
	`id` int NOT NULL,
	CONSTRAINT `a_id` PRIMARY KEY(`id`)
);
