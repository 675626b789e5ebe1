CREATE TABLE "team_members" (
	"team_id" integer NOT NULL,
	"member_name" text NOT NULL,
	"joined_at" integer,
	CONSTRAINT "team_members_team_id_member_name_pk" PRIMARY KEY("team_id","member_name")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"team_id" integer PRIMARY KEY NOT NULL,
	"display_name" text,
	CONSTRAINT "teams_displayName_unique" UNIQUE("display_name")
);
--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("team_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_members_joined_at_index" ON "team_members" USING btree ("joined_at");