// drizzle-kit config for the MySQL DDL-details out folder (see regenerate.sh)
export default { dialect: "mysql", schema: "./schema/mysql_details.mjs", out: "./out/mysql_details" };
