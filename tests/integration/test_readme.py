"""Every ``python`` code block of README.md runs as written.

Each block runs in a fresh folder that holds what a project has: an ``out`` folder named
``drizzle`` (a copy of examples/blog's SQLite migrations).  Blocks that declare PostgreSQL
tables run only with ``--db=postgres``, against a database of their own: the block's URL is
the only text replaced (the reader's server is theirs, the suite's is ours).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
README = ROOT / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)
README_PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


def blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def _needs_postgres(code: str) -> bool:
    return "from harness.pg import" in code


@pytest.mark.parametrize("index", range(len(blocks())))
def test_readme_block_runs(
    index: int, dialect: str, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = blocks()[index]
    if _needs_postgres(code):
        if dialect != "postgres":
            pytest.skip("declares PostgreSQL tables: runs with --db=postgres")
        assert README_PG_URL in code, "the PostgreSQL block's URL changed; update this test"
        code = code.replace(README_PG_URL, db_url)
    shutil.copytree(ROOT / "examples" / "blog" / "drizzle" / "sqlite", tmp_path / "drizzle")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    namespace: dict[str, object] = {"__name__": f"readme_block_{index}"}
    exec(compile(code, f"README.md block {index}", "exec"), namespace)


def test_the_blocks_are_found() -> None:
    assert len(blocks()) >= 8
    assert os.path.exists(README)
