ALTER TABLE `b` DROP FOREIGN KEY `b_a_id_a_id_fk`;
--> statement-breakpoint
DROP TABLE `a`;