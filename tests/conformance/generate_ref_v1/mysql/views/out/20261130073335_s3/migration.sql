DROP VIEW `active_people`;--> statement-breakpoint
DROP VIEW `all_people`;