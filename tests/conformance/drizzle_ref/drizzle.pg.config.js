// drizzle-kit config for the pg reference out folder (see regenerate.sh)
export default {
  dialect: "postgresql",
  schema: process.env.SCHEMA_FILE ?? "./schema/pg.mjs",
  out: "./out/pg",
};
