# Account Workbench — the two commands that matter are `make run` and `make test`.
# Both create the virtual environment on first use (and refresh it when
# pyproject.toml changes), so they work on a fresh machine with Python 3.11+.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export QT_API := pyside6

.PHONY: run test bench bench-stress bench-sync bench-sync-load bench-sync-stress hostile bench-encryption lint bundle bundle-check screenshots translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Account Workbench needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,server]'
	@touch $(STAMP)

## Open the window on your database (ARGS="--db other.sqlite" to choose another).
run: $(STAMP)
	$(BIN)/workbench $(ARGS)

## The whole test suite, headless, on every core (PYTEST_WORKERS=0 runs it in one process);
## then the tests that time the window's responsiveness, alone, so no other test shares the cores.
## Work stealing: an idle worker takes tests queued on the other, so one long test near the end
## does not leave a core idle.
## The tests' temporary files (about 3 GB a run) go to memory when /dev/shm and the
## machine both have 8 GB to spare: a run makes tens of thousands of SQLite commits, each
## synced, and on a virtual disk the syncs take a good part of the run. Each run gets a
## folder of its own there, removed when it ends however it ends.
PYTEST_WORKERS ?= auto
## The files holding tests marked alone: the second run reads only those (collecting the
## whole suite to keep one test took 6 of its 15 s).
ALONE_TESTS = $(shell grep -rlE 'mark\.alone|pytestmark.*alone' tests --include='test_*.py')
TEST_TMP ?= $(shell [ "$$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 {print $$4}')" -gt 8000000 ] 2>/dev/null && [ "$$(awk '/^MemAvailable:/ {print $$2}' /proc/meminfo 2>/dev/null)" -gt 8000000 ] 2>/dev/null && echo /dev/shm || echo $${TMPDIR:-/tmp})
test: $(STAMP)
	@run=$$(mktemp -d "$(TEST_TMP)/workbench-tests.XXXXXX") && trap 'rm -rf "$$run"' EXIT && \
	echo "temporary files in $$run" && \
	TMPDIR=$$run QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist worksteal --without-alone $(PYTEST_ARGS) && \
	TMPDIR=$$run QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:randomly --alone $(or $(PYTEST_ARGS),$(ALONE_TESTS))

## Speed and size figures (not part of `make test`).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks $(BENCH_ARGS)

## Issue 15's speed table: every interaction at the stress size, on copies of BENCH_DB.
bench-stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.stress $(BENCH_DB)

## The team server's sync on loopback: first sync up and down, 100 edits (real PostgreSQL).
bench-sync: $(STAMP)
	$(BIN)/python -m tests.benchmarks.sync $(BENCH_ARGS)

bench-sync-load: $(STAMP)
	$(BIN)/python -m tests.benchmarks.sync_load $(BENCH_ARGS)

## A new laptop's first sync of the 10,000-account book (BENCH_DB, built if missing).
bench-sync-stress: $(STAMP)
	$(BIN)/python -m tests.benchmarks.sync_stress $(BENCH_DB) $(BENCH_ARGS)

## Fuzz harness at 2,500 files per reader and 200 kills (tens of minutes; not part of `make test`).
hostile: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.hostile $(BENCH_ARGS)

## Plain against encrypted on a copy of BENCH_DB (a 10,000-account portfolio, built if missing).
BENCH_DB ?= stress.sqlite
bench-encryption: $(STAMP)
	$(BIN)/python -m tests.benchmarks.encryption $(BENCH_DB) $(BENCH_ARGS)

## Style, types, and the layer rules of docs/ARCHITECTURE.md (import-linter contracts in
## pyproject.toml, then every import circle between modules).
lint: $(STAMP)
	$(BIN)/ruff check workbench tests
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python scripts/check_import_cycles.py

## One-folder PyInstaller bundle in dist/workbench/.
bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

## Run the bundle: version, sample, check, exports, encryption, its libraries resolved, then the
## real window under Xvfb (xcb), closed by its own close; prints size and median start time.
bundle-check: bundle
	./scripts/bundle_check.sh dist/workbench/workbench

## Regenerate the screenshots in docs/screenshots/ from a sample portfolio.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen ./scripts/screenshots.sh $(BIN)/workbench

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache

## Refresh resources/translations/*.ts from the code, then compile them to .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find workbench -name '*.py' | sort) -ts resources/translations/workbench_es.ts -source-language en -target-language es -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/workbench_es.ts -qm resources/translations/workbench_es.qm
	$(BIN)/pyside6-lupdate $$(find workbench -name '*.py' | sort) -ts resources/translations/workbench_en.ts -source-language en -target-language en -pluralonly -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/workbench_en.ts -qm resources/translations/workbench_en.qm
