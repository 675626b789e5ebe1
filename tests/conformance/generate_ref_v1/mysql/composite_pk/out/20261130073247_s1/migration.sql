ALTER TABLE `members` DROP PRIMARY KEY;--> statement-breakpoint
ALTER TABLE `members` ADD PRIMARY KEY (`group_id`,`user_id`,`role`);