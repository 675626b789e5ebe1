// drizzle-kit config for the mysql reference out folder (see regenerate.sh)
export default {
  dialect: "mysql",
  schema: process.env.SCHEMA_FILE ?? "./schema/mysql.mjs",
  out: "./out/mysql",
};
