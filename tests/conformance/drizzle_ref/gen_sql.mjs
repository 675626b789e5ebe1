// Prints sql_cases.json: the SQL text and params drizzle-orm's toSQL() gives for each case,
// per dialect.  Proxy drivers are used, so no database is needed and nothing is executed.
// Dates in params are written as ISO strings; placeholders as {"placeholder": name}.
import {
  and, asc, avg, between, count, countDistinct, desc, eq, exists, gt, gte, ilike, inArray,
  isNotNull, isNull, like, lt, lte, max, min, ne, not, notBetween, notIlike, notInArray,
  notLike, or, sql, sum,
} from "drizzle-orm";
import { drizzle as mysqlDrizzle } from "drizzle-orm/mysql-proxy";
import { alias as mysqlAlias, except as mysqlExcept, intersect as mysqlIntersect, union as mysqlUnion, unionAll as mysqlUnionAll } from "drizzle-orm/mysql-core";
import { drizzle as pgDrizzle } from "drizzle-orm/pg-proxy";
import { alias as pgAlias, except as pgExcept, intersect as pgIntersect, union as pgUnion, unionAll as pgUnionAll } from "drizzle-orm/pg-core";
import { drizzle as sqliteDrizzle } from "drizzle-orm/sqlite-proxy";
import { alias as sqliteAlias, except as sqliteExcept, intersect as sqliteIntersect, union as sqliteUnion, unionAll as sqliteUnionAll } from "drizzle-orm/sqlite-core";
import * as mysqlSchema from "./schema/mysql.mjs";
import * as pgSchema from "./schema/pg.mjs";
import * as sqliteSchema from "./schema/sqlite.mjs";

const never = async () => { throw new Error("fixtures never execute"); };

const dialects = {
  pg: { db: pgDrizzle(never), s: pgSchema, alias: pgAlias, union: pgUnion, unionAll: pgUnionAll, intersect: pgIntersect, except: pgExcept, like: ilike, notLike: notIlike },
  mysql: { db: mysqlDrizzle(never), s: mysqlSchema, alias: mysqlAlias, union: mysqlUnion, unionAll: mysqlUnionAll, intersect: mysqlIntersect, except: mysqlExcept, like, notLike },
  sqlite: { db: sqliteDrizzle(never), s: sqliteSchema, alias: sqliteAlias, union: sqliteUnion, unionAll: sqliteUnionAll, intersect: sqliteIntersect, except: sqliteExcept, like, notLike },
};

// case id -> (ctx) => query with toSQL(), or {sql, params} already rendered; `only` limits dialects
const cases = {
  select_all: ({ db, s }) => db.select().from(s.users),
  select_fields: ({ db, s }) => db.select({ id: s.users.id, firstName: s.users.firstName }).from(s.users),
  select_where_eq: ({ db, s }) => db.select().from(s.users).where(eq(s.users.id, 10)),
  select_where_ops: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(and(ne(s.users.id, 1), gt(s.users.id, 2), gte(s.users.id, 3), lt(s.users.id, 4), lte(s.users.id, 5))),
  select_or_not: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(or(eq(s.users.id, 1), not(eq(s.users.id, 2)))),
  select_and_single: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(and(eq(s.users.id, 1), undefined)),
  select_null_checks: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(and(isNull(s.users.firstName), isNotNull(s.users.email))),
  select_in_array: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(inArray(s.users.id, [1, 2, 3])),
  select_in_array_empty: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(inArray(s.users.id, [])),
  select_not_in_array: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(notInArray(s.users.id, [1, 2])),
  select_not_in_array_empty: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(notInArray(s.users.id, [])),
  select_between: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(between(s.users.id, 1, 10)),
  select_not_between: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(notBetween(s.users.id, 1, 10)),
  select_like: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(like(s.users.email, "%@example.com")),
  select_not_like: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(notLike(s.users.email, "%@example.com")),
  select_ilike: { only: ["pg"], build: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(ilike(s.users.firstName, "a%")) },
  select_not_ilike: { only: ["pg"], build: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(notIlike(s.users.firstName, "a%")) },
  select_exists: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).where(exists(db.select({ id: s.posts.id }).from(s.posts).where(eq(s.posts.ownerId, s.users.id)))),
  select_order_limit_offset: ({ db, s }) => db.select().from(s.users).orderBy(desc(s.users.id), asc(s.users.email)).limit(10).offset(20),
  select_left_join: ({ db, s }) => db.select().from(s.users).leftJoin(s.posts, eq(s.posts.ownerId, s.users.id)).where(eq(s.users.id, 10)),
  select_right_join: ({ db, s }) => db.select({ userId: s.users.id, postId: s.posts.id }).from(s.users).rightJoin(s.posts, eq(s.posts.ownerId, s.users.id)),
  select_inner_join: ({ db, s }) => db.select({ userId: s.users.id, postId: s.posts.id }).from(s.users).innerJoin(s.posts, eq(s.posts.ownerId, s.users.id)),
  select_full_join: { only: ["pg"], build: ({ db, s }) => db.select({ userId: s.users.id, postId: s.posts.id }).from(s.users).fullJoin(s.posts, eq(s.posts.ownerId, s.users.id)) },
  select_two_joins: ({ db, s }) => db.select({ userId: s.users.id, email: s.users.email, postTitle: s.posts.title, commentText: s.comments.text }).from(s.users).leftJoin(s.posts, eq(s.posts.ownerId, s.users.id)).innerJoin(s.comments, eq(s.comments.postId, s.posts.id)).where(and(eq(s.users.role, "admin"), gt(s.users.id, 5))).orderBy(desc(s.users.id)).limit(10),
  select_group_by_having: ({ db, s }) => db.select({ ownerId: s.posts.ownerId, n: count() }).from(s.posts).groupBy(s.posts.ownerId).having(gt(count(), 1)),
  select_aggregates: ({ db, s }) => db.select({ n: count(), nd: countDistinct(s.users.role), a: avg(s.users.id), s: sum(s.users.id), mx: max(s.users.id), mn: min(s.users.id) }).from(s.users),
  select_distinct: ({ db, s }) => db.selectDistinct({ role: s.users.role }).from(s.users),
  select_distinct_on: { only: ["pg"], build: ({ db, s }) => db.selectDistinctOn([s.users.role], { role: s.users.role, id: s.users.id }).from(s.users).orderBy(s.users.role, s.users.id) },
  compose_where_all: (ctx) => getUsersBy(ctx, { name: "a%", role: "admin", maxId: 100 }),
  compose_where_one: (ctx) => getUsersBy(ctx, { role: "admin" }),
  compose_where_none: (ctx) => getUsersBy(ctx, {}),
  subquery_join: ({ db, s }) => {
    const sq = db.select({ postId: s.posts.id, ownerId: s.posts.ownerId, commentId: s.comments.id }).from(s.posts).leftJoin(s.comments, eq(s.comments.postId, s.posts.id)).as("post_comments");
    return db.select().from(s.users).leftJoin(sq, eq(sq.ownerId, s.users.id));
  },
  subquery_from: ({ db, s }) => {
    const sq = db.select({ id: s.users.id, email: s.users.email }).from(s.users).where(gt(s.users.id, 5)).as("sq");
    return db.select().from(sq);
  },
  alias_self_join: ({ db, s, alias }) => {
    const inviter = alias(s.users, "inviter");
    return db.select({ user: s.users.email, inviter: inviter.email }).from(s.users).leftJoin(inviter, eq(inviter.id, s.users.invitee));
  },
  cte: ({ db, s }) => {
    const sq = db.$with("sq").as(db.select().from(s.users).where(eq(s.users.id, 42)));
    return db.with(sq).select().from(sq);
  },
  union: ({ db, s, union }) => union(db.select({ id: s.users.id }).from(s.users), db.select({ id: s.posts.id }).from(s.posts)),
  union_all: ({ db, s, unionAll }) => unionAll(db.select({ id: s.users.id }).from(s.users), db.select({ id: s.posts.id }).from(s.posts)),
  intersect: ({ db, s, intersect }) => intersect(db.select({ id: s.users.id }).from(s.users), db.select({ id: s.posts.id }).from(s.posts)),
  except: ({ db, s, except }) => except(db.select({ id: s.users.id }).from(s.users), db.select({ id: s.posts.id }).from(s.posts)),
  union_method: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).union(db.select({ id: s.posts.id }).from(s.posts)),
  union_order_limit: ({ db, s }) => db.select({ id: s.users.id }).from(s.users).union(db.select({ id: s.posts.id }).from(s.posts)).orderBy(desc(s.users.id)).limit(3),
  for_update: { only: ["pg", "mysql"], build: ({ db, s }) => db.select().from(s.users).where(eq(s.users.id, 1)).for("update") },
  insert_one: ({ db, s }) => db.insert(s.users).values({ email: "a@b.c" }),
  insert_full: ({ db, s }) => db.insert(s.users).values({ firstName: "Ann", lastName: "Lee", email: "ann@x.io", role: "admin" }),
  insert_many: ({ db, s }) => db.insert(s.users).values([{ email: "a@b.c" }, { email: "d@e.f", firstName: "D" }]),
  insert_default_fn: ({ db, s }) => db.insert(s.posts).values({ title: "hello" }),
  insert_returning: { only: ["pg", "sqlite"], build: ({ db, s }) => db.insert(s.users).values({ email: "a@b.c" }).returning() },
  insert_returning_fields: { only: ["pg", "sqlite"], build: ({ db, s }) => db.insert(s.users).values({ email: "a@b.c" }).returning({ id: s.users.id }) },
  insert_on_conflict_do_nothing: { only: ["pg", "sqlite"], build: ({ db, s }) => db.insert(s.users).values({ email: "a@b.c" }).onConflictDoNothing() },
  insert_on_conflict_do_nothing_target: { only: ["pg", "sqlite"], build: ({ db, s }) => db.insert(s.users).values({ email: "a@b.c" }).onConflictDoNothing({ target: s.users.email }) },
  insert_on_conflict_do_update: { only: ["pg", "sqlite"], build: ({ db, s }) => db.insert(s.users).values({ email: "a@b.c" }).onConflictDoUpdate({ target: s.users.email, set: { firstName: "X" } }) },
  insert_on_conflict_do_update_where: { only: ["pg", "sqlite"], build: ({ db, s }) => db.insert(s.users).values({ email: "a@b.c" }).onConflictDoUpdate({ target: s.users.email, set: { firstName: "X" }, setWhere: eq(s.users.role, "guest") }) },
  insert_on_duplicate_key_update: { only: ["mysql"], build: ({ db, s }) => db.insert(s.users).values({ email: "a@b.c" }).onDuplicateKeyUpdate({ set: { firstName: "X" } }) },
  insert_ignore: { only: ["mysql"], build: ({ db, s }) => db.insert(s.users).ignore().values({ email: "a@b.c" }) },
  insert_select: ({ db, s }) => db.insert(s.comments).select(db.select({ id: s.posts.id, text: s.posts.title, postId: s.posts.id, ownerId: s.posts.ownerId }).from(s.posts)),
  pg_overriding: { only: ["pg"], build: ({ db, s }) => db.insert(s.users).overridingSystemValue().values({ id: 5, email: "a@b.c" }) },
  update_set_where: ({ db, s }) => db.update(s.users).set({ firstName: "Bob" }).where(eq(s.users.id, 1)),
  update_returning: { only: ["pg", "sqlite"], build: ({ db, s }) => db.update(s.users).set({ firstName: "Bob" }).where(eq(s.users.id, 1)).returning({ id: s.users.id }) },
  update_from: { only: ["pg", "sqlite"], build: ({ db, s }) => db.update(s.posts).set({ title: "t" }).from(s.users).where(and(eq(s.posts.ownerId, s.users.id), eq(s.users.role, "admin"))) },
  delete_where: ({ db, s }) => db.delete(s.users).where(eq(s.users.id, 1)),
  delete_all: ({ db, s }) => db.delete(s.users),
  delete_returning: { only: ["pg", "sqlite"], build: ({ db, s }) => db.delete(s.users).where(eq(s.users.id, 1)).returning() },
  count_where: ({ db, s }) => db.dialect.sqlToQuery(db.$count(s.users, eq(s.users.role, "admin")).sql),
  raw_sql: ({ db, s }) => db.dialect.sqlToQuery(sql`select ${s.users.id} from ${s.users} where ${s.users.id} > ${10}`),
  placeholder: ({ db, s }) => db.select().from(s.users).where(eq(s.users.id, sql.placeholder("id"))),
  limit_placeholder: ({ db, s }) => db.select().from(s.users).limit(sql.placeholder("lim")),
};

function getUsersBy({ db, s, like }, { name, role, maxId }) {
  const filters = [];
  if (name) filters.push(like(s.users.firstName, name));
  if (role) filters.push(eq(s.users.role, role));
  if (maxId) filters.push(lte(s.users.id, maxId));
  return db.select().from(s.users).where(and(...filters));
}

function param(p) {
  if (p instanceof Date) return p.toISOString();
  if (p && typeof p === "object" && p.constructor && p.constructor.name === "Placeholder") return { placeholder: p.name };
  return p;
}

const out = {};
for (const [id, def] of Object.entries(cases)) {
  const build = typeof def === "function" ? def : def.build;
  const only = typeof def === "function" ? Object.keys(dialects) : def.only;
  out[id] = {};
  for (const name of only) {
    try {
      const built = build(dialects[name]);
      const q = typeof built.toSQL === "function" ? built.toSQL() : built;
      out[id][name] = { sql: q.sql, params: q.params.map(param) };
    } catch (e) {
      out[id][name] = { error: String(e.message ?? e) };
    }
  }
}
process.stdout.write(JSON.stringify(out, null, 2) + "\n");
