DROP INDEX `title_idx` ON `posts`;--> statement-breakpoint
DROP INDEX `slug_idx` ON `posts`;