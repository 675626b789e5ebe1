CREATE INDEX "events_kind_index" ON "events" ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "events_kind_time_idx" ON "events" ("kind","happened_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "events_score_idx" ON "events" ("score" DESC NULLS LAST) WHERE "score" > 0;--> statement-breakpoint
CREATE INDEX "events_payload_idx" ON "events" USING gin ("payload");--> statement-breakpoint
CREATE INDEX "events_lower_kind_idx" ON "events" (lower("kind"));--> statement-breakpoint
CREATE INDEX "events_time_idx" ON "events" ("happened_at" NULLS FIRST);