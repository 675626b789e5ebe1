PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY,
	`email` text CONSTRAINT `accounts_email_key` UNIQUE,
	`code` text CONSTRAINT `accounts_code_key` UNIQUE,
	`region` text
);
--> statement-breakpoint
INSERT INTO `__new_accounts`(`id`, `email`, `code`, `region`) SELECT `id`, `email`, `code`, `region` FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;