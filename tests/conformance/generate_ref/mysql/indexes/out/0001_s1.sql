DROP INDEX `title_idx` ON `posts`;--> statement-breakpoint
ALTER TABLE `posts` ADD CONSTRAINT `slug_idx` UNIQUE(`slug`);--> statement-breakpoint
CREATE INDEX `title_idx` ON `posts` (`title`,`slug`);