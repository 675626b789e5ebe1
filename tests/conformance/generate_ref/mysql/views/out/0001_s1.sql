CREATE ALGORITHM = undefined
SQL SECURITY definer
VIEW `active_people` AS (select `id`, `active` from `people` where `people`.`active` = true);--> statement-breakpoint
CREATE ALGORITHM = merge
SQL SECURITY invoker
VIEW `all_people` AS (select `id` from `people`);