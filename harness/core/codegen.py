"""Writing Python declarations (``harness pull``): names, literals, layout, relations.

Lives in ``harness.core`` because each dialect's ``schema_writer`` uses it (dialects never
import ``harness.kit``); ``harness.kit.pull`` puts the pieces together.

Each dialect's ``schema_writer`` decides *what* a table looks like in its declaration API;
this module decides how the module reads: identifiers (``introspect.casing``: ``camel`` as
drizzle-kit's default, or ``preserve``), string literals, and a layout close to what
``ruff format`` writes: every table call and dict exploded one item per line with trailing
commas, and any string literal too long for a line hoisted into a module-level constant.
Where a line is still too long, only the formatter knows how it would wrap it, so
:func:`formatted` runs ruff's formatter on the result when ruff is installed (it is a
development dependency; without it the code is the same, only not wrapped).
"""

from __future__ import annotations

import keyword
import logging
import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.core.schema_diff import Edge

log = logging.getLogger("harness.kit")

#: ruff's default line length (the project's too)
LINE = 100
_WORD = re.compile(r"[A-Za-z0-9]+")


#: the names ``Module.literal`` gives hoisted constants
HOISTED = re.compile(r"^_SQL_\d+$")
#: what a view object keeps in its own attributes besides a table's: never a column key
VIEW_ATTRIBUTES = frozenset({"_definition", "_existing", "_fields", "_kind", "_columns_decl"})


def reference_actions(fk: dict[str, Any]) -> str:
    """A snapshot foreign key's actions as ``.references(...)`` keywords (``no action``, the
    default, left out): ``, on_delete="cascade"``."""
    out = ""
    if fk.get("onDelete") and str(fk["onDelete"]).lower() != "no action":
        out += f", on_delete={py_str(str(fk['onDelete']).lower())}"
    if fk.get("onUpdate") and str(fk["onUpdate"]).lower() != "no action":
        out += f", on_update={py_str(str(fk['onUpdate']).lower())}"
    return out


def constraint_actions(fk: dict[str, Any]) -> str:
    """The same as ``foreign_key(...)`` calls: ``.on_delete("cascade")``."""
    out = ""
    if fk.get("onDelete") and str(fk["onDelete"]).lower() != "no action":
        out += f".on_delete({py_str(str(fk['onDelete']).lower())})"
    if fk.get("onUpdate") and str(fk["onUpdate"]).lower() != "no action":
        out += f".on_update({py_str(str(fk['onUpdate']).lower())})"
    return out


def camel(name: str) -> str:
    """drizzle-kit's camel casing of a database name: ``first_name`` -> ``firstName``."""
    words: list[str] = _WORD.findall(name)
    if not words:
        return "_"
    head, *rest = words
    return head[:1].lower() + head[1:] + "".join(w[:1].upper() + w[1:] for w in rest)


def identifier(name: str, casing: str) -> str:
    """A valid Python identifier for a table variable or column key."""
    text = camel(name) if casing == "camel" else re.sub(r"\W", "_", name)
    if not text or text[0].isdigit():
        text = "_" + text
    if keyword.iskeyword(text) or keyword.issoftkeyword(text):
        text += "_"
    return text


def py_str(text: str) -> str:
    """A string literal as ruff writes it: double quotes unless the text holds one and no
    single quote."""
    if '"' in text and "'" not in text:
        return repr(text)
    written = repr(text)
    body = written[1:-1]
    if written.startswith("'"):
        body = body.replace("\\'", "'").replace('"', '\\"')
    return f'"{body}"'


def singular(word: str) -> str:
    """A plain-English singular (``posts`` -> ``post``, ``categories`` -> ``category``)."""
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch")):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 1:
        return word[:-1]
    return word


def plural(word: str) -> str:
    """A plain-English plural (``post`` -> ``posts``, ``category`` -> ``categories``); a
    word that already reads as a plural (table names usually do) stays as it is."""
    if singular(word) != word:
        return word
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


@dataclass
class Module:
    """The text of one generated module: imports, hoisted constants, top-level statements."""

    imports: dict[str, set[str]] = field(default_factory=dict)
    constants: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    docstring: str = ""
    _hoisted: dict[str, str] = field(default_factory=dict)

    def use(self, module: str, *names: str) -> None:
        self.imports.setdefault(module, set()).update(names)

    def literal(self, text: str, room: int = 60) -> str:
        """``text`` as a literal, or the name of a hoisted constant when it would not fit."""
        lit = py_str(text)
        if len(lit) <= room:
            return lit
        if lit not in self._hoisted:
            name = f"_SQL_{len(self._hoisted) + 1}"
            self._hoisted[lit] = name
            line = f"{name} = {lit}"
            self.constants.append(line + ("  # noqa: E501" if len(line) > LINE else ""))
        return self._hoisted[lit]

    def render(self) -> str:
        parts = []
        if self.docstring:
            parts.append(f'"""{self.docstring}"""\n')
        imports: list[str] = []
        order = sorted(self.imports, key=lambda m: (m.startswith("."), m))
        for module in order:
            if module.startswith(".") and imports and not imports[-1].startswith("from ."):
                imports.append("")  # relative imports in a block of their own
            names = sorted(self.imports[module], key=lambda n: (n.lower(), n))
            line = f"from {module} import {', '.join(names)}"
            if len(line) > LINE:
                body = "".join(f"    {n},\n" for n in names)
                line = f"from {module} import (\n{body})"
            imports.append(line)
        if imports:
            parts.append("\n".join(imports) + "\n")
        if self.constants:
            parts.append("\n".join(self.constants) + "\n")
        parts.extend(s + "\n" for s in self.statements)
        return "\n".join(p if p.endswith("\n") else p + "\n" for p in parts).rstrip("\n") + "\n"


def call(function: str, args: Sequence[str], indent: int = 0) -> str:
    """``function(args...)`` exploded one argument per line with a trailing comma (ruff keeps
    an exploded call exploded because of that comma)."""
    pad = " " * (indent + 4)
    inner = "".join(f"{pad}{a},\n" for a in args)
    return f"{function}(\n{inner}{' ' * indent})"


def mapping(items: Iterable[tuple[str, str]], indent: int) -> str:
    pad = " " * (indent + 4)
    inner = "".join(f"{pad}{k}: {v},\n" for k, v in items)
    return "{\n" + inner + " " * indent + "}"


def listing(items: Sequence[str], indent: int) -> str:
    pad = " " * (indent + 4)
    return "[\n" + "".join(f"{pad}{i},\n" for i in items) + " " * indent + "]"


def relations_module(edges: Sequence[Edge], schema_module: str = "schema") -> str:
    """``relations.py``: both sides of every foreign key, as drizzle-kit's relations.ts does
    (the ``one`` side named after the target table, singular; the ``many`` side after the
    source, plural; ``relation_name`` when two keys join the same tables; a duplicated name
    gets the column appended) - but with every column of a composite key, where drizzle-kit
    keeps only the first."""
    sides: dict[str, list[dict[str, object]]] = {}
    for e in edges:
        sides.setdefault(e.table, []).append(
            {"type": "one", "name": singular(e.target), "edge": e, "other": e.target}
        )
        sides.setdefault(e.target, []).append(
            {"type": "many", "name": plural(e.table), "edge": e, "other": e.table}
        )
    module = Module(docstring="Relations of the pulled tables (``harness pull``).")
    if edges:
        module.use("harness", "relations")
    tables = sorted({e.table for e in edges} | {e.target for e in edges})
    if tables:
        module.use(f".{schema_module}", *tables)
    for table, rels in sides.items():
        entries = []
        for i, rel in enumerate(rels):
            edge = rel["edge"]
            assert isinstance(edge, Edge)
            name = str(rel["name"])
            if any(j != i and r["name"] == name for j, r in enumerate(rels)):
                name = f"{name}_{edge.columns[0]}"
            shared = any(j != i and r["other"] == rel["other"] for j, r in enumerate(rels))
            relation_name = (
                f"{edge.table}_{edge.columns[0]}_{edge.target}_{edge.target_columns[0]}"
                if shared
                else None
            )
            if rel["type"] == "one":
                fields = ", ".join(f"{edge.table}.{c}" for c in edge.columns)
                refs = ", ".join(f"{edge.target}.{c}" for c in edge.target_columns)
                args = [edge.target, f"fields=[{fields}]", f"references=[{refs}]"]
            else:
                args = [edge.table]
            if relation_name:
                args.append(f"relation_name={py_str(relation_name)}")
            entries.append((py_str(name), call(f"r.{rel['type']}", args, 8)))
        body = f"lambda r: {mapping(entries, 4)}"
        module.statements.append(f"{table}_relations = " + call("relations", [table, body], 0))
    return module.render()


def formatted(source: str, filename: str = "schema.py") -> str:
    """``source`` through ``ruff format`` (line length 100) when ruff is installed."""
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]
    except ImportError:
        return source
    try:
        done = subprocess.run(
            [
                find_ruff_bin(),
                "format",
                "--line-length",
                str(LINE),
                "--stdin-filename",
                filename,
                "-",
            ],
            input=source,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("ruff format could not run (%s); the file is written unformatted", exc)
        return source
    return done.stdout
