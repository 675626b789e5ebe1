// drizzle-kit config for the sqlite reference out folder (see regenerate.sh)
export default {
  dialect: "sqlite",
  schema: process.env.SCHEMA_FILE ?? "./schema/sqlite.mjs",
  out: "./out/sqlite",
};
