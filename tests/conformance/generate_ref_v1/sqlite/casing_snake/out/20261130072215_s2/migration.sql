PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_teams` (
	`id` integer PRIMARY KEY,
	`displayName` text NOT NULL UNIQUE,
	`maxSize` integer DEFAULT 5,
	CONSTRAINT "teams_size_check" CHECK("maxSize" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_teams`(`id`, `displayName`, `maxSize`) SELECT `id`, `displayName`, `maxSize` FROM `teams`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
ALTER TABLE `__new_teams` RENAME TO `teams`;--> statement-breakpoint
PRAGMA foreign_keys=ON;