CREATE TABLE "memberships" (
	"user_id" integer,
	"group_id" integer,
	"role_id" integer NOT NULL,
	CONSTRAINT "memberships_pkey" PRIMARY KEY("user_id","group_id")
);
