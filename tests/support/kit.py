"""Helpers the Kit's tests share: the CLI in a subprocess, and out folders written by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from harness.kit.journal import BREAKPOINT


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m harness <args>`` in ``cwd``: its exit code and output."""
    return subprocess.run(
        [sys.executable, "-m", "harness", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_folder(
    out: Path, migrations: list[tuple[str, int, list[str]]], dialect: str, version: str = "5"
) -> Path:
    """A legacy-layout out folder: (tag, when, statements) per migration."""
    (out / "meta").mkdir(parents=True, exist_ok=True)
    entries = []
    for idx, (tag, when, statements) in enumerate(migrations):
        (out / f"{tag}.sql").write_text(f";{BREAKPOINT}\n".join(statements) + ";")
        entries.append(
            {"idx": idx, "version": version, "when": when, "tag": tag, "breakpoints": True}
        )
    journal = {"version": "7", "dialect": dialect, "entries": entries}
    (out / "meta" / "_journal.json").write_text(json.dumps(journal))
    return out
