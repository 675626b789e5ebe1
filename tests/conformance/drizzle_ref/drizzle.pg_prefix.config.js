// drizzle-kit config with migrations.prefix = "timestamp" (tags named by time, see regenerate.sh)
export default {
  dialect: "postgresql",
  schema: process.env.SCHEMA_FILE ?? "./schema/pg.mjs",
  out: "./out/pg_prefix_timestamp",
  migrations: { prefix: "timestamp" },
};
