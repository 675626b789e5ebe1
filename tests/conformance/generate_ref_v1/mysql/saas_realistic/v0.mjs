// A realistic multi-tenant task tracker, the way a TypeScript team writes it with Drizzle
// for MySQL (organizations, members, projects, tasks with a parent, tags, an audit log, a view).
import { eq, sql } from "drizzle-orm";
import {
  boolean, check, datetime, index, int, json, mysqlEnum, mysqlTable, mysqlView, primaryKey,
  serial, text, timestamp, uniqueIndex, varchar, bigint,
} from "drizzle-orm/mysql-core";

export const organizations = mysqlTable("organizations", {
  id: serial().primaryKey(),
  slug: varchar({ length: 64 }).notNull().unique(),
  name: varchar({ length: 200 }).notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const users = mysqlTable("users", {
  id: int().primaryKey().autoincrement(),
  email: varchar({ length: 320 }).notNull(),
  displayName: varchar("display_name", { length: 120 }),
  createdAt: timestamp("created_at").defaultNow().notNull(),
}, (t) => [uniqueIndex("users_email_idx").on(t.email)]);

export const memberships = mysqlTable("memberships", {
  orgId: bigint("org_id", { mode: "number", unsigned: true }).notNull().references(() => organizations.id, { onDelete: "cascade" }),
  userId: int("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  role: mysqlEnum(["owner", "admin", "member"]).default("member").notNull(),
}, (t) => [primaryKey({ columns: [t.orgId, t.userId] })]);

export const projects = mysqlTable("projects", {
  id: int().primaryKey().autoincrement(),
  orgId: bigint("org_id", { mode: "number", unsigned: true }).notNull().references(() => organizations.id, { onDelete: "cascade" }),
  name: varchar({ length: 200 }).notNull(),
  archived: boolean().default(false).notNull(),
}, (t) => [index("projects_org_idx").on(t.orgId)]);

export const tasks = mysqlTable("tasks", {
  id: int().primaryKey().autoincrement(),
  projectId: int("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
  parentId: int("parent_id").references(() => tasks.id, { onDelete: "set null" }),
  assigneeId: int("assignee_id").references(() => users.id, { onDelete: "set null" }),
  title: varchar({ length: 300 }).notNull(),
  status: mysqlEnum(["todo", "doing", "done"]).default("todo").notNull(),
  priority: int().default(3).notNull(),
  dueAt: datetime("due_at"),
  notes: text(),
}, (t) => [
  check("tasks_priority_range", sql`${t.priority} between 1 and 5`),
  index("tasks_project_status_idx").on(t.projectId, t.status),
]);

export const tags = mysqlTable("tags", {
  id: int().primaryKey().autoincrement(),
  orgId: bigint("org_id", { mode: "number", unsigned: true }).notNull().references(() => organizations.id, { onDelete: "cascade" }),
  label: varchar({ length: 40 }).notNull(),
}, (t) => [uniqueIndex("tags_org_label_idx").on(t.orgId, t.label)]);

export const taskTags = mysqlTable("task_tags", {
  taskId: int("task_id").notNull().references(() => tasks.id, { onDelete: "cascade" }),
  tagId: int("tag_id").notNull().references(() => tags.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.taskId, t.tagId] })]);

export const auditLog = mysqlTable("audit_log", {
  id: int().primaryKey().autoincrement(),
  orgId: bigint("org_id", { mode: "number", unsigned: true }).notNull().references(() => organizations.id, { onDelete: "cascade" }),
  action: varchar({ length: 60 }).notNull(),
  payload: json(),
  at: timestamp().defaultNow().notNull(),
}, (t) => [index("audit_org_at_idx").on(t.orgId, t.at)]);

export const openTasks = mysqlView("open_tasks").as((qb) =>
  qb.select({ id: tasks.id, projectId: tasks.projectId, title: tasks.title }).from(tasks)
    .where(eq(tasks.status, "todo")));
