ALTER TABLE `users` DROP COLUMN `age`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `nick`;