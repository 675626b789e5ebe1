CREATE TABLE `authors` (
	`id` integer PRIMARY KEY,
	`email` text CONSTRAINT `authors_email_key` UNIQUE
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer,
	`authorId` integer,
	`title` text,
	`slug` text UNIQUE,
	CONSTRAINT `posts_pkey` PRIMARY KEY(`id`),
	CONSTRAINT `posts_author_fk` FOREIGN KEY (`authorId`) REFERENCES `authors`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `stamps` (
	`id` integer PRIMARY KEY,
	`at` integer DEFAULT 1704164645,
	`raw` blob DEFAULT X'6869',
	`note` text DEFAULT 'a\\b ''q'''
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY,
	`label` text
);
--> statement-breakpoint
CREATE INDEX `posts_slug_idx` ON `posts` (`slug`);--> statement-breakpoint
CREATE INDEX `tags_label_idx` ON `tags` (`label`);