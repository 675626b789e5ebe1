"""Run the benchmarks as interleaved A/B pairs and print one Markdown table.

    python -m bench.run                  # every pair of every benchmark
    python -m bench.run select mysql     # modules or cases whose name contains a filter
    python -m bench.run --rounds 31      # more rounds (default 15)
    python -m bench.run --profile select_rows:harness_by_pk   # cProfile top-10 of one case

Each benchmark module defines

- ``CASES``: name -> factory; a factory does its set-up and returns either a zero-argument
  callable (one call = what is timed) or a tuple ``(call, reset)`` where ``reset`` runs
  before every call, untimed (drop/recreate a table, empty the seeded tables...);
- ``PAIRS``: ``[(case, floor_or_peer), ...]``; every pair is one row of the table;
- optionally ``PER_CALL``: case -> operations in one call (rows inserted, tests...), so that
  the table shows time per operation.

Method, per pair (A = case, B = floor/peer):

1. both factories run (set-up is never timed); each side is called once to warm up;
2. calibration: each side's single-call time is estimated and the number of calls per round
   is fixed so that one round of one side takes about ``--target`` seconds (at least 1 call);
   that number then stays fixed for every round;
3. ``--rounds`` rounds alternate A and B (A first on even rounds, B first on odd ones, so
   neither side always runs right after the other); garbage collection runs before each
   timed block and is disabled inside it, as ``timeit`` does;
4. per side, the per-operation time of a round is block time / calls / ``PER_CALL``; the
   table shows the median over rounds for each side, the ratio of the two medians (A / B:
   above 1 means the case is slower than its floor), and the spread: min-max of the per-round
   ratios, each computed from an A block and the B block next to it in time.  A wide spread
   means the machine was busy; rerun rather than trust the median.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

BENCHMARKS = [
    "bench.select_rows",
    "bench.mysql_rows",
    "bench.compile_select",
    "bench.create_batch",
    "bench.per_test_overhead",
    "bench.relational_fetch",
    "bench.kit_migrate",
    "bench.seed_blog",
    "bench.kit_generate",
    "bench.kit_pull",
    "bench.cold_start",
]


@dataclass
class Side:
    name: str
    call: Callable[[], Any]
    reset: Callable[[], Any] | None
    per_call: int


@dataclass
class Row:
    benchmark: str
    case: str
    floor: str
    case_seconds: float
    floor_seconds: float
    ratio: float
    low: float
    high: float


def make_side(module: Any, name: str) -> Side:
    made = module.CASES[name]()
    call, reset = made if isinstance(made, tuple) else (made, None)
    per_call: dict[str, int] = getattr(module, "PER_CALL", {})
    return Side(name, call, reset, per_call.get(name, 1))


def time_block(side: Side, number: int) -> float:
    """Seconds spent in ``number`` calls (resets excluded), gc off while timing."""
    gc.collect()
    gc.disable()
    try:
        if side.reset is None:
            call = side.call
            start = time.perf_counter()
            for _ in range(number):
                call()
            return time.perf_counter() - start
        total = 0.0
        for _ in range(number):
            side.reset()
            start = time.perf_counter()
            side.call()
            total += time.perf_counter() - start
        return total
    finally:
        gc.enable()


def calibrate(side: Side, target: float) -> int:
    """Calls per round so that one block takes about ``target`` seconds."""
    time_block(side, 1)  # warm-up: caches, prepared statements, first allocations
    number, elapsed = 1, time_block(side, 1)
    while elapsed < target / 5 and number < 1_000_000:
        number *= 4
        elapsed = time_block(side, number)
    return max(1, round(number * target / elapsed)) if elapsed > 0 else number


def compare(benchmark: str, a: Side, b: Side, rounds: int, target: float) -> Row:
    numbers = {a.name: calibrate(a, target), b.name: calibrate(b, target)}
    per_op: dict[str, list[float]] = {a.name: [], b.name: []}
    ratios = []
    for i in range(rounds):
        order = (a, b) if i % 2 == 0 else (b, a)
        for side in order:
            n = numbers[side.name]
            per_op[side.name].append(time_block(side, n) / n / side.per_call)
        ratios.append(per_op[a.name][-1] / per_op[b.name][-1])
    case_s = statistics.median(per_op[a.name])
    floor_s = statistics.median(per_op[b.name])
    return Row(
        benchmark, a.name, b.name, case_s, floor_s, case_s / floor_s, min(ratios), max(ratios)
    )


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def fmt_ratio(ratio: float) -> str:
    return f"{ratio:.3f}x" if ratio >= 0.01 else f"{ratio:.1e}x"


def print_row(row: Row) -> None:
    print(
        f"| {row.benchmark} | {row.case} | {row.floor} | {fmt_time(row.case_seconds)} | "
        f"{fmt_time(row.floor_seconds)} | {fmt_ratio(row.ratio)} | "
        f"{fmt_ratio(row.low)} - {fmt_ratio(row.high)} |",
        flush=True,
    )


def selected_pairs(argv: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    out = []
    for name in BENCHMARKS:
        module = importlib.import_module(name)  # imports only; set-up runs in the factories
        pairs: list[tuple[str, str]] = [
            (a, b)
            for a, b in module.PAIRS
            if not argv or any(f in name or f in a or f in b for f in argv)
        ]
        if pairs:
            out.append((name, pairs))
    return out


def profile(spec: str, seconds: float) -> None:
    """cProfile top-10 (cumulative) of one case, called for about ``seconds``."""
    module_name, _, case = spec.partition(":")
    module = importlib.import_module(f"bench.{module_name}")
    side = make_side(module, case)
    number = calibrate(side, seconds)
    profiler = cProfile.Profile()
    for _ in range(number):
        if side.reset is not None:
            side.reset()
        profiler.enable()
        side.call()
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(10)
    print(f"cProfile of {spec}: {number} calls, top 10 by cumulative time")
    print(out.getvalue())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("filters", nargs="*", help="substring of a module or case name")
    parser.add_argument("--rounds", type=int, default=15, help="A/B rounds per pair")
    parser.add_argument(
        "--target", type=float, default=0.1, help="seconds per timed block (one side, one round)"
    )
    parser.add_argument("--profile", metavar="MODULE:CASE", help="profile one case instead")
    args = parser.parse_args(argv)
    if args.profile:
        profile(args.profile, seconds=2.0)
        return 0

    started = time.perf_counter()
    print(
        "| benchmark | case | floor/peer | case per call | floor per call | ratio (median) "
        "| spread |"
    )
    print("|---|---|---|---|---|---|---|", flush=True)
    failed = 0
    for name, pairs in selected_pairs(args.filters):
        module = importlib.import_module(name)
        short = name.split(".")[-1]
        sides: dict[str, Side] = {}
        for a, b in pairs:
            try:
                for case in (a, b):
                    if case not in sides:
                        sides[case] = make_side(module, case)
                row = compare(short, sides[a], sides[b], args.rounds, args.target)
            except Exception as exc:  # one broken pair must not hide the others
                failed += 1
                message = f"{type(exc).__name__}: {exc}".replace("|", "/").splitlines()[0]
                print(f"| {short} | {a} | {b} | error | error | {message[:120]} | |", flush=True)
                continue
            print_row(row)
    print(
        f"\n{args.rounds} rounds per pair, ~{args.target}s per block; "
        f"took {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
