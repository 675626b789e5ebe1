DROP INDEX "events_kind_index";--> statement-breakpoint
DROP INDEX "events_lower_kind_idx";--> statement-breakpoint
DROP INDEX "events_time_idx";--> statement-breakpoint
DROP INDEX "events_score_idx";--> statement-breakpoint
CREATE INDEX "events_score_idx" ON "events" ("score" DESC NULLS LAST) WHERE "score" > 10;