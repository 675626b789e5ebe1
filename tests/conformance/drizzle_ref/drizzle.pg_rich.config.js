// drizzle-kit config for the rich PostgreSQL reference out folder (see regenerate.sh)
export default {
  dialect: "postgresql",
  schema: "./schema/pg_rich.mjs",
  out: "./out/pg_rich",
};
