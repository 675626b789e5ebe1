ALTER TABLE `members` DROP PRIMARY KEY;--> statement-breakpoint
ALTER TABLE `members` MODIFY COLUMN `role` varchar(20) NOT NULL;--> statement-breakpoint
ALTER TABLE `members` ADD PRIMARY KEY(`group_id`,`user_id`,`role`);