ALTER TABLE `posts` DROP FOREIGN KEY `posts_author_id_users_id_fk`;
--> statement-breakpoint
ALTER TABLE `posts` DROP FOREIGN KEY `posts_editor_id_users_id_fk`;
