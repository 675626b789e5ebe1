ALTER TABLE `boxes` DROP COLUMN `area`;--> statement-breakpoint
ALTER TABLE `boxes` ADD `area` integer;