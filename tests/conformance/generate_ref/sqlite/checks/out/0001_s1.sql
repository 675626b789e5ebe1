PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`age` integer,
	`name` text,
	CONSTRAINT "people_age_check" CHECK("__new_people"."age" >= 0 and "__new_people"."age" < 200),
	CONSTRAINT "people_name_check" CHECK(length("__new_people"."name") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_people`("id", "age", "name") SELECT "id", "age", "name" FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;