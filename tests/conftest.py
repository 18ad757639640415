"""Shared fixtures. Environment first: Qt must be offscreen and Matplotlib must pick
PySide6 before anything imports them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
os.environ.setdefault("MPLBACKEND", "Agg")

import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from workbench.services.sample_portfolio import generate_sample_portfolio
from workbench.store.database import Store, open_store

_scratch = ""
if worker := os.environ.get("PYTEST_XDIST_WORKER"):
    # Each parallel worker, and every program it starts, gets a temporary folder of its
    # own: tests that look for scratch files left behind (workbench-read-*, *.partial)
    # must not see another worker's files that are still in use.
    _scratch = tempfile.mkdtemp(prefix=f"workbench-tests-{worker}-")
    os.environ["TMPDIR"] = _scratch
    tempfile.tempdir = None


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("workbench")
    group.addoption(
        "--alone",
        action="store_true",
        help="run only the tests marked alone (they time the window: no other test "
        "process may share the cores meanwhile)",
    )
    group.addoption("--without-alone", action="store_true", help="leave out the tests marked alone")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """``make test`` runs the suite on every core ``--without-alone``, then ``--alone``."""
    only, without = config.getoption("alone"), config.getoption("without_alone")
    if not (only or without):
        return
    keep = [item for item in items if (item.get_closest_marker("alone") is not None) == only]
    dropped = [item for item in items if item not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


#: The date every sample portfolio in the tests is anchored to, so they are reproducible.
AS_OF = date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's database, settings or logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """A test that puts the process in Spanish (``--lang es``, the Language menu) leaves
    it in English again: translators and the default locale belong to the process, and
    the tests that run after it in the same worker expect English."""
    from PySide6.QtCore import QCoreApplication, QLocale

    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    if app is None:
        return
    from PySide6.QtCore import QTranslator

    from workbench.cli import common

    if len(common._TRANSLATION) > 1:
        common.use_language("en")
    for translator in app.findChildren(QTranslator):
        if translator.language() and not translator.language().startswith("en"):
            app.removeTranslator(translator)
    if QLocale() != locale:
        QLocale.setDefault(locale)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def sample_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sample portfolio per test run; tests get copies of it."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    opened = open_store(path)
    with opened.engine.begin() as connection:
        generate_sample_portfolio(connection, accounts=40, seed=1, as_of=AS_OF)
    opened.close()
    return path


@pytest.fixture
def sample_db_path(sample_db_template: Path, tmp_path: Path) -> Path:
    from workbench.store.migrate import backup_file

    return backup_file(sample_db_template, tmp_path / "sample.sqlite")


@pytest.fixture(scope="session")
def sample_archive_template(
    sample_db_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The sample portfolio's archive, written once per test run; tests get copies of it."""
    from workbench.services.archive import write_archive

    return write_archive(sample_db_template, tmp_path_factory.mktemp("archive") / "sample.zip").path


@pytest.fixture
def sample_archive(sample_archive_template: Path, tmp_path: Path) -> Path:
    """A copy of the sample portfolio's archive (what ``sample_db_path`` holds), to restore."""
    return Path(shutil.copy(sample_archive_template, tmp_path / "sample.zip"))


@pytest.fixture
def sample_store(sample_db_path: Path) -> Iterator[Store]:
    opened = open_store(sample_db_path)
    yield opened
    opened.close()


def pytest_sessionfinish(session: pytest.Session) -> None:
    if worker and _scratch:
        # What multiprocessing does as the interpreter exits, done first: the fork server
        # of tests/forked.py keeps its socket in a folder of the scratch one, and
        # would fail to remove it once the scratch folder is gone.
        import multiprocessing.util

        multiprocessing.util._exit_function()
        shutil.rmtree(_scratch, ignore_errors=True)
