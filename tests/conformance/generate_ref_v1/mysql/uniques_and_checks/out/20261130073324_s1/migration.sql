CREATE UNIQUE INDEX `email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `a_b_unique` ON `users` (`a`,`b`);--> statement-breakpoint
ALTER TABLE `users` ADD CONSTRAINT `age_check` CHECK (`users`.`age` > 0);