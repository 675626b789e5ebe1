// A realistic multi-tenant task tracker, the way a TypeScript team writes it with Drizzle
// (organizations, members, projects, tasks with a parent, tags, an audit log, a view).
import { eq, sql } from "drizzle-orm";
import {
  boolean, check, index, integer, jsonb, pgEnum, pgTable, pgView, primaryKey, text, timestamp,
  uniqueIndex, uuid, varchar,
} from "drizzle-orm/pg-core";

export const role = pgEnum("role", ["owner", "admin", "member"]);
export const taskStatus = pgEnum("task_status", ["todo", "doing", "done"]);

export const organizations = pgTable("organizations", {
  id: uuid().primaryKey().defaultRandom(),
  slug: varchar({ length: 64 }).notNull().unique(),
  name: text().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
});

export const users = pgTable("users", {
  id: uuid().primaryKey().defaultRandom(),
  email: varchar({ length: 320 }).notNull(),
  displayName: text("display_name"),
  createdAt: timestamp("created_at", { withTimezone: true }).defaultNow().notNull(),
}, (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)]);

export const memberships = pgTable("memberships", {
  orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
  userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  role: role().default("member").notNull(),
}, (t) => [primaryKey({ columns: [t.orgId, t.userId] })]);

export const projects = pgTable("projects", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
  name: text().notNull(),
  archived: boolean().default(false).notNull(),
}, (t) => [index("projects_org_idx").on(t.orgId)]);

export const tasks = pgTable("tasks", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  projectId: integer("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
  parentId: integer("parent_id").references(() => tasks.id, { onDelete: "set null" }),
  assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
  title: text().notNull(),
  status: taskStatus().default("todo").notNull(),
  priority: integer().default(3).notNull(),
  dueAt: timestamp("due_at", { withTimezone: true }),
  deletedAt: timestamp("deleted_at", { withTimezone: true }),
}, (t) => [
  check("tasks_priority_range", sql`${t.priority} between 1 and 5`),
  index("tasks_open_idx").on(t.projectId, t.status).where(sql`${t.deletedAt} is null`),
]);

export const tags = pgTable("tags", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
  label: varchar({ length: 40 }).notNull(),
}, (t) => [uniqueIndex("tags_org_label_idx").on(t.orgId, t.label)]);

export const taskTags = pgTable("task_tags", {
  taskId: integer("task_id").notNull().references(() => tasks.id, { onDelete: "cascade" }),
  tagId: integer("tag_id").notNull().references(() => tags.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.taskId, t.tagId] })]);

export const auditLog = pgTable("audit_log", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
  actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
  action: text().notNull(),
  payload: jsonb().default({}).notNull(),
  at: timestamp({ withTimezone: true }).defaultNow().notNull(),
}, (t) => [index("audit_org_at_idx").on(t.orgId, t.at.desc())]);

export const openTasks = pgView("open_tasks").as((qb) =>
  qb.select({ id: tasks.id, projectId: tasks.projectId, title: tasks.title }).from(tasks)
    .where(eq(tasks.status, "todo")));
