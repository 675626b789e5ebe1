PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY,
	`age` integer,
	`name` text,
	CONSTRAINT "people_name_check" CHECK(length("name") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`, `age`, `name`) SELECT `id`, `age`, `name` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;