ALTER TABLE `notes` ADD `tag` text DEFAULT 'none';--> statement-breakpoint
ALTER TABLE `notes` ADD `views` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY,
	`title` text NOT NULL,
	`body` text,
	`title_len` integer GENERATED ALWAYS AS (length("title")) VIRTUAL,
	`tag` text DEFAULT 'none',
	`views` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_notes`(`id`, `title`, `body`) SELECT `id`, `title`, `body` FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;