CREATE TABLE `projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `active_idx` ON `projects` (`id`) WHERE "projects"."status" <> 'b';