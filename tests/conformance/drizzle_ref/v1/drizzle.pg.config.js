// drizzle-kit 1.0 config: the seed schema in the 1.0 folder layout (see ../regenerate.sh)
export default {
  dialect: "postgresql",
  schema: process.env.SCHEMA_FILE ?? "./schema/pg.mjs",
  out: "../out/pg_v1",
};
