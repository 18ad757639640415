"""Hostile files and faults at the issue's size: ``python -m tests.benchmarks.hostile``.

Runs the fuzz suites (``pytest -m fuzz tests/fuzz``, WORKBENCH_FUZZ_EXAMPLES per reader,
default 2,500: four readers make 10,000 files) and the fault-injection suite (``pytest
-m faults tests/faults``, WORKBENCH_FAULT_KILLS kills, default 200), then prints the
figures: examples run, failures (tracebacks), the slowest test, peak memory (and each
file's time and memory when the fuzz harness writes them to WORKBENCH_FUZZ_REPORT, one
JSON line per file), and every kill, race and full disk with its outcome. Not part of
``python -m tests.benchmarks``: it takes tens of minutes, and the speed figures should
stay quick to get.

Options:
  --examples N   generated files per reader (default 2500)
  --kills N      kill -9s over the killed commands (default 200)
  --seed N       WORKBENCH_FAULT_SEED, to replay a run's kill moments
  --only fuzz|faults
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

STATISTICS = re.compile(r"(\d+) passing, (\d+) failing, and (\d+) invalid")
RUNTIMES = re.compile(r"Typical runtimes: ([^,\n]+)")


@dataclass
class Suite:
    tests: int
    failures: int
    skipped: int
    slowest: tuple[float, str]
    seconds: float
    peak_mb: float
    output: str


def run_suite(marker: str, folder: str, env: dict[str, str], scratch: Path) -> Suite:
    """One pytest run in its own process; figures from its JUnit XML and its output."""
    junit = scratch / f"{marker}.xml"
    output = scratch / f"{marker}.out"
    started = time.perf_counter()
    with output.open("w", encoding="utf-8") as stream:
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pytest",
                "-m",
                marker,
                folder,
                "-q",
                "-p",
                "no:cacheprovider",
                f"--junitxml={junit}",
                "--hypothesis-show-statistics",
            ],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
            stdout=stream,
            stderr=subprocess.STDOUT,
        )
        # wait4: the child's own figures, its largest resident set among them (Linux
        # counts the children it waited for, i.e. every workbench process it started).
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    peak_mb = usage.ru_maxrss / 1024
    tests = failures = skipped = 0
    slowest = (0.0, "")
    if junit.exists():
        for case in ElementTree.parse(junit).iter("testcase"):
            tests += 1
            if case.find("failure") is not None or case.find("error") is not None:
                failures += 1
            if case.find("skipped") is not None:
                skipped += 1
            took = float(case.get("time", 0))
            slowest = max(slowest, (took, f"{case.get('classname')}::{case.get('name')}"))
    text = output.read_text(encoding="utf-8")
    return Suite(tests, failures, skipped, slowest, seconds, peak_mb, text)


def fuzz(examples: int, scratch: Path) -> None:
    if not (ROOT / "tests" / "fuzz").is_dir():
        print("fuzz: tests/fuzz does not exist yet")
        return
    report = scratch / "fuzz.jsonl"
    env = {"WORKBENCH_FUZZ_EXAMPLES": str(examples), "WORKBENCH_FUZZ_REPORT": str(report)}
    suite = run_suite("fuzz", "tests/fuzz", env, scratch)
    counts = [tuple(map(int, found)) for found in STATISTICS.findall(suite.output)]
    passing = sum(c[0] for c in counts)
    failing = sum(c[1] for c in counts)
    invalid = sum(c[2] for c in counts)
    tracebacks = suite.output.count("Traceback")
    print(
        f"fuzz, {examples:,} examples per reader: {suite.tests} tests, "
        f"{passing + failing:,} generated files run ({passing:,} passing, {failing} failing, "
        f"{invalid:,} rejected by the generators), {suite.failures} failed tests, "
        f"{tracebacks} tracebacks in the output, {suite.seconds:.0f} s in all"
    )
    print(
        f"fuzz: slowest test {suite.slowest[0]:.1f} s ({suite.slowest[1]}), "
        f"typical example {', '.join(sorted(set(RUNTIMES.findall(suite.output)))) or '?'}, "
        f"peak memory {suite.peak_mb:,.0f} MB"
    )
    # One JSON line per generated file, when the fuzz harness writes them
    # ({"reader": ..., "seconds": ..., "memory_mb": ...}).
    if report.exists():
        lines: list[dict[str, Any]] = [json.loads(x) for x in report.read_text().splitlines()]
        empty: dict[str, Any] = {}
        slowest = max(lines, key=lambda line: line.get("seconds", 0), default=empty)
        hungriest = max(lines, key=lambda line: line.get("memory_mb", 0), default=empty)
        print(
            f"fuzz: {len(lines):,} files measured, slowest {slowest.get('seconds', 0):.2f} s "
            f"({slowest.get('reader', '?')}), most memory {hungriest.get('memory_mb', 0):,.0f} MB "
            f"({hungriest.get('reader', '?')})"
        )
    if suite.failures:
        print(suite.output[-4000:])


def faults(kills: int, seed: str | None, scratch: Path) -> None:
    report = scratch / "faults.jsonl"
    env = {"WORKBENCH_FAULT_KILLS": str(kills), "WORKBENCH_FAULT_REPORT": str(report)}
    env["WORKBENCH_FAULT_SEED"] = seed or str(random.SystemRandom().randrange(2**32))
    suite = run_suite("faults", "tests/faults", env, scratch)
    lines = (
        [json.loads(line) for line in report.read_text().splitlines()] if report.exists() else []
    )
    print(
        f"faults: {suite.tests} tests, {suite.failures} failed, {suite.skipped} skipped, "
        f"{suite.seconds:.0f} s, peak memory {suite.peak_mb:,.0f} MB"
        f", WORKBENCH_FAULT_SEED={env['WORKBENCH_FAULT_SEED']} (--seed replays the kill moments)"
    )
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    left: dict[str, Counter[str]] = defaultdict(Counter)
    for line in lines:
        if "outcome" in line:
            outcomes[line["operation"]][line["outcome"]] += 1
            for name in line.get("leftovers", []):
                # Dated names (backups, temporary copies) counted by their kind.
                left[line["operation"]][re.sub(r"\d{8}-\d{6}(-\d+)?", "*", name)] += 1
    total = sum(sum(c.values()) for c in outcomes.values())
    print(f"kill -9: {total} kills, integrity and all-or-nothing checked after each")
    for operation, counted in outcomes.items():
        print(
            f"  {operation:<16} {sum(counted.values()):>4} kills: "
            f"{counted['before']} as before, {counted['after']} as after, "
            f"{counted['finished']} finished before the signal"
        )
        if left[operation]:
            files = ", ".join(f"{name} ×{n}" for name, n in sorted(left[operation].items()))
            print(f"  {'':<16} files left beside the database: {files}")
    for line in lines:
        if "outcome" not in line:
            figures = ", ".join(f"{k} {v}" for k, v in line.items() if k != "operation")
            print(f"  {line['operation']}: {figures}")
    if suite.failures:
        failed = re.findall(r"^FAILED (\S+)", suite.output, re.MULTILINE)
        print("failed: " + ", ".join(failed))
    skipped = re.findall(r"^SKIPPED \[\d+\] (.+)$", suite.output, re.MULTILINE)
    for reason in skipped:
        print(f"skipped: {reason}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.hostile")
    parser.add_argument("--examples", type=int, default=2500)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed")
    parser.add_argument("--only", choices=("fuzz", "faults"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        if args.only in (None, "fuzz"):
            fuzz(args.examples, scratch)
        if args.only in (None, "faults"):
            faults(args.kills, args.seed, scratch)


if __name__ == "__main__":
    main()
