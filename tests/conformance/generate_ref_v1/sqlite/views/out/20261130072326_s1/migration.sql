DROP VIEW `cheap`;--> statement-breakpoint
CREATE VIEW `totals` AS select count(*) as n, sum(price) as total from items;--> statement-breakpoint
CREATE VIEW `cheap` AS select "id", "name" from "items" where "items"."price" < 20;