CREATE INDEX "events_kind_index" ON "events" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "events_kind_time_idx" ON "events" USING btree ("kind","happened_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "events_score_idx" ON "events" USING btree ("score" DESC NULLS LAST) WHERE "events"."score" > 0;--> statement-breakpoint
CREATE INDEX "events_payload_idx" ON "events" USING gin ("payload");--> statement-breakpoint
CREATE INDEX "events_lower_kind_idx" ON "events" USING btree (lower("kind"));--> statement-breakpoint
CREATE INDEX "events_time_idx" ON "events" USING btree ("happened_at" NULLS FIRST);