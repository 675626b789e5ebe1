ALTER TABLE `posts` ADD CONSTRAINT `upper_title_idx` UNIQUE(`(upper(`title`))`);--> statement-breakpoint
CREATE INDEX `lower_title_idx` ON `posts` ((lower(`title`)));