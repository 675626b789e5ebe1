CREATE TABLE `audit_log` (
	`id` int AUTO_INCREMENT PRIMARY KEY,
	`org_id` bigint unsigned NOT NULL,
	`action` varchar(60) NOT NULL,
	`payload` json,
	`at` timestamp NOT NULL DEFAULT (now())
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`org_id` bigint unsigned NOT NULL,
	`user_id` int NOT NULL,
	`role` enum('owner','admin','member') NOT NULL DEFAULT 'member',
	CONSTRAINT PRIMARY KEY(`org_id`,`user_id`)
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` serial PRIMARY KEY,
	`slug` varchar(64) NOT NULL,
	`name` varchar(200) NOT NULL,
	`created_at` timestamp NOT NULL DEFAULT (now()),
	CONSTRAINT `slug_unique` UNIQUE INDEX(`slug`)
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` int AUTO_INCREMENT PRIMARY KEY,
	`org_id` bigint unsigned NOT NULL,
	`name` varchar(200) NOT NULL,
	`archived` boolean NOT NULL DEFAULT false
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` int AUTO_INCREMENT PRIMARY KEY,
	`org_id` bigint unsigned NOT NULL,
	`label` varchar(40) NOT NULL,
	CONSTRAINT `tags_org_label_idx` UNIQUE INDEX(`org_id`,`label`)
);
--> statement-breakpoint
CREATE TABLE `task_tags` (
	`task_id` int NOT NULL,
	`tag_id` int NOT NULL,
	CONSTRAINT PRIMARY KEY(`task_id`,`tag_id`)
);
--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` int AUTO_INCREMENT PRIMARY KEY,
	`project_id` int NOT NULL,
	`parent_id` int,
	`assignee_id` int,
	`title` varchar(300) NOT NULL,
	`status` enum('todo','doing','done') NOT NULL DEFAULT 'todo',
	`priority` int NOT NULL DEFAULT 3,
	`due_at` datetime,
	`notes` text,
	CONSTRAINT `tasks_priority_range` CHECK(`tasks`.`priority` between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` int AUTO_INCREMENT PRIMARY KEY,
	`email` varchar(320) NOT NULL,
	`display_name` varchar(120),
	`created_at` timestamp NOT NULL DEFAULT (now()),
	CONSTRAINT `users_email_idx` UNIQUE INDEX(`email`)
);
--> statement-breakpoint
CREATE INDEX `audit_org_at_idx` ON `audit_log` (`org_id`,`at`);--> statement-breakpoint
CREATE INDEX `projects_org_idx` ON `projects` (`org_id`);--> statement-breakpoint
CREATE INDEX `tasks_project_status_idx` ON `tasks` (`project_id`,`status`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD CONSTRAINT `audit_log_org_id_organizations_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE `memberships` ADD CONSTRAINT `memberships_org_id_organizations_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE `memberships` ADD CONSTRAINT `memberships_user_id_users_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE `projects` ADD CONSTRAINT `projects_org_id_organizations_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE `tags` ADD CONSTRAINT `tags_org_id_organizations_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE `task_tags` ADD CONSTRAINT `task_tags_task_id_tasks_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE `task_tags` ADD CONSTRAINT `task_tags_tag_id_tags_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE `tasks` ADD CONSTRAINT `tasks_project_id_projects_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE `tasks` ADD CONSTRAINT `tasks_parent_id_tasks_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `tasks`(`id`) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD CONSTRAINT `tasks_assignee_id_users_id_fkey` FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON DELETE SET NULL;--> statement-breakpoint
CREATE ALGORITHM = undefined SQL SECURITY definer VIEW `open_tasks` AS (select `id`, `project_id`, `title` from `tasks` where `tasks`.`status` = 'todo');