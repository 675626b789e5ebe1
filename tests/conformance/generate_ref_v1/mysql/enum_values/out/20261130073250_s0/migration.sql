CREATE TABLE `t` (
	`id` int PRIMARY KEY,
	`mood` enum('sad','ok')
);
