PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`max_size` integer DEFAULT 5,
	CONSTRAINT "teams_size_check" CHECK("__new_teams"."max_size" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_teams`("id", "display_name", "max_size") SELECT "id", "display_name", "max_size" FROM `teams`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
ALTER TABLE `__new_teams` RENAME TO `teams`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `teams_displayName_unique` ON `teams` (`display_name`);