CREATE TABLE `b` (
	`id` int NOT NULL,
	`a_id` int,
	CONSTRAINT `b_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
ALTER TABLE `b` ADD CONSTRAINT `b_a_id_a_id_fk` FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX `b_a_idx` ON `b` (`a_id`);