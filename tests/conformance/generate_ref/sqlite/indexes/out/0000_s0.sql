CREATE TABLE `docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`b` text,
	`c` integer
);
