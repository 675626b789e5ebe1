CREATE TABLE `notes` (
	`id` integer PRIMARY KEY,
	`title` text,
	`body` text,
	`title_len` integer GENERATED ALWAYS AS (length("title")) VIRTUAL
);
