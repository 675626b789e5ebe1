CREATE TABLE `posts` (
	`id` int NOT NULL,
	`title` varchar(100),
	`slug` varchar(100),
	`body` text,
	CONSTRAINT `posts_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `title_idx` ON `posts` (`title`);