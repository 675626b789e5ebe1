ALTER TABLE `users` ADD CONSTRAINT `users_email_unique` UNIQUE(`email`);--> statement-breakpoint
ALTER TABLE `users` ADD CONSTRAINT `a_b_unique` UNIQUE(`a`,`b`);--> statement-breakpoint
ALTER TABLE `users` ADD CONSTRAINT `age_check` CHECK (`users`.`age` > 0);