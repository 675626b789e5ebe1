ALTER TABLE `team_members` ADD `left_at` integer;--> statement-breakpoint
CREATE INDEX `members_left_idx` ON `team_members` (`left_at`);