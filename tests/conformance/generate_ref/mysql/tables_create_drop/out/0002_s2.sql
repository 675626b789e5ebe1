DROP TABLE `a`;--> statement-breakpoint
ALTER TABLE `b` DROP FOREIGN KEY `b_a_id_a_id_fk`;
