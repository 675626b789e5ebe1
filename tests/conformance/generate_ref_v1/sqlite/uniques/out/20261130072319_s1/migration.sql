PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY,
	`email` text UNIQUE,
	`code` text,
	`region` text,
	CONSTRAINT `accounts_code_region_unique` UNIQUE(`code`,`region`)
);
--> statement-breakpoint
INSERT INTO `__new_accounts`(`id`, `email`, `code`, `region`) SELECT `id`, `email`, `code`, `region` FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;