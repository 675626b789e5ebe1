"""The realistic multi-tenant task tracker of v0.mjs, declared in Python for SQLite."""

from harness import ColumnBuilder, check, eq, index, primary_key, sql, unique_index
from harness.sqlite import SQLiteTable, integer, sqlite_table, sqlite_view, text

organizations = sqlite_table(
    "organizations",
    {
        "id": integer().primary_key(auto_increment=True),
        "slug": text(length=64).not_null().unique(),
        "name": text().not_null(),
        "createdAt": integer("created_at", mode="timestamp")
        .not_null()
        .default(sql("(unixepoch())")),
    },
)

users = sqlite_table(
    "users",
    {
        "id": integer().primary_key(auto_increment=True),
        "email": text().not_null(),
        "displayName": text("display_name"),
    },
    lambda t: [unique_index("users_email_lower_idx").on(sql("lower({})", t.email))],
)


def _org_id() -> ColumnBuilder:
    return integer("org_id").not_null().references(lambda: organizations.id, on_delete="cascade")


memberships = sqlite_table(
    "memberships",
    {
        "orgId": _org_id(),
        "userId": integer("user_id").not_null().references(lambda: users.id, on_delete="cascade"),
        "role": text(enum=["owner", "admin", "member"]).default("member").not_null(),
    },
    lambda t: [primary_key([t.orgId, t.userId])],
)

projects = sqlite_table(
    "projects",
    {
        "id": integer().primary_key(auto_increment=True),
        "orgId": _org_id(),
        "name": text().not_null(),
        "archived": integer(mode="boolean").default(False).not_null(),
    },
    lambda t: [index("projects_org_idx").on(t.orgId)],
)

tasks: SQLiteTable = sqlite_table(
    "tasks",
    {
        "id": integer().primary_key(auto_increment=True),
        "projectId": integer("project_id")
        .not_null()
        .references(lambda: projects.id, on_delete="cascade"),
        "parentId": integer("parent_id").references(lambda: tasks.id, on_delete="set null"),
        "assigneeId": integer("assignee_id").references(lambda: users.id, on_delete="set null"),
        "title": text().not_null(),
        "status": text(enum=["todo", "doing", "done"]).default("todo").not_null(),
        "priority": integer().default(3).not_null(),
        "deletedAt": integer("deleted_at", mode="timestamp"),
    },
    lambda t: [
        check("tasks_priority_range", sql("{} between 1 and 5", t.priority)),
        index("tasks_open_idx").on(t.projectId, t.status).where(sql("{} is null", t.deletedAt)),
    ],
)

tags = sqlite_table(
    "tags",
    {
        "id": integer().primary_key(auto_increment=True),
        "orgId": _org_id(),
        "label": text(length=40).not_null(),
    },
    lambda t: [unique_index("tags_org_label_idx").on(t.orgId, t.label)],
)

task_tags = sqlite_table(
    "task_tags",
    {
        "taskId": integer("task_id").not_null().references(lambda: tasks.id, on_delete="cascade"),
        "tagId": integer("tag_id").not_null().references(lambda: tags.id, on_delete="cascade"),
    },
    lambda t: [primary_key([t.taskId, t.tagId])],
)

audit_log = sqlite_table(
    "audit_log",
    {
        "id": integer().primary_key(auto_increment=True),
        "orgId": _org_id(),
        "action": text().not_null(),
        "payload": text(mode="json").default(sql("'{{}}'")).not_null(),
        "at": integer(mode="timestamp").not_null().default(sql("(unixepoch())")),
    },
    lambda t: [index("audit_org_at_idx").on(t.orgId, t.at)],
)

open_tasks = sqlite_view("open_tasks").as_(
    lambda qb: (
        qb.select({"id": tasks.id, "projectId": tasks.projectId, "title": tasks.title})
        .from_(tasks)
        .where(eq(tasks.status, "todo"))
    )
)
