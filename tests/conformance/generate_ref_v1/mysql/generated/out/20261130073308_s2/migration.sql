ALTER TABLE `p` DROP COLUMN `full`;--> statement-breakpoint
ALTER TABLE `p` ADD `full` varchar(101) GENERATED ALWAYS AS (concat(last, ', ', first)) STORED;--> statement-breakpoint
ALTER TABLE `p` DROP COLUMN `initials`;--> statement-breakpoint
ALTER TABLE `p` ADD `initials` varchar(2);