"""Small readers of SQL text as PostgreSQL prints it back (``pg_get_expr`` and friends).

Everything here works on the text outside string literals only, so a default such as
``'a::b'::text`` keeps its literal intact while its cast is taken off.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

#: a cast as PostgreSQL prints one: ``::text``, ``::character varying(20)``, ``::"Mood"[]``,
#: ``::timestamp without time zone``, ``::public.mood``
_CAST = re.compile(
    r"::(?:\"(?:[^\"]|\"\")+\"|[a-z_][\w$]*)"
    r"(?:\.(?:\"(?:[^\"]|\"\")+\"|[a-z_][\w$]*))?"
    r"(?:\s+(?:varying|precision|without\s+time\s+zone|with\s+time\s+zone))*"
    r"(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?"
    r"(?:\s+(?:without\s+time\s+zone|with\s+time\s+zone))?"
    r"(?:\[\d*\])*",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$", re.IGNORECASE)


def split_literals(text: str) -> list[tuple[bool, str]]:
    """``text`` as ``(is_literal, part)`` pieces; literals keep their quotes (``E'...'``
    escapes included)."""
    parts: list[tuple[bool, str]] = []
    i, start = 0, 0
    while i < len(text):
        if text[i] == "'":
            escaped = i > 0 and text[i - 1] in "eE" and (i == 1 or not text[i - 2].isalnum())
            if escaped:
                i -= 1
            if i > start:
                parts.append((False, text[start:i]))
            j = i + (2 if escaped else 1)
            while j < len(text):
                if escaped and text[j] == "\\":
                    j += 2
                    continue
                if text[j] == "'":
                    if j + 1 < len(text) and text[j + 1] == "'":
                        j += 2
                        continue
                    break
                j += 1
            parts.append((True, text[i : j + 1]))
            i = start = j + 1
            continue
        i += 1
    if start < len(text):
        parts.append((False, text[start:]))
    return parts


def outside_literals(text: str, change: Callable[[str], str]) -> str:
    """``text`` with ``change`` applied to each piece outside string literals."""
    return "".join(part if literal else change(part) for literal, part in split_literals(text))


def strip_casts(text: str) -> str:
    """``'guest'::roles`` -> ``'guest'``; every cast outside literals is removed."""
    return outside_literals(text, lambda part: _CAST.sub("", part))


def strip_trailing_cast(text: str) -> str:
    """Only a cast that ends the text: ``'{}'::jsonb`` -> ``'{}'``, ``now()`` unchanged."""
    pieces = split_literals(text)
    if not pieces or pieces[-1][0]:
        return text
    tail = pieces[-1][1]
    match = _CAST.match(tail)
    if match and match.end() == len(tail):
        return "".join(part for _, part in pieces[:-1])
    return text


def unwrap(text: str) -> str:
    """``((x))`` -> ``x`` when the outer parentheses enclose the whole text."""
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _encloses(text):
        text = text[1:-1].strip()
    return text


def _encloses(text: str) -> bool:
    """Whether the first "(" of ``text`` is closed by its last character."""
    depth, seen = 0, 0
    for literal, part in split_literals(text):
        if literal:
            seen += len(part)
            continue
        for char in part:
            seen += 1
            depth += char == "("
            depth -= char == ")"
            if depth == 0:
                return seen == len(text)
    return False


def is_number(text: str) -> bool:
    return bool(_NUMBER.match(text))


def literal_text(text: str) -> str | None:
    """The value of a plain ``'...'`` literal, or None when ``text`` is anything else."""
    pieces = split_literals(text.strip())
    if len(pieces) != 1 or not pieces[0][0] or not pieces[0][1].startswith("'"):
        return None
    return pieces[0][1][1:-1].replace("''", "'")


def canonical(text: str) -> str:
    """A spelling-insensitive form of an expression, for "means the same" comparisons:
    casts, identifier quotes, table qualifiers, outer parentheses, white space and letter case
    outside literals are dropped; a quoted number counts as the number; a JSON literal is
    compared as parsed JSON."""
    text = unwrap(strip_casts(_untyped_literals(text.strip())))
    value = literal_text(text)
    if value is not None:
        if is_number(value.strip()):
            return _number(value.strip())
        try:
            parsed = json.loads(value)
        except ValueError:
            return text
        if isinstance(parsed, (dict, list)):
            return "json:" + json.dumps(parsed, sort_keys=True, separators=(",", ":"))
        return text
    if is_number(text):
        return _number(text)

    def squeeze(part: str) -> str:
        part = re.sub(r'"(?:[^"]|"")+"\.', "", part)  # "table"."column" -> "column"
        part = part.replace('"', "")
        part = re.sub(r"\s+", "", part)
        return part.lower()

    flat = outside_literals(text, squeeze)
    previous = None
    while previous != flat:  # (a) and a, ((x)) and x
        previous = flat
        flat = re.sub(r"\((\w+)\)", r"\1", flat)
        flat = unwrap(flat)
    return flat


#: a type name written before a literal (``interval '1 day'``), which PostgreSQL re-prints as
#: a cast (``'1 day'::interval``)
_TYPED_LITERAL = re.compile(
    r"\b(?:interval|timestamptz|timestamp|date|timetz|time|numeric|decimal|text|uuid|jsonb|json"
    r"|boolean|bool|integer|int|bigint|smallint|real|inet|cidr|bytea)\s*$",
    re.IGNORECASE,
)


def _untyped_literals(text: str) -> str:
    pieces = split_literals(text)
    out = []
    for index, (literal, part) in enumerate(pieces):
        followed = index + 1 < len(pieces) and pieces[index + 1][0]
        out.append(_TYPED_LITERAL.sub("", part) if followed and not literal else part)
    return "".join(out)


def _number(text: str) -> str:
    number = float(text)
    if number.is_integer() and "e" not in text.lower() and "." not in text:
        return str(int(text))
    return repr(number)
