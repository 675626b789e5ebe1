CREATE INDEX `lower_title_idx` ON `posts` ((lower(`title`)));--> statement-breakpoint
CREATE UNIQUE INDEX `upper_title_idx` ON `posts` ((upper(`title`)));