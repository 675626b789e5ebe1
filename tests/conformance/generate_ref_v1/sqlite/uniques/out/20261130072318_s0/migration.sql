CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY,
	`email` text,
	`code` text,
	`region` text
);
