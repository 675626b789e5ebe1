CREATE TABLE "accounts" (
	"id" serial PRIMARY KEY,
	"handle" varchar(32) NOT NULL,
	"bio" text,
	"active" boolean DEFAULT true NOT NULL,
	"score" integer DEFAULT 0,
	"balance" numeric(12,2) DEFAULT '0.00',
	"big" bigint,
	"settings" jsonb DEFAULT '{"theme":"dark"}',
	"tags" text[] DEFAULT '{}'::text[],
	"token" uuid DEFAULT gen_random_uuid(),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
