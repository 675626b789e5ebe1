PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_children` (
	`id` integer PRIMARY KEY,
	`parent_id` integer,
	`sponsor_id` integer,
	`code` text,
	CONSTRAINT `fk_children_parent_id_parents_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `parents`(`id`) ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT `fk_children_sponsor_id_parents_id_fk` FOREIGN KEY (`sponsor_id`) REFERENCES `parents`(`id`),
	CONSTRAINT `children_pair_fk` FOREIGN KEY (`parent_id`,`code`) REFERENCES `parents`(`id`,`code`)
);
--> statement-breakpoint
INSERT INTO `__new_children`(`id`, `parent_id`, `sponsor_id`, `code`) SELECT `id`, `parent_id`, `sponsor_id`, `code` FROM `children`;--> statement-breakpoint
DROP TABLE `children`;--> statement-breakpoint
ALTER TABLE `__new_children` RENAME TO `children`;--> statement-breakpoint
PRAGMA foreign_keys=ON;