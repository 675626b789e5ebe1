CREATE TYPE "level" AS ENUM('low', 'high');--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" integer PRIMARY KEY,
	"level" "level" DEFAULT 'low'::"level" NOT NULL
);
