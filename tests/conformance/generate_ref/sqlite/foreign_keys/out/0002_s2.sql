PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_children` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parents`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_children`("id", "parent_id") SELECT "id", "parent_id" FROM `children`;--> statement-breakpoint
DROP TABLE `children`;--> statement-breakpoint
ALTER TABLE `__new_children` RENAME TO `children`;--> statement-breakpoint
PRAGMA foreign_keys=ON;