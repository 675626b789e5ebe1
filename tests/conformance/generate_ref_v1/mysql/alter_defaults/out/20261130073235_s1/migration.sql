ALTER TABLE `t` MODIFY COLUMN `a` int DEFAULT 3;--> statement-breakpoint
ALTER TABLE `t` MODIFY COLUMN `b` varchar(10) DEFAULT 'y';--> statement-breakpoint
ALTER TABLE `t` MODIFY COLUMN `c` int;