CREATE TABLE `b` (
	`id` int PRIMARY KEY,
	`a_id` int,
	CONSTRAINT `b_a_id_a_id_fkey` FOREIGN KEY (`a_id`) REFERENCES `a`(`id`)
);
--> statement-breakpoint
CREATE INDEX `b_a_idx` ON `b` (`a_id`);