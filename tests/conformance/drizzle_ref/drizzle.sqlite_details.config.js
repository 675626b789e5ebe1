// drizzle-kit config for the SQLite DDL-details out folder (see regenerate.sh)
export default { dialect: "sqlite", schema: "./schema/sqlite_details.mjs", out: "./out/sqlite_details" };
