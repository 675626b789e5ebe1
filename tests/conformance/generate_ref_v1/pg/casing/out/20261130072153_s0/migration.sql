CREATE TABLE "team_members" (
	"teamId" integer,
	"memberName" text,
	"joinedAt" integer,
	CONSTRAINT "team_members_pkey" PRIMARY KEY("teamId","memberName")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"teamId" integer PRIMARY KEY,
	"displayName" text UNIQUE
);
--> statement-breakpoint
CREATE INDEX "team_members_joinedAt_index" ON "team_members" ("joinedAt");--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_teamId_teams_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "teams"("teamId");