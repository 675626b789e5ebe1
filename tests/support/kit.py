"""Helpers the Kit's tests share: the CLI (in this process or a subprocess), and out folders
written by hand."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from harness.kit.journal import BREAKPOINT


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``harness <args>`` in ``cwd``, run in this process (a Python start per call made the
    Kit's tests most of the quick suite): exit code, stdout and stderr as a subprocess would
    give them.  Modules the command imports (a dotted ``schema``) are forgotten afterwards, so
    the next call imports its own project's.  ``run_cli_process`` runs the real
    ``python -m harness``."""
    from harness.kit.cli import main

    out, err = io.StringIO(), io.StringIO()
    before = set(sys.modules)
    previous = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args), out)
            except SystemExit as exc:  # argparse's usage errors
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        os.chdir(previous)
        for name in set(sys.modules) - before:
            if not name.startswith(("harness", "_pytest", "pytest")):
                del sys.modules[name]
    return subprocess.CompletedProcess(["harness", *args], code, out.getvalue(), err.getvalue())


def run_cli_process(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
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
