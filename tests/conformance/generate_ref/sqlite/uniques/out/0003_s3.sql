DROP INDEX `accounts_email_key`;--> statement-breakpoint
DROP INDEX `accounts_code_key`;