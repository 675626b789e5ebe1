CREATE TABLE `authors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text(100) NOT NULL,
	`email` text NOT NULL,
	`nickname` text,
	`age` integer,
	`active` integer DEFAULT true,
	`score` real DEFAULT 1.5,
	`rank` integer DEFAULT 0,
	`bio` text DEFAULT 'it''s me',
	`meta` text DEFAULT '{"a":1}',
	`avatar` blob,
	`price` numeric,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`name_len` integer GENERATED ALWAYS AS (length("name")) VIRTUAL,
	`upper_name` text GENERATED ALWAYS AS (upper("name")) STORED,
	CONSTRAINT "age_check" CHECK("authors"."age" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authors_email_unique` ON `authors` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `authors_nick_key` ON `authors` (`nickname`);--> statement-breakpoint
CREATE INDEX `authors_lower_email_idx` ON `authors` (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX `authors_name_idx` ON `authors` (`name`) WHERE "authors"."active" = 1;--> statement-breakpoint
CREATE INDEX `authors_age_rank_idx` ON `authors` (`age`,`rank`);--> statement-breakpoint
CREATE UNIQUE INDEX `authors_name_age_unique` ON `authors` (`name`,`age`);--> statement-breakpoint
CREATE TABLE `book_tags` (
	`book_id` integer NOT NULL,
	`tag` text NOT NULL,
	`note` text,
	PRIMARY KEY(`book_id`, `tag`),
	FOREIGN KEY (`book_id`) REFERENCES `books`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `book_tags_note_unique_c` ON `book_tags` (`note`);--> statement-breakpoint
CREATE TABLE `books` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`author_id` integer,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE restrict ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `adults` AS select "id", "name" from "authors" where "authors"."age" > 17;--> statement-breakpoint
CREATE VIEW `book_count` AS select count(*) as n from books;