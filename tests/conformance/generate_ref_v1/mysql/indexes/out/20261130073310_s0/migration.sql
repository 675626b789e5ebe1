CREATE TABLE `posts` (
	`id` int PRIMARY KEY,
	`title` varchar(100),
	`slug` varchar(100),
	`body` text
);
--> statement-breakpoint
CREATE INDEX `title_idx` ON `posts` (`title`);