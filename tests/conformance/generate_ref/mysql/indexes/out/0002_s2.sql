ALTER TABLE `posts` DROP INDEX `slug_idx`;--> statement-breakpoint
DROP INDEX `title_idx` ON `posts`;