CREATE TABLE `team_members` (
	`teamId` integer NOT NULL,
	`userName` text NOT NULL,
	`joinedAt` integer,
	CONSTRAINT `team_members_pk` PRIMARY KEY(`teamId`, `userName`),
	CONSTRAINT `fk_team_members_teamId_teams_id_fk` FOREIGN KEY (`teamId`) REFERENCES `teams`(`id`)
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY,
	`displayName` text UNIQUE,
	`maxSize` integer DEFAULT 5,
	CONSTRAINT "teams_size_check" CHECK("maxSize" > 0)
);
--> statement-breakpoint
CREATE INDEX `members_joined_idx` ON `team_members` (`joinedAt`);