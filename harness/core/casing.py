"""Drizzle's column-name casing: ``snake_case`` / ``camelCase`` for keys declared without a name."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_WORD = re.compile(r"[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+")
_APOSTROPHES = re.compile("['\u2019]")


def _words(value: str) -> list[str]:
    # Same tokenizer as Drizzle: runs of lowercase/digits, acronyms, capitalised words.
    return _WORD.findall(_APOSTROPHES.sub("", value))


@lru_cache(maxsize=4096)
def to_snake_case(value: str) -> str:
    return "_".join(word.lower() for word in _words(value))


@lru_cache(maxsize=4096)
def to_camel_case(value: str) -> str:
    out = []
    for i, word in enumerate(_words(value)):
        out.append(word.lower() if i == 0 else word[:1].upper() + word[1:])
    return "".join(out)


CASINGS: dict[str, Callable[[str], str]] = {
    "snake_case": to_snake_case,
    "camelCase": to_camel_case,
}


def casing_function(casing: str | None) -> Callable[[str], str] | None:
    """The renaming function for a ``casing=`` option, or None for "names as declared"."""
    if casing is None:
        return None
    try:
        return CASINGS[casing]
    except KeyError:
        raise ValueError(
            f"casing={casing!r} is not supported; use 'snake_case' or 'camelCase'"
        ) from None
