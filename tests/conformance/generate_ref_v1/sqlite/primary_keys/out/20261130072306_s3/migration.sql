PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_links` (
	`a` integer NOT NULL,
	`b` integer NOT NULL,
	`c` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_links`(`a`, `b`, `c`) SELECT `a`, `b`, `c` FROM `links`;--> statement-breakpoint
DROP TABLE `links`;--> statement-breakpoint
ALTER TABLE `__new_links` RENAME TO `links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer NOT NULL,
	`body` text
);
--> statement-breakpoint
INSERT INTO `__new_notes`(`id`, `body`) SELECT `id`, `body` FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;