ALTER TABLE `users` DROP INDEX `users_email_unique`;--> statement-breakpoint
ALTER TABLE `users` DROP INDEX `a_b_unique`;--> statement-breakpoint
ALTER TABLE `users` DROP CONSTRAINT `age_check`;--> statement-breakpoint
ALTER TABLE `users` ADD CONSTRAINT `a_b_unique` UNIQUE(`b`,`a`);--> statement-breakpoint
ALTER TABLE `users` ADD CONSTRAINT `age_check` CHECK (`users`.`age` > 18);