ALTER TABLE `children` ADD `sponsor_id` integer REFERENCES parents(id);--> statement-breakpoint
ALTER TABLE `children` ADD `code` text;