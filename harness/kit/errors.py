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
    """A statement of a migration failed; nothing of it was recorded.

    Where DDL commits on its own (MySQL/MariaDB), ``committed_statements`` says how many of the
    migration's statements took effect (``earlier_statements`` of them in an earlier run that
    stopped half-way) and ``progress_table`` names the table that keeps that progress: the next
    run resumes at the failed statement.  ``in_flight``: the statement had been running when an
    earlier run stopped, and running it again failed, so whether it took effect then is unknown.
    ``undecided``: the statement failed but that could not be recorded (connection lost), so
    whether it took effect is unknown; the next run runs it again and decides.
    """

    def __init__(
        self,
        tag: str,
        statement_number: int,
        statement: str,
        message: str,
        committed_statements: int | None = None,
        total_statements: int = 0,
        earlier_statements: int = 0,
        in_flight: bool = False,
        progress_table: str | None = None,
        progress_key: str | None = None,
        undecided: bool = False,
    ) -> None:
        self.tag = tag
        self.statement_number = statement_number
        self.statement = statement
        self.database_message = message
        self.committed_statements = committed_statements
        self.earlier_statements = earlier_statements
        self.in_flight = in_flight
        self.undecided = undecided
        excerpt = "\n".join("    " + line for line in statement.strip().splitlines()[:3])
        text = (
            f"migration {tag} failed at statement {statement_number} of {total_statements}:\n"
            f"{excerpt}\n  {message}"
        )
        n, done, key = statement_number, committed_statements, progress_key or tag
        if done is None:
            text += "\n  the whole batch was rolled back; nothing was applied"
        elif in_flight:
            took = f"; {statements(done)} of {tag} had taken effect" if done else ""
            row = f"where migration = '{key}'"
            text += (
                f"\n  statement {n} was running when an earlier run of {tag} stopped, and running "
                f"it again failed: whether it had taken effect then is unknown{took}.  Check by "
                f"hand; if it had: update {progress_table} set done = {n}, running = null {row}; "
                f"if it had not: update {progress_table} set running = null {row} and fix the "
                f"statement; then run migrate again"
            )
        elif done:
            earlier = ""
            if earlier_statements:
                earlier = f"; {statements(earlier_statements)} in an earlier run that stopped"
            text += (
                f"\n  {statements(done)} of {tag} had already taken effect (DDL commits "
                f"implicitly on this database{earlier}) and were not undone; "
            )
            if undecided:
                text += (
                    f"whether statement {n} took effect is unknown (the connection was lost); "
                    f"the next migrate runs it again and decides"
                )
            elif progress_table:
                text += (
                    f"fix statement {n} and run migrate again: it resumes at statement {n} "
                    f"({progress_table} keeps the progress), or undo them by hand"
                )
            else:
                text += "undo them by hand or fix the migration to be re-runnable"
        elif undecided:
            text += (
                f"\n  no earlier statement of {tag} had taken effect; whether statement {n} did "
                f"is unknown (the connection was lost); the next migrate runs it again and decides"
            )
        else:
            text += f"\n  no statement of {tag} had taken effect"
        super().__init__(text)


def statements(count: int) -> str:
    """``statement 1`` / ``statements 1-3``: the first ``count`` statements of a migration."""
    return "statement 1" if count == 1 else f"statements 1-{count}"


class MigrationResumeError(KitError):
    """A half-applied migration (an earlier run stopped after some of its statements took
    effect, on MySQL/MariaDB) whose file changed in a statement that took effect: resuming it
    could not be right.  One line: the migration, what took effect, what to undo."""

    def __init__(
        self,
        tag: str,
        changed: int,
        done: int,
        total: int,
        running: int | None,
        undo: list[str],
        progress_table: str,
        key: str,
        stopped: str,
    ) -> None:
        self.tag = tag
        self.changed_statement = changed
        self.done = done
        self.running = running
        took = f"{statements(done)} of {total} took effect" if done else "no statement took effect"
        if running:
            took += f" and statement {running} may have (it was running)"
        shown = "; ".join(undo[:4]) + (f"; … ({len(undo) - 4} more)" if len(undo) > 4 else "")
        super().__init__(
            f"{tag} is half-applied (an earlier run stopped {stopped}): {took}, but statement "
            f"{changed} has changed in the file since; undo by hand what took effect ({shown}) "
            f"and delete its row from {progress_table} (migration = '{key}'), or restore the "
            f"file, then run migrate again"
        )


class MigrationTargetError(KitError):
    """``to=`` names a migration that is not in the out folder."""
