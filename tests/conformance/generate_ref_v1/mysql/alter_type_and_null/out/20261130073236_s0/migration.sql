CREATE TABLE `items` (
	`id` int PRIMARY KEY,
	`qty` int NOT NULL,
	`label` varchar(64),
	`price` int DEFAULT 5
);
