CREATE TABLE `p` (
	`id` int PRIMARY KEY,
	`first` varchar(50),
	`last` varchar(50)
);
