"""The realistic multi-tenant task tracker of v0.mjs, declared in Python for MySQL."""

from harness import ColumnBuilder, check, eq, index, primary_key, sql, unique_index
from harness.mysql import (
    MySqlTable,
    bigint,
    boolean,
    datetime,
    int_,
    json_,
    mysql_enum,
    mysql_table,
    mysql_view,
    serial,
    text,
    timestamp,
    varchar,
)

organizations = mysql_table(
    "organizations",
    {
        "id": serial().primary_key(),
        "slug": varchar(length=64).not_null().unique(),
        "name": varchar(length=200).not_null(),
        "createdAt": timestamp("created_at").default_now().not_null(),
    },
)

users = mysql_table(
    "users",
    {
        "id": int_().primary_key().autoincrement(),
        "email": varchar(length=320).not_null(),
        "displayName": varchar("display_name", length=120),
        "createdAt": timestamp("created_at").default_now().not_null(),
    },
    lambda t: [unique_index("users_email_idx").on(t.email)],
)


def _org_id() -> ColumnBuilder:
    return (
        bigint("org_id", mode="number", unsigned=True)
        .not_null()
        .references(lambda: organizations.id, on_delete="cascade")
    )


memberships = mysql_table(
    "memberships",
    {
        "orgId": _org_id(),
        "userId": int_("user_id").not_null().references(lambda: users.id, on_delete="cascade"),
        "role": mysql_enum(["owner", "admin", "member"]).default("member").not_null(),
    },
    lambda t: [primary_key([t.orgId, t.userId])],
)

projects = mysql_table(
    "projects",
    {
        "id": int_().primary_key().autoincrement(),
        "orgId": _org_id(),
        "name": varchar(length=200).not_null(),
        "archived": boolean().default(False).not_null(),
    },
    lambda t: [index("projects_org_idx").on(t.orgId)],
)

tasks: MySqlTable = mysql_table(
    "tasks",
    {
        "id": int_().primary_key().autoincrement(),
        "projectId": int_("project_id")
        .not_null()
        .references(lambda: projects.id, on_delete="cascade"),
        "parentId": int_("parent_id").references(lambda: tasks.id, on_delete="set null"),
        "assigneeId": int_("assignee_id").references(lambda: users.id, on_delete="set null"),
        "title": varchar(length=300).not_null(),
        "status": mysql_enum(["todo", "doing", "done"]).default("todo").not_null(),
        "priority": int_().default(3).not_null(),
        "dueAt": datetime("due_at"),
        "notes": text(),
    },
    lambda t: [
        check("tasks_priority_range", sql("{} between 1 and 5", t.priority)),
        index("tasks_project_status_idx").on(t.projectId, t.status),
    ],
)

tags = mysql_table(
    "tags",
    {
        "id": int_().primary_key().autoincrement(),
        "orgId": _org_id(),
        "label": varchar(length=40).not_null(),
    },
    lambda t: [unique_index("tags_org_label_idx").on(t.orgId, t.label)],
)

task_tags = mysql_table(
    "task_tags",
    {
        "taskId": int_("task_id").not_null().references(lambda: tasks.id, on_delete="cascade"),
        "tagId": int_("tag_id").not_null().references(lambda: tags.id, on_delete="cascade"),
    },
    lambda t: [primary_key([t.taskId, t.tagId])],
)

audit_log = mysql_table(
    "audit_log",
    {
        "id": int_().primary_key().autoincrement(),
        "orgId": _org_id(),
        "action": varchar(length=60).not_null(),
        "payload": json_(),
        "at": timestamp().default_now().not_null(),
    },
    lambda t: [index("audit_org_at_idx").on(t.orgId, t.at)],
)

open_tasks = mysql_view("open_tasks").as_(
    lambda qb: (
        qb.select({"id": tasks.id, "projectId": tasks.projectId, "title": tasks.title})
        .from_(tasks)
        .where(eq(tasks.status, "todo"))
    )
)
