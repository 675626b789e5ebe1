PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_children` (
	`id` integer PRIMARY KEY,
	`parent_id` integer,
	CONSTRAINT `fk_children_parent_id_parents_id_fk` FOREIGN KEY (`parent_id`) REFERENCES `parents`(`id`)
);
--> statement-breakpoint
INSERT INTO `__new_children`(`id`, `parent_id`) SELECT `id`, `parent_id` FROM `children`;--> statement-breakpoint
DROP TABLE `children`;--> statement-breakpoint
ALTER TABLE `__new_children` RENAME TO `children`;--> statement-breakpoint
PRAGMA foreign_keys=ON;