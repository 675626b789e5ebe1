"""What SQLite keeps only as text: pieces of the ``CREATE TABLE``/``INDEX``/``VIEW`` statements
stored in ``sqlite_master.sql``.

SQLite has no catalog for check constraints, generated-column expressions, index expressions,
partial-index conditions or view bodies; it keeps the statement as written (updated in place by
``ALTER TABLE ... ADD COLUMN``/``RENAME``).  This is not a SQL parser: it only needs to find
parenthesised groups and top-level commas and keywords without being fooled by string literals,
quoted identifiers or nested parentheses.  :func:`blank` does that once: it returns the text
with the *inside* of every quoted token replaced by ``_`` (same length), so keyword searches
and bracket matching on the blanked text give positions valid in the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_QUOTES = {"'": "'", '"': '"', "`": "`", "[": "]"}


def blank(text: str) -> str:
    """``text`` with the contents of string literals and quoted identifiers blanked to ``_``
    (the delimiters stay, so a blanked ``'a, b'`` is still one token, with no comma or
    parenthesis or keyword left inside it)."""
    out = list(text)
    i = 0
    while i < len(text):
        close = _QUOTES.get(text[i])
        if close is None:
            i += 1
            continue
        j = i + 1
        while j < len(text):
            if text[j] == close:
                if close != "]" and j + 1 < len(text) and text[j + 1] == close:
                    j += 2  # a doubled quote is an escaped one
                    continue
                break
            j += 1
        for k in range(i + 1, min(j, len(text))):
            out[k] = "_"
        i = j + 1
    return "".join(out)


def group_end(blanked: str, start: int) -> int:
    """The index just past the ``)`` matching the ``(`` at ``start`` (of blanked text)."""
    depth = 0
    for i in range(start, len(blanked)):
        if blanked[i] == "(":
            depth += 1
        elif blanked[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return len(blanked)


def split_top(text: str) -> list[str]:
    """``text`` cut at commas outside parentheses and quotes, pieces stripped."""
    blanked = blank(text)
    pieces: list[str] = []
    depth, begin = 0, 0
    for i, char in enumerate(blanked):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            pieces.append(text[begin:i].strip())
            begin = i + 1
    pieces.append(text[begin:].strip())
    return [p for p in pieces if p]


def unquote(name: str) -> str:
    """An identifier without its quotes (``"a""b"`` -> ``a"b``)."""
    name = name.strip()
    if len(name) >= 2 and name[0] in _QUOTES and name[-1] == _QUOTES[name[0]]:
        close = _QUOTES[name[0]]
        return name[1:-1].replace(close * 2, close) if close != "]" else name[1:-1]
    return name


def _first_token(text: str) -> str:
    """The first identifier of ``text`` as written (quoted or bare)."""
    blanked = blank(text)
    match = re.match(r"\s*(\S+)", blanked)
    if match is None:
        return ""
    end = match.end(1)
    # a quoted identifier ends at its closing quote even when a '(' follows directly
    if text[match.start(1)] in _QUOTES:
        close = _QUOTES[text[match.start(1)]]
        end = blanked.index(close, match.start(1) + 1) + 1
    else:
        end = match.start(1) + len(re.split(r"[(\s]", blanked[match.start(1) :])[0])
    return text[match.start(1) : end]


def _keyword(blanked: str, pattern: str, start: int = 0) -> re.Match[str] | None:
    """A keyword pattern searched at nesting depth 0 of ``blanked`` from ``start``."""
    for match in re.compile(pattern, re.IGNORECASE).finditer(blanked, start):
        if blanked[: match.start()].count("(") == blanked[: match.start()].count(")"):
            return match
    return None


@dataclass
class Check:
    """A check constraint: its name (None when unnamed) and its condition as written."""

    name: str | None
    value: str


@dataclass
class ColumnText:
    """What a column definition says that the pragmas do not."""

    name: str
    autoincrement: bool = False
    #: ``(expression)`` with its parentheses, and ``virtual``/``stored``
    generated: tuple[str, str] | None = None


@dataclass
class TableText:
    columns: dict[str, ColumnText] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)


_CONSTRAINT_WORDS = ("constraint", "primary", "unique", "check", "foreign")


def _checks_in(item: str) -> list[Check]:
    """Every ``[CONSTRAINT name] CHECK (...)`` of a column or table-constraint item."""
    blanked = blank(item)
    found: list[Check] = []
    for match in re.finditer(r"(?:\bconstraint\s+(\S+)\s+)?\bcheck\s*\(", blanked, re.IGNORECASE):
        if blanked[: match.start()].count("(") != blanked[: match.start()].count(")"):
            continue
        open_at = match.end() - 1
        end = group_end(blanked, open_at)
        name = unquote(item[match.start(1) : match.end(1)]) if match.group(1) else None
        found.append(Check(name, item[open_at + 1 : end - 1].strip()))
    return found


def parse_table(sql: str) -> TableText:
    """The column definitions and checks of a ``CREATE TABLE`` statement."""
    result = TableText()
    blanked = blank(sql)
    open_at = blanked.find("(")
    if open_at < 0:  # CREATE TABLE ... AS SELECT: nothing declared
        return result
    body = sql[open_at + 1 : group_end(blanked, open_at) - 1]
    for item in split_top(body):
        word = blank(item).split(None, 1)[0].lower() if item.strip() else ""
        if word in _CONSTRAINT_WORDS:
            result.checks.extend(_checks_in(item))
            continue
        column = ColumnText(unquote(_first_token(item)))
        item_blanked = blank(item)
        column.autoincrement = _keyword(item_blanked, r"\bautoincrement\b") is not None
        generated = _keyword(item_blanked, r"\bas\s*\(")
        if generated is not None:
            start = generated.end() - 1
            end = group_end(item_blanked, start)
            kind = re.match(r"\s*(stored|virtual)\b", item_blanked[end:], re.IGNORECASE)
            column.generated = (
                item[start:end],
                kind.group(1).lower() if kind else "virtual",
            )
        result.columns[column.name] = column
        result.checks.extend(_checks_in(item))
    return result


def parse_index(sql: str) -> tuple[list[str], str | None]:
    """A ``CREATE INDEX`` statement's indexed terms as written, and its ``WHERE`` condition."""
    blanked = blank(sql)
    on = _keyword(blanked, r"\bon\b")
    open_at = blanked.find("(", on.end() if on else 0)
    if open_at < 0:
        return [], None
    end = group_end(blanked, open_at)
    terms = split_top(sql[open_at + 1 : end - 1])
    where = _keyword(blanked, r"\bwhere\b", end)
    return terms, sql[where.end() :].strip() if where else None


def view_definition(sql: str) -> str:
    """The ``SELECT`` of a ``CREATE VIEW name [(columns)] AS select`` statement."""
    blanked = blank(sql)
    view = _keyword(blanked, r"\bview\b")
    at = view.end() if view else 0
    exists = re.match(r"\s*if\s+not\s+exists\b", blanked[at:], re.IGNORECASE)
    if exists:
        at += exists.end()
    name = _first_token(sql[at:])
    at = sql.index(name, at) + len(name)
    rest = re.match(r"\s*\.\s*", blanked[at:])  # schema.name
    if rest:
        at += rest.end()
        second = _first_token(sql[at:])
        at = sql.index(second, at) + len(second)
    columns = re.match(r"\s*\(", blanked[at:])
    if columns:
        at = group_end(blanked, at + columns.end() - 1)
    keyword = re.match(r"\s*as\b\s*", blanked[at:], re.IGNORECASE)
    if keyword:
        at += keyword.end()
    return sql[at:].strip().rstrip(";").rstrip()
