ALTER TABLE `b` DROP CONSTRAINT `b_a_id_a_id_fkey`;--> statement-breakpoint
DROP INDEX `b_a_id_a_id_fkey` ON `b`--> statement-breakpoint
DROP TABLE `a`;