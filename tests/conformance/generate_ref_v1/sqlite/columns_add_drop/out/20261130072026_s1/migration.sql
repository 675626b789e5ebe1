ALTER TABLE `users` ADD `bio` text;--> statement-breakpoint
ALTER TABLE `users` ADD `age` integer DEFAULT 18;--> statement-breakpoint
ALTER TABLE `users` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `nick` text;--> statement-breakpoint
ALTER TABLE `users` ADD `org_id` integer REFERENCES orgs(id) ON DELETE SET NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY,
	`name` text,
	`bio` text,
	`age` integer DEFAULT 18,
	`active` integer DEFAULT true NOT NULL,
	`nick` text UNIQUE,
	`org_id` integer,
	CONSTRAINT `fk_users_org_id_orgs_id_fk` FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`, `name`) SELECT `id`, `name` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;