CREATE TABLE `users` (
	`id` int AUTO_INCREMENT PRIMARY KEY,
	`name` varchar(256) NOT NULL,
	`age` int DEFAULT 0,
	`score` bigint DEFAULT 7,
	`active` boolean DEFAULT true,
	`bio` text DEFAULT ('it''s me'),
	`prefs` json DEFAULT ('{"theme":"dark"}'),
	`role` enum('a','b') DEFAULT 'a',
	`created_at` timestamp NOT NULL DEFAULT (now()),
	`updated_at` timestamp DEFAULT (now()) ON UPDATE CURRENT_TIMESTAMP
);
