"""Run the benchmarks and print a Markdown table of ratios measured in one run.

    python -m bench.run            # every benchmark
    python -m bench.run compile    # only those whose name contains "compile"

Each benchmark module defines ``CASES`` (name -> factory returning a zero-arg callable) and
``ANCHOR`` (the case the others are compared with), and optionally ``PER_CALL`` (how many
operations one call performs, so the table shows time per operation).  Timing: ``timeit``
autorange, best of 3 repeats, reported per operation; the ratio is anchor time / case time
(> 1 means faster than the anchor).
"""

from __future__ import annotations

import importlib
import sys
import timeit
from collections.abc import Callable
from typing import Any

BENCHMARKS = [
    "bench.compile_select",
    "bench.kit_migrate",
    "bench.per_test_overhead",
    "bench.relational_fetch",
    "bench.create_batch",
    "bench.select_rows",
]


def measure(fn: Callable[[], Any], repeat: int = 5) -> float:
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    number = max(1, number)
    best = min(timer.repeat(repeat=repeat, number=number))
    return best / number


def main(argv: list[str]) -> int:
    selected = [b for b in BENCHMARKS if not argv or any(a in b for a in argv)]
    print("| benchmark | case | time per call | ratio vs anchor |")
    print("|---|---|---|---|")
    for name in selected:
        module = importlib.import_module(name)
        cases: dict[str, Callable[[], Callable[[], Any]]] = module.CASES
        anchor: str = module.ANCHOR
        per_call: dict[str, int] = getattr(module, "PER_CALL", {})
        timings = {
            case: measure(factory(), repeat=3) / per_call.get(case, 1)
            for case, factory in cases.items()
        }
        for case, seconds in timings.items():
            ratio = timings[anchor] / seconds
            label = (
                "anchor"
                if case == anchor
                else f"{ratio:.2f}x faster"
                if ratio >= 1
                else f"{1 / ratio:.2f}x slower"
            )
            print(f"| {name.split('.')[-1]} | {case} | {seconds * 1e6:.1f} µs | {label} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
