PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY,
	`name` text,
	`age` integer DEFAULT 18,
	`active` integer DEFAULT true NOT NULL,
	`org_id` integer,
	CONSTRAINT `fk_users_org_id_orgs_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`, `name`, `age`, `active`, `org_id`) SELECT `id`, `name`, `age`, `active`, `org_id` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;