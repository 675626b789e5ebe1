CREATE TABLE `items` (
	`id` int NOT NULL,
	`qty` int NOT NULL,
	`label` varchar(64),
	`price` int DEFAULT 5,
	CONSTRAINT `items_id` PRIMARY KEY(`id`)
);
