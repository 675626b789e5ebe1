"""Errors of the Kit: each names the file, migration or key at fault and says what to do."""

from __future__ import annotations

from dataclasses import dataclass

from harness.core.errors import HarnessError


class KitError(HarnessError):
    """Base of every Kit error."""


class MigrationFolderError(KitError):
    """The out folder cannot be read as Drizzle Kit writes it (journal, files, layout)."""


@dataclass(frozen=True)
class Drift:
    tag: str
    recorded_hash: str
    current_hash: str


class MigrationDriftError(KitError):
    """Applied migrations whose file changed since it was applied."""

    def __init__(self, drifted: list[Drift]) -> None:
        self.drifted = drifted
        lines = [
            f"  {d.tag}: recorded {d.recorded_hash[:12]}…, file now {d.current_hash[:12]}…"
            for d in drifted
        ]
        super().__init__(
            f"{len(drifted)} applied migration(s) changed since they were applied:\n"
            + "\n".join(lines)
            + "\nRestore the files, or add a new migration for the change; pass "
            "allow_drift=True (CLI: --allow-drift) only if the edit was deliberate."
        )


class MigrationOrderError(KitError):
    """A migration older than the newest applied one was never applied (Drizzle skips it)."""

    def __init__(self, skipped: list[str], newest_applied: str) -> None:
        self.skipped = skipped
        super().__init__(
            f"migration(s) {', '.join(skipped)} are older than the newest applied migration "
            f"{newest_applied} but were never applied (Drizzle would skip them silently). "
            f"Apply them with out_of_order='apply' (CLI: --out-of-order=apply), skip them with "
            f"'skip', or regenerate them after {newest_applied}."
        )


class MigrationFailed(KitError):
    """A statement of a migration failed; nothing of it was recorded."""

    def __init__(
        self,
        tag: str,
        statement_number: int,
        statement: str,
        message: str,
        committed_statements: int | None = None,
        total_statements: int = 0,
    ) -> None:
        self.tag = tag
        self.statement_number = statement_number
        self.statement = statement
        self.database_message = message
        self.committed_statements = committed_statements
        excerpt = "\n".join("    " + line for line in statement.strip().splitlines()[:3])
        text = (
            f"migration {tag} failed at statement {statement_number} of {total_statements}:\n"
            f"{excerpt}\n  {message}"
        )
        if committed_statements is not None:
            if committed_statements:
                text += (
                    f"\n  statements 1-{committed_statements} of {tag} had already taken effect "
                    f"(DDL commits implicitly on this database) and were not undone; "
                    f"undo them by hand or fix the migration to be re-runnable"
                )
            else:
                text += f"\n  no statement of {tag} had taken effect"
        else:
            text += "\n  the whole batch was rolled back; nothing was applied"
        super().__init__(text)


class MigrationTargetError(KitError):
    """``to=`` names a migration that is not in the out folder."""
