"""The interface ships in English and Spanish; every string in the code is translated."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from tests.ui.fakes import FakeDialogs
from workbench.locations import resources_dir
from workbench.ui.main_window import MainWindow

TRANSLATIONS = resources_dir() / "translations"


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def test_every_string_in_the_code_has_a_spanish_translation(tmp_path: Path) -> None:
    ts = tmp_path / "workbench_es.ts"
    shutil.copy(TRANSLATIONS / "workbench_es.ts", ts)
    sources = sorted(str(p) for p in Path("workbench").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run `make translations` and translate the new strings"
    assert "<source>" in text


def test_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    qm = tmp_path / "workbench_es.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TRANSLATIONS / "workbench_es.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == (TRANSLATIONS / "workbench_es.qm").read_bytes(), (
        "run `make translations`"
    )


def test_the_window_speaks_spanish_when_chosen(
    make_window: Callable[[Path], MainWindow], db_path: Path, settings: QSettings
) -> None:
    settings.setValue("ui/language", "es")
    try:
        window = make_window(db_path)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles == ["Cartera", "Calendario", "Propuestas", "Incidencias", "Panel"]
        assert (
            window.findChild(QPushButton, "loadSampleButton").text() == "Cargar cartera de ejemplo"
        )
        assert window.findChild(QLabel, "databasePath").text().startswith("Base de datos: ")
        translated = QCoreApplication.translate("validation", "Must be between {low} and {high}.")
        assert translated.format(low=0, high=10) == "Debe estar entre 0 y 10."
    finally:
        settings.setValue("ui/language", "en")
        make_window(db_path)  # reinstalls English for the tests that follow


def test_choosing_a_language_is_remembered_for_the_next_start(
    make_window: Callable[[Path], MainWindow],
    db_path: Path,
    settings: QSettings,
    dialogs: FakeDialogs,
) -> None:
    window = make_window(db_path)
    menu = window.findChild(QMenu, "languageMenu")
    spanish = next(action for action in menu.actions() if action.text() == "Español")
    spanish.trigger()
    assert settings.value("ui/language") == "es"
    assert "Español" in dialogs.messages[-1][2]
    settings.setValue("ui/language", "en")


def test_every_domain_value_has_a_label() -> None:
    import enum

    from workbench.domain import enums
    from workbench.domain.enum_names import ENUM_NAMES

    unlabelled = [
        f"{kind.__name__}.{member.name}"
        for kind in vars(enums).values()
        if isinstance(kind, type)
        and issubclass(kind, enum.Enum)
        and kind.__module__ == enums.__name__
        for member in kind
        if (kind, member.value) not in ENUM_NAMES
    ]
    assert not unlabelled, "add them to workbench/ui/common/enum_labels.py"


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate cannot read f-strings: a tr() inside one is never offered for translation."""
    import re

    hidden = re.compile(r"""f(["']).*?\{[^}]*\.tr\(""")
    offenders = [
        f"{path}:{number}"
        for path in sorted(Path("workbench").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert not offenders


def test_tr_is_only_called_on_self() -> None:
    """``other.tr("…")`` translates in *other*'s class at run time but lupdate files the text
    under the variable's name, so it is never translated: use QCoreApplication.translate."""
    import re

    elsewhere = re.compile(r"\b(?!self\b)[a-z_][a-z0-9_]*\.tr\(")
    offenders = [
        f"{path}:{number}"
        for path in sorted(Path("workbench").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if elsewhere.search(line)
    ]
    assert not offenders


def test_domain_values_in_a_problem_are_named_in_the_interface_language(
    qapp,
    settings: QSettings,  # type: ignore[no-untyped-def]
) -> None:
    from workbench.domain.enums import IncidentStatus
    from workbench.domain.incidents import transition_problems
    from workbench.ui.common.problems import problem_text
    from workbench.ui.language import install_language

    (problem,) = transition_problems(IncidentStatus.ACKNOWLEDGED, IncidentStatus.ACKNOWLEDGED)
    assert problem.text() == "The incident is already acknowledged."
    install_language(qapp, "es")
    try:
        assert problem_text(problem) == "La incidencia ya está en estado reconocida."
    finally:
        install_language(qapp, "en")


def test_translation_contexts_are_literals_lupdate_can_read() -> None:
    """lupdate files a string under the context it reads in the call; a variable context
    (or a home-made ``tr()`` helper) files it under none, and the Spanish never shows."""
    bad = []
    for path in sorted(Path("workbench").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for pattern in (
            r"(?<!def )QT_TRANSLATE_NOOP\(\s*[A-Za-z_]",
            r"translate\(\s*[A-Za-z_][\w.]*\s*,\s*\"",
            r"^\s*def tr\(",
        ):
            bad += [f"{path}: {m.group(0).strip()}" for m in re.finditer(pattern, text, re.M)]
    assert bad == []
