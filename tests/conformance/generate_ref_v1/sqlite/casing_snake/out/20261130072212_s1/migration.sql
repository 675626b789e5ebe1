ALTER TABLE `team_members` ADD `leftAt` integer;--> statement-breakpoint
CREATE INDEX `members_left_idx` ON `team_members` (`leftAt`);