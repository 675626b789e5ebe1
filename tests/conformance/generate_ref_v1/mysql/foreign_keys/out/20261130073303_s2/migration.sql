ALTER TABLE `posts` DROP CONSTRAINT `posts_author_id_users_id_fkey`;--> statement-breakpoint
DROP INDEX `posts_author_id_users_id_fkey` ON `posts`--> statement-breakpoint
ALTER TABLE `posts` DROP CONSTRAINT `posts_editor_id_users_id_fkey`;--> statement-breakpoint
DROP INDEX `posts_editor_id_users_id_fkey` ON `posts`