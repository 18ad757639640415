"""Issue 15's speed table in one run: every interaction at the stress size, each benchmark in
a process of its own on a fresh copy of the stress database. Prints figures, asserts nothing.

``python -m tests.benchmarks.stress [DB]`` (``make bench-stress``): DB is a 10,000-account
portfolio (``workbench demo --accounts 10000 --as-of 2026-11-26`` builds it when the file
does not exist; default ``stress.sqlite``). DB itself is never changed.

Rows of the table and where each figure is printed:

* select an account → detail painted; open the Portfolio → rows painted: ``portfolio``;
* health history first fill, health recompute, focus list, dashboard numbers: ``dashboard``
  (on a copy whose health history is empty, as a first start has it);
* the calendar's next/previous month, week, agenda and view switch: ``calendar``;
* a global search keystroke: ``data --only search``;
* a whole-database archive restore: ``archive``;
* peak memory with every tab visited: ``memory``.

Each prints the ratio to raw SQLite for the same query where there is one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = "2026-11-26"

#: (title, module, extra arguments); each runs on its own copy of the stress database.
STEPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Portfolio: open, filter, sort, select", "tests.benchmarks.portfolio", ()),
    ("Health, focus list, Dashboard", "tests.benchmarks.dashboard", ()),
    ("Calendar", "tests.benchmarks.calendar", ()),
    ("Global search", "tests.benchmarks.data", ("--only", "search")),
    ("Archive restore", "tests.benchmarks.archive", ("--runs", "3")),
    ("Peak memory, every tab visited", "tests.benchmarks.memory", ()),
)


def ensure_stress_database(path: Path) -> None:
    if path.exists():
        return
    print(f"building {path} (10,000 accounts; about a minute)", flush=True)
    subprocess.run(
        [sys.executable, "-m", "workbench", "demo", "--db", str(path), "--accounts", "10000",
         "--as-of", AS_OF],
        check=True,
    )  # fmt: skip


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "stress.sqlite").resolve()
    ensure_stress_database(source)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for title, module, extra in STEPS:
        with tempfile.TemporaryDirectory(prefix="workbench-stress-") as scratch:
            copy = Path(scratch) / "stress.sqlite"
            shutil.copyfile(source, copy)
            print(f"\n## {title}  (python -m {module} DB {' '.join(extra)})", flush=True)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", module, str(copy), *extra], check=True, env=env)
            print(f"   [{time.perf_counter() - started:.0f} s for this benchmark]", flush=True)


if __name__ == "__main__":
    main()
