"""drizzle-kit 1.0's diff of an enum's value list (its ``diffStringArrays``).

Whether an enum is altered in place (``ADD VALUE ... BEFORE ...``) or recreated depends on
which values this matcher calls removed, and the ``BEFORE`` value on where it places the added
ones, so its longest-common-block matching is reproduced rather than using ``difflib``.
"""

from __future__ import annotations

from typing import Any


def _longest(
    old: list[str], new: list[str], o0: int, o1: int, n0: int, n1: int
) -> tuple[int, int, int]:
    positions: dict[str, list[int]] = {}
    for j in range(n0, n1):
        positions.setdefault(new[j], []).append(j)
    best = (o0, n0, 0)
    for i in range(o0, o1):
        for j in positions.get(old[i], []):
            length = 1
            while i + length < o1 and j + length < n1 and old[i + length] == new[j + length]:
                length += 1
            if length > best[2]:
                best = (i, j, length)
    return best


def _blocks(old: list[str], new: list[str]) -> list[tuple[int, int, int]]:
    if not old and not new:
        return [(0, 0, 0)]
    queue = [(0, len(old), 0, len(new))]
    found: list[tuple[int, int, int]] = []
    while queue:
        o0, o1, n0, n1 = queue.pop()
        i, j, length = _longest(old, new, o0, o1, n0, n1)
        if length > 0:
            found.append((i, j, length))
            if o0 < i and n0 < j:
                queue.append((o0, i, n0, j))
            if i + length < o1 and j + length < n1:
                queue.append((i + length, o1, j + length, n1))
    found.sort(key=lambda b: b[0])
    found.append((len(old), len(new), 0))
    return found


def diff_values(old: list[str], new: list[str]) -> list[dict[str, Any]]:
    """``{"type": "same"|"removed"|"added", "value", "beforeValue"?}`` per value."""
    out: list[dict[str, Any]] = []

    def added(j: int) -> None:
        before = next((v for v in new[j + 1 :] if v in old), None)
        out.append({"type": "added", "value": new[j], "beforeValue": before})

    oi = ni = 0
    for i, j, length in _blocks(old, new):
        if oi < i or ni < j:
            out.extend({"type": "removed", "value": old[k]} for k in range(oi, i))
            for k in range(ni, j):
                added(k)
        out.extend({"type": "same", "value": old[k]} for k in range(i, i + length))
        oi, ni = i + length, j + length
    return out
