"""The settings that change figures, as the window uses them: adopted from an older
version's QSettings when a database opens, changed in the Dashboard's settings as one
undoable change, and the same figures from ``workbench kpi`` on the same database."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from tests.ui.conftest import TEST_CLOCK
from workbench.cli import main
from workbench.cli.kpi import kpi_json
from workbench.domain.enums import ChangeSource, Severity
from workbench.domain.health import DEFAULT_WEIGHTS
from workbench.domain.incidents import DurationUnit, ResponseTime
from workbench.services.settings import Settings, load_settings, save_settings
from workbench.store.database import open_store
from workbench.store.models import Account, FieldChange, Operation
from workbench.ui import preferences
from workbench.ui.dashboard.tab import DashboardTab
from workbench.ui.figure_settings import change_settings, current_settings
from workbench.ui.main_window import MainWindow
from workbench.ui.preferences import (
    RETIRED_CURRENCY,
    RETIRED_QUIET_DAYS,
    RETIRED_RATES,
    RETIRED_TARGET,
    RETIRED_WEIGHTS,
    SETTINGS_OFFSITE_FOLDER,
)


def _dashboard(window: MainWindow) -> DashboardTab:
    page = window.page("dashboardTab")
    assert isinstance(page, DashboardTab)
    window.show()
    window.tabs.setCurrentWidget(page)
    assert page.data is not None
    return page


def _older_versions_settings(settings: QSettings, folder: Path) -> None:
    weights = dict(DEFAULT_WEIGHTS, nps=0, incidents=50)
    settings.setValue(RETIRED_WEIGHTS, json.dumps(weights))
    settings.setValue(RETIRED_QUIET_DAYS, 30)
    settings.setValue(RETIRED_CURRENCY, "USD")
    settings.setValue(RETIRED_RATES, json.dumps({"EUR": "1", "USD": "0.8"}))
    settings.setValue(RETIRED_TARGET.format(severity=1, kind="acknowledge"), "2 hours")
    settings.setValue(SETTINGS_OFFSITE_FOLDER, str(folder))


def test_an_older_versions_settings_move_into_the_first_database_opened(
    make_window: Callable[[Path], MainWindow],
    settings: QSettings,
    sample_db_path: Path,
    tmp_path: Path,
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    _older_versions_settings(settings, drive)
    window = make_window(sample_db_path)
    adopted = current_settings(window.context)
    assert adopted.weights["nps"] == 0 and adopted.weights["incidents"] == 50
    assert adopted.quiet_days == 30
    assert adopted.rates.reporting == "USD" and adopted.rates.rates["USD"] == Decimal("0.8")
    critical = adopted.targets.for_severity(Severity.CRITICAL)
    assert critical.acknowledge == ResponseTime(2, DurationUnit.HOURS)
    assert adopted.offsite_folder == str(drive)
    warning = window.findChild(QLabel, "offsiteBackupWarning")
    assert str(drive) in warning.text()  # type: ignore[union-attr]  # the folder, at once
    assert _dashboard(window).data.kpis.currency == "USD"  # type: ignore[union-attr]
    # Gone from QSettings (the database holds them now): only personal preferences are left,
    # each declared in ui/preferences.
    personal = {
        value
        for name, value in vars(preferences).items()
        if name.startswith("SETTINGS_") and name != "SETTINGS_OFFSITE_FOLDER"
    }
    left = settings.allKeys()
    assert left and all(any(key.startswith(p) for p in personal) for key in left), left
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        sources = session.scalars(
            select(Operation.source)
            .join(FieldChange, FieldChange.operation_id == Operation.id)
            .where(FieldChange.table_name == "settings")
            .distinct()
        ).all()
    assert sources == [ChangeSource.SYSTEM]  # one change, from the system


def test_a_setting_the_database_holds_is_kept_and_the_older_one_left_alone(
    make_window: Callable[[Path], MainWindow], settings: QSettings, sample_db_path: Path
) -> None:
    store = open_store(sample_db_path)
    with store.transaction() as session:
        save_settings(session, Settings().replace(quiet_days=12))
    store.close()
    settings.setValue(RETIRED_QUIET_DAYS, 30)
    settings.setValue(RETIRED_CURRENCY, "GBP")
    window = make_window(sample_db_path)
    found = current_settings(window.context)
    assert found.quiet_days == 12 and found.rates.reporting == "GBP"
    assert settings.value(RETIRED_QUIET_DAYS) is not None  # not copied, so not removed
    assert not settings.contains(RETIRED_CURRENCY)


def test_the_dashboard_settings_are_one_change_that_edit_undo_takes_back(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    tab = _dashboard(window)
    dialog = tab.edit_preferences()
    dialog.quiet.setValue(90)
    dialog.currency.setCurrentText("GBP")
    dialog.try_accept()
    assert current_settings(window.context).quiet_days == 90
    assert tab.data is not None and tab.data.kpis.currency == "GBP"
    undo = window.context.undo_stack
    assert undo.undoText() == "Change the Dashboard settings"
    undo.undo()
    assert current_settings(window.context).quiet_days == Settings().quiet_days
    assert tab.data.kpis.currency == "EUR"  # reloaded from the change's change set
    undo.redo()
    assert current_settings(window.context).rates.reporting == "GBP"


def test_a_refused_rate_in_the_dialog_stores_nothing(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    dialog = _dashboard(window).edit_preferences()
    dialog.rates.item(0, 1).setText("-2")
    dialog.try_accept()
    assert dialog.isVisible() and "must be a number above 0" in dialog.problem.text()
    assert current_settings(window.context) == Settings()
    assert window.context.undo_stack.count() == 0


def test_the_author_setting_changes_who_the_open_database_stamps(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    store = window.context.workspace.store
    assert store is not None
    before = store.author
    change_settings(
        window.context, current_settings(window.context).replace(author="Elena Vidal"), "Author"
    )
    assert store.author == "Elena Vidal"
    window.context.undo_stack.undo()
    assert store.author == before
    store.author = "Someone Else"  # another setting's change leaves the author alone
    change_settings(window.context, current_settings(window.context).replace(quiet_days=9), "Q")
    assert store.author == "Someone Else"


def test_workbench_kpi_gives_the_dashboards_tiles_after_weights_and_rates_change_in_the_window(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = make_window(sample_db_path)
    tab = _dashboard(window)
    dialog = tab.edit_preferences()
    dialog.weights["nps"].setValue(0)
    dialog.weights["incidents"].setValue(70)
    row = next(r for r in range(dialog.rates.rowCount()) if dialog.rates.item(r, 0).text() == "GBP")
    dialog.rates.item(row, 1).setText("1,31")
    dialog.currency.setCurrentText("GBP")
    dialog.try_accept()
    assert tab.data is not None and tab.data.kpis.currency == "GBP"
    tiles = kpi_json(tab.data.kpis)
    period = f"{tab.data.period.year}-Q{tab.data.period.quarter}"
    with window.context.workspace.store.session() as session:  # type: ignore[union-attr]
        assert load_settings(session).rates.rates["GBP"] == Decimal("1.31")
        account = session.scalars(select(Account.name).order_by(Account.id)).first()
    assert account is not None

    as_of = TEST_CLOCK.now().isoformat()
    argv = ["kpi", "--db", str(sample_db_path), "--period", period, "--as-of", as_of, "--json"]
    assert main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == tiles
    assert printed["currency"] == "GBP"

    assert main([*argv, "--account", account]) == 0
    health = json.loads(capsys.readouterr().out)["health"]
    weights = {factor["key"]: factor["weight"] for factor in health["factors"]}
    assert weights["nps"] == 0 and weights["incidents"] == 70
