ALTER TYPE "level" ADD VALUE 'medium' BEFORE 'high';--> statement-breakpoint
ALTER TYPE "level" ADD VALUE 'critical';