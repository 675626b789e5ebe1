CREATE TABLE `people` (
	`id` integer PRIMARY KEY,
	`age` integer,
	`name` text,
	CONSTRAINT "people_age_check" CHECK("age" >= 0)
);
