DROP INDEX `docs_a_idx`;--> statement-breakpoint
DROP INDEX `docs_c_partial`;--> statement-breakpoint
DROP INDEX `docs_lower_a`;--> statement-breakpoint
DROP INDEX `docs_b_c_unique`;