CREATE TABLE `authors` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text(100) NOT NULL,
	`email` text NOT NULL UNIQUE,
	`nickname` text CONSTRAINT `authors_nick_key` UNIQUE,
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
	CONSTRAINT `authors_name_age_unique` UNIQUE(`name`,`age`),
	CONSTRAINT "age_check" CHECK("age" >= 0)
);
--> statement-breakpoint
CREATE TABLE `book_tags` (
	`book_id` integer NOT NULL,
	`tag` text NOT NULL,
	`note` text CONSTRAINT `book_tags_note_unique_c` UNIQUE,
	CONSTRAINT `book_tags_pk` PRIMARY KEY(`book_id`, `tag`),
	CONSTRAINT `tags_book_fk` FOREIGN KEY (`book_id`) REFERENCES `books`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `books` (
	`id` integer PRIMARY KEY,
	`title` text NOT NULL,
	`author_id` integer,
	CONSTRAINT `fk_books_author_id_authors_id_fk` FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE RESTRICT ON DELETE CASCADE
);
--> statement-breakpoint
CREATE INDEX `authors_lower_email_idx` ON `authors` (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX `authors_name_idx` ON `authors` (`name`) WHERE "authors"."active" = 1;--> statement-breakpoint
CREATE INDEX `authors_age_rank_idx` ON `authors` (`age`,`rank`);--> statement-breakpoint
CREATE VIEW `adults` AS select "id", "name" from "authors" where "authors"."age" > 17;--> statement-breakpoint
CREATE VIEW `book_count` AS select count(*) as n from books;