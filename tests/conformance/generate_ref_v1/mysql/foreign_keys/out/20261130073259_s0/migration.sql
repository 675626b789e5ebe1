CREATE TABLE `posts` (
	`id` int PRIMARY KEY,
	`author_id` int,
	`editor_id` int
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` int PRIMARY KEY
);
--> statement-breakpoint
ALTER TABLE `posts` ADD CONSTRAINT `posts_editor_id_users_id_fkey` FOREIGN KEY (`editor_id`) REFERENCES `users`(`id`);