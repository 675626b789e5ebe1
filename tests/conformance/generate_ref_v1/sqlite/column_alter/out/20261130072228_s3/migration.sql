PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_logs` (
	`id` integer PRIMARY KEY,
	`level` integer DEFAULT 2,
	`msg` text(200)
);
--> statement-breakpoint
INSERT INTO `__new_logs`(`id`, `level`, `msg`) SELECT `id`, `level`, `msg` FROM `logs`;--> statement-breakpoint
DROP TABLE `logs`;--> statement-breakpoint
ALTER TABLE `__new_logs` RENAME TO `logs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;