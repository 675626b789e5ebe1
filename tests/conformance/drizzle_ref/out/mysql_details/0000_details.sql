CREATE TABLE `people` (
	`id` int NOT NULL,
	`nick` text DEFAULT ('anonymous'),
	`active` boolean NOT NULL,
	CONSTRAINT `people_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE ALGORITHM = merge
SQL SECURITY invoker
VIEW `active_people` AS (select `id`, `nick`, `active` from `people` where `people`.`active` = true);