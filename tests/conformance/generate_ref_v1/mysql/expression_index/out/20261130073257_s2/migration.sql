CREATE TABLE `other` (
	`id` int PRIMARY KEY,
	`title` varchar(100)
);
--> statement-breakpoint
CREATE INDEX `other_lower_idx` ON `other` ((lower(`title`)));