CREATE TABLE `items` (
	`id` integer PRIMARY KEY,
	`name` text,
	`price` integer
);
--> statement-breakpoint
CREATE VIEW `cheap` AS select "id", "name" from "items" where "items"."price" < 10;