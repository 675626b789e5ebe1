"""The realistic multi-tenant task tracker of v0.mjs, declared in Python."""

from harness import check, eq, index, primary_key, sql, unique_index
from harness.pg import (
    PgTable,
    boolean,
    integer,
    jsonb,
    pg_enum,
    pg_table,
    pg_view,
    text,
    timestamp,
    uuid,
    varchar,
)

role = pg_enum("role", ["owner", "admin", "member"])
task_status = pg_enum("task_status", ["todo", "doing", "done"])

organizations = pg_table(
    "organizations",
    {
        "id": uuid().primary_key().default_random(),
        "slug": varchar(length=64).not_null().unique(),
        "name": text().not_null(),
        "createdAt": timestamp("created_at", with_timezone=True).default_now().not_null(),
    },
)

users = pg_table(
    "users",
    {
        "id": uuid().primary_key().default_random(),
        "email": varchar(length=320).not_null(),
        "displayName": text("display_name"),
        "createdAt": timestamp("created_at", with_timezone=True).default_now().not_null(),
    },
    lambda t: [unique_index("users_email_lower_idx").on(sql("lower({})", t.email))],
)

memberships = pg_table(
    "memberships",
    {
        "orgId": uuid("org_id")
        .not_null()
        .references(lambda: organizations.id, on_delete="cascade"),
        "userId": uuid("user_id").not_null().references(lambda: users.id, on_delete="cascade"),
        "role": role().default("member").not_null(),
    },
    lambda t: [primary_key([t.orgId, t.userId])],
)

projects = pg_table(
    "projects",
    {
        "id": integer().primary_key().generated_always_as_identity(),
        "orgId": uuid("org_id")
        .not_null()
        .references(lambda: organizations.id, on_delete="cascade"),
        "name": text().not_null(),
        "archived": boolean().default(False).not_null(),
    },
    lambda t: [index("projects_org_idx").on(t.orgId)],
)

tasks: PgTable = pg_table(
    "tasks",
    {
        "id": integer().primary_key().generated_always_as_identity(),
        "projectId": integer("project_id")
        .not_null()
        .references(lambda: projects.id, on_delete="cascade"),
        "parentId": integer("parent_id").references(lambda: tasks.id, on_delete="set null"),
        "assigneeId": uuid("assignee_id").references(lambda: users.id, on_delete="set null"),
        "title": text().not_null(),
        "status": task_status().default("todo").not_null(),
        "priority": integer().default(3).not_null(),
        "dueAt": timestamp("due_at", with_timezone=True),
        "deletedAt": timestamp("deleted_at", with_timezone=True),
    },
    lambda t: [
        check("tasks_priority_range", sql("{} between 1 and 5", t.priority)),
        index("tasks_open_idx").on(t.projectId, t.status).where(sql("{} is null", t.deletedAt)),
    ],
)

tags = pg_table(
    "tags",
    {
        "id": integer().primary_key().generated_always_as_identity(),
        "orgId": uuid("org_id")
        .not_null()
        .references(lambda: organizations.id, on_delete="cascade"),
        "label": varchar(length=40).not_null(),
    },
    lambda t: [unique_index("tags_org_label_idx").on(t.orgId, t.label)],
)

task_tags = pg_table(
    "task_tags",
    {
        "taskId": integer("task_id").not_null().references(lambda: tasks.id, on_delete="cascade"),
        "tagId": integer("tag_id").not_null().references(lambda: tags.id, on_delete="cascade"),
    },
    lambda t: [primary_key([t.taskId, t.tagId])],
)

audit_log = pg_table(
    "audit_log",
    {
        "id": integer().primary_key().generated_always_as_identity(),
        "orgId": uuid("org_id")
        .not_null()
        .references(lambda: organizations.id, on_delete="cascade"),
        "actorId": uuid("actor_id").references(lambda: users.id, on_delete="set null"),
        "action": text().not_null(),
        "payload": jsonb().default({}).not_null(),
        "at": timestamp(with_timezone=True).default_now().not_null(),
    },
    lambda t: [index("audit_org_at_idx").on(t.orgId, t.at.desc())],
)

open_tasks = pg_view("open_tasks").as_(
    lambda qb: (
        qb.select({"id": tasks.id, "projectId": tasks.projectId, "title": tasks.title})
        .from_(tasks)
        .where(eq(tasks.status, "todo"))
    )
)
