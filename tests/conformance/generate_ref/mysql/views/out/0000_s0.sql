CREATE TABLE `people` (
	`id` int NOT NULL,
	`active` boolean NOT NULL,
	CONSTRAINT `people_id` PRIMARY KEY(`id`)
);
