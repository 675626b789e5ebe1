CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`age` integer,
	`name` text,
	CONSTRAINT "people_age_check" CHECK("people"."age" >= 0)
);
