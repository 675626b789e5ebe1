DROP INDEX `accounts_email_unique`;--> statement-breakpoint
DROP INDEX `accounts_code_region_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_email_key` ON `accounts` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_code_key` ON `accounts` (`code`);