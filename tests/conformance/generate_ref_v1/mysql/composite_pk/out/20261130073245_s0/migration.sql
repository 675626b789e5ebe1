CREATE TABLE `members` (
	`group_id` int NOT NULL,
	`user_id` int NOT NULL,
	`role` varchar(20),
	CONSTRAINT PRIMARY KEY(`group_id`,`user_id`)
);
