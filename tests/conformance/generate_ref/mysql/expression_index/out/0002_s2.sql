CREATE TABLE `other` (
	`id` int NOT NULL,
	`title` varchar(100),
	CONSTRAINT `other_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `other_lower_idx` ON `other` ((lower(`title`)));