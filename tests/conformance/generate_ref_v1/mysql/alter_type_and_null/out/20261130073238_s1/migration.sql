ALTER TABLE `items` MODIFY COLUMN `qty` bigint;--> statement-breakpoint
ALTER TABLE `items` MODIFY COLUMN `label` varchar(128) NOT NULL;--> statement-breakpoint
ALTER TABLE `items` MODIFY COLUMN `price` int DEFAULT 0 NOT NULL;