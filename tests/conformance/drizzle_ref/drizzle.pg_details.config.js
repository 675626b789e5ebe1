// drizzle-kit config for the PostgreSQL DDL-details out folder (see regenerate.sh)
export default { dialect: "postgresql", schema: "./schema/pg_details.mjs", out: "./out/pg_details" };
