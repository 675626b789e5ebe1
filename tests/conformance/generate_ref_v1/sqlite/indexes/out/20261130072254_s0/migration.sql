CREATE TABLE `docs` (
	`id` integer PRIMARY KEY,
	`a` text,
	`b` text,
	`c` integer
);
