CREATE TABLE `team_members` (
	`team_id` integer NOT NULL,
	`user_name` text NOT NULL,
	`joined_at` integer,
	PRIMARY KEY(`team_id`, `user_name`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `members_joined_idx` ON `team_members` (`joined_at`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`display_name` text,
	`max_size` integer DEFAULT 5,
	CONSTRAINT "teams_size_check" CHECK("teams"."max_size" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_displayName_unique` ON `teams` (`display_name`);