ALTER TABLE `posts` DROP COLUMN `titleLen`;--> statement-breakpoint
ALTER TABLE `posts` ADD `titleLen` integer GENERATED ALWAYS AS (length("title") + 1) VIRTUAL;