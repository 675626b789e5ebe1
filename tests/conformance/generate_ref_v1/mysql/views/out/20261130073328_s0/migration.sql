CREATE TABLE `people` (
	`id` int PRIMARY KEY,
	`active` boolean NOT NULL
);
