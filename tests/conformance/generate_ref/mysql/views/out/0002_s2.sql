ALTER ALGORITHM = temptable
SQL SECURITY invoker
VIEW `all_people` AS select `id` from `people`;--> statement-breakpoint
CREATE OR REPLACE ALGORITHM = undefined
SQL SECURITY definer
VIEW `active_people` AS (select `id`, `active` from `people` where `people`.`active` = false);