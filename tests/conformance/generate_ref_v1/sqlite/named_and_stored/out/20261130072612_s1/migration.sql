ALTER TABLE `posts` ADD `editorId` integer CONSTRAINT `posts_editor_fk` REFERENCES authors(id) ON UPDATE RESTRICT;--> statement-breakpoint
ALTER TABLE `posts` ADD `titleLen` integer GENERATED ALWAYS AS (length("title")) VIRTUAL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_stamps` (
	`id` integer PRIMARY KEY,
	`at` integer DEFAULT 1704164645,
	`raw` blob DEFAULT X'6869',
	`note` text DEFAULT 'a\\b ''q''',
	`doubled` integer GENERATED ALWAYS AS ("id" * 2) STORED
);
--> statement-breakpoint
INSERT INTO `__new_stamps`(`id`, `at`, `raw`, `note`) SELECT `id`, `at`, `raw`, `note` FROM `stamps`;--> statement-breakpoint
DROP TABLE `stamps`;--> statement-breakpoint
ALTER TABLE `__new_stamps` RENAME TO `stamps`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP INDEX IF EXISTS `tags_label_idx`;--> statement-breakpoint
DROP TABLE `tags`;