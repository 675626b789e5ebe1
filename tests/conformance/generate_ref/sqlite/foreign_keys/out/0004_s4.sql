PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_children` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`sponsor_id` integer,
	`code` text,
	FOREIGN KEY (`parent_id`) REFERENCES `parents`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`sponsor_id`) REFERENCES `parents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`,`code`) REFERENCES `parents`(`id`,`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_children`("id", "parent_id", "sponsor_id", "code") SELECT "id", "parent_id", "sponsor_id", "code" FROM `children`;--> statement-breakpoint
DROP TABLE `children`;--> statement-breakpoint
ALTER TABLE `__new_children` RENAME TO `children`;--> statement-breakpoint
PRAGMA foreign_keys=ON;