// One config for every case (see regenerate.sh): the dialect, schema file and out folder come
// from the environment; a case's optional config.json adds keys (casing, breakpoints, ...).
import fs from "node:fs";

const extra = process.env.CASE_CONFIG && fs.existsSync(process.env.CASE_CONFIG)
  ? JSON.parse(fs.readFileSync(process.env.CASE_CONFIG, "utf8"))
  : {};

export default {
  dialect: process.env.DIALECT,
  schema: process.env.SCHEMA_FILE,
  out: process.env.OUT,
  ...extra,
};
