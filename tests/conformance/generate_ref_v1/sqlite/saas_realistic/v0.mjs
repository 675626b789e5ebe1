// A realistic multi-tenant task tracker, the way a TypeScript team writes it with Drizzle
// for SQLite (organizations, members, projects, tasks with a parent, tags, an audit log, a view).
import { eq, sql } from "drizzle-orm";
import {
  check, index, integer, primaryKey, sqliteTable, sqliteView, text, uniqueIndex,
} from "drizzle-orm/sqlite-core";

export const organizations = sqliteTable("organizations", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text({ length: 64 }).notNull().unique(),
  name: text().notNull(),
  createdAt: integer("created_at", { mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
});

export const users = sqliteTable("users", {
  id: integer().primaryKey({ autoIncrement: true }),
  email: text().notNull(),
  displayName: text("display_name"),
}, (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)]);

export const memberships = sqliteTable("memberships", {
  orgId: integer("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  role: text({ enum: ["owner", "admin", "member"] }).default("member").notNull(),
}, (t) => [primaryKey({ columns: [t.orgId, t.userId] })]);

export const projects = sqliteTable("projects", {
  id: integer().primaryKey({ autoIncrement: true }),
  orgId: integer("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
  name: text().notNull(),
  archived: integer({ mode: "boolean" }).default(false).notNull(),
}, (t) => [index("projects_org_idx").on(t.orgId)]);

export const tasks = sqliteTable("tasks", {
  id: integer().primaryKey({ autoIncrement: true }),
  projectId: integer("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
  parentId: integer("parent_id").references(() => tasks.id, { onDelete: "set null" }),
  assigneeId: integer("assignee_id").references(() => users.id, { onDelete: "set null" }),
  title: text().notNull(),
  status: text({ enum: ["todo", "doing", "done"] }).default("todo").notNull(),
  priority: integer().default(3).notNull(),
  deletedAt: integer("deleted_at", { mode: "timestamp" }),
}, (t) => [
  check("tasks_priority_range", sql`${t.priority} between 1 and 5`),
  index("tasks_open_idx").on(t.projectId, t.status).where(sql`${t.deletedAt} is null`),
]);

export const tags = sqliteTable("tags", {
  id: integer().primaryKey({ autoIncrement: true }),
  orgId: integer("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
  label: text({ length: 40 }).notNull(),
}, (t) => [uniqueIndex("tags_org_label_idx").on(t.orgId, t.label)]);

export const taskTags = sqliteTable("task_tags", {
  taskId: integer("task_id").notNull().references(() => tasks.id, { onDelete: "cascade" }),
  tagId: integer("tag_id").notNull().references(() => tags.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.taskId, t.tagId] })]);

export const auditLog = sqliteTable("audit_log", {
  id: integer().primaryKey({ autoIncrement: true }),
  orgId: integer("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
  action: text().notNull(),
  payload: text({ mode: "json" }).default(sql`'{}'`).notNull(),
  at: integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
}, (t) => [index("audit_org_at_idx").on(t.orgId, t.at)]);

export const openTasks = sqliteView("open_tasks").as((qb) =>
  qb.select({ id: tasks.id, projectId: tasks.projectId, title: tasks.title }).from(tasks)
    .where(eq(tasks.status, "todo")));
