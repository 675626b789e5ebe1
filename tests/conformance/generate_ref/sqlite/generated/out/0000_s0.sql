CREATE TABLE `boxes` (
	`id` integer PRIMARY KEY NOT NULL,
	`w` integer,
	`h` integer,
	`label` text GENERATED ALWAYS AS ('box ' || "id") STORED
);
