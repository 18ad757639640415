"""File → Import data… and File → Undo last import…, as a user drives them."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu
from sqlalchemy import func, select

from tests.dumps import dump
from tests.ui.fakes import FakeDialogs
from workbench.services.import_plan import Action
from workbench.store.database import Store
from workbench.store.models import Account, Contact, Opportunity
from workbench.ui.data_import import dialog as import_dialog
from workbench.ui.data_import.dialog import COLUMNS, FILE, PREVIEW, ImportDialog
from workbench.ui.data_import.models import CHOICES_ROLE, MappingModel, PreviewModel
from workbench.ui.main_window import MainWindow

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "csv"
#: Tables an import or its undo keeps its own books in.
IMPORT_BOOKS = ("import_runs", "import_changes")


def corpus(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"the CSV corpus is not at {CORPUS}")
    return path


def _store(window: MainWindow) -> Store:
    store = window.context.workspace.store
    assert store is not None
    return store


def _count(window: MainWindow, model: type) -> int:
    with _store(window).session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _open(window: MainWindow, dialogs: FakeDialogs, path: Path) -> ImportDialog:
    dialogs.files.append(path)
    dialog = window.import_data()
    assert dialog is not None
    assert dialog.step() == FILE and dialog.read is not None, dialog.file_page.problem.text()
    return dialog


def _to_preview(dialog: ImportDialog) -> None:
    dialog.next_button.click()
    assert dialog.step() == COLUMNS
    dialog.next_button.click()
    assert dialog.step() == PREVIEW, dialog.mapping_page.problem.text()


def _map(model: MappingModel, header: str, key: str) -> None:
    row = model.headers().index(header)
    assert model.setData(model.index(row, MappingModel.FIELD), key)


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


def _dump_without_books(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    return {table: rows for table, rows in dump(path).items() if table not in IMPORT_BOOKS}


@pytest.fixture
def opportunities_with_problems(sample_db_path: Path, tmp_path: Path) -> Path:
    """Opportunities of a sample account: one probably stored already, one new, and four
    refused (a bad date, a negative amount, no name, an unknown account)."""
    import sqlite3

    with sqlite3.connect(sample_db_path) as db:
        account, existing = db.execute(
            "SELECT a.name, o.name FROM opportunities o JOIN accounts a ON a.id = o.account_id "
            "ORDER BY o.id LIMIT 1"
        ).fetchone()
    return _write_csv(
        tmp_path / "deals.csv",
        [
            ["Account", "Name", "Amount", "Expected close"],
            [account, existing, "1000", "2027-01-31"],
            [account, "Brand new deal", "5000", "2027-02-15"],
            [account, "Deal with a bad date", "100", "2027-31-31"],
            [account, "Deal with a negative amount", "-50", "2027-03-01"],
            [account, "", "200", "2027-03-01"],
            ["Nobody At All S.L.", "Deal of nobody", "10", "2027-03-01"],
        ],
    )


# --- the models ---------------------------------------------------------------------------------
def test_mapping_and_preview_models_pass_the_model_tester(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    opportunities_with_problems: Path,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(sample_db_path)
    dialog = _open(window, dialogs, opportunities_with_problems)
    assert dialog.file_page.chosen_kind() == "opportunities"  # its columns say so
    assert "named like fields" in dialog.file_page.layout_label.text()
    qtmodeltester.check(dialog.file_page.rows_model)
    mapping = dialog.mapping_page.model
    assert mapping.mapping() == {
        "Account": "account",
        "Name": "name",
        "Amount": "amount",
        "Expected close": "expected_close",
    }
    qtmodeltester.check(mapping)
    _to_preview(dialog)
    preview = dialog.preview_page.model
    assert preview.rowCount() == 6
    qtmodeltester.check(preview)
    dialog.preview_page.only_problems.setChecked(True)
    assert preview.rowCount() == 5  # the refused rows and the probable duplicate
    qtmodeltester.check(preview)


# --- importing ----------------------------------------------------------------------------------
def test_salesforce_accounts_then_their_opportunities_through_the_dialog(
    make_window: Callable[[Path], MainWindow], db_path: Path, dialogs: FakeDialogs, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(db_path)
    dialog = _open(window, dialogs, corpus("salesforce_account_export_dataloader_sample.csv"))
    page = dialog.file_page
    assert page.chosen_kind() == "accounts"
    assert "Salesforce Account" in page.layout_label.text()
    assert "423 rows × 38 columns" in page.detected.text()
    assert "Windows-1252" in page.detected.text()
    _to_preview(dialog)
    assert dialog.preview_page.counts.text() == "423 new, 0 to update, 0 skipped, 0 refused"
    with qtbot.waitSignal(window.context.events.sig_data_changed) as changed:
        dialog.import_button.click()
    assert changed.args[0].touches("accounts")
    assert _count(window, Account) == 423
    kind, _title, text = dialogs.messages[-1]
    assert kind == "info" and "423 created" in text

    dialog = _open(window, dialogs, corpus("salesforce_opportunity_export_dataloader_sample.csv"))
    assert "Salesforce Opportunity" in dialog.file_page.layout_label.text()
    assert dialog.file_page.chosen_kind() == "opportunities"
    _to_preview(dialog)
    assert dialog.preview_page.counts.text().startswith("38 new")
    with qtbot.waitSignal(window.context.events.sig_data_changed):
        dialog.import_button.click()
    rows = list(
        csv.DictReader(corpus("salesforce_opportunity_export_dataloader_sample.csv").open())
    )
    with _store(window).session() as session:
        linked = dict(
            session.execute(
                select(Opportunity.external_id, Account.external_id).join(
                    Account, Account.id == Opportunity.account_id
                )
            ).all()
        )
    assert len(linked) == 38
    for row in rows:
        assert linked[row["ID"]][:15] == row["ACCOUNTID"][:15]


def test_refused_rows_are_shown_and_reported_and_only_accepted_rows_are_stored(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    opportunities_with_problems: Path,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    before = dump(sample_db_path)
    opportunities = _count(window, Opportunity)
    dialog = _open(window, dialogs, opportunities_with_problems)
    dialog.file_page.kind.setCurrentIndex(dialog.file_page.kind.findData("opportunities"))
    _to_preview(dialog)
    preview = dialog.preview_page
    assert preview.counts.text() == "1 new, 1 to update, 0 skipped, 4 refused"
    assert not preview.hint.isHidden() and "probably already stored" in preview.hint.text()
    preview.only_problems.setChecked(True)
    model = preview.model
    problems = {
        model.index(row, PreviewModel.ROW).data(): model.index(row, model.problems_column).data()
        for row in range(model.rowCount())
    }
    actions = [model.index(row, PreviewModel.ACTION).data() for row in range(model.rowCount())]
    assert actions == ["Update ▾"] + ["Refused"] * 4
    assert "“2027-31-31” is not a date" in problems["3"]
    assert "cannot be negative (-50)" in problems["4"]
    assert "empty, and every row needs one" in problems["5"]
    assert "Nobody At All S.L." in problems["6"]

    report = tmp_path / "report.csv"
    dialogs.files.append(report)
    preview.report_button.click()
    lines = list(csv.DictReader(report.open(encoding="utf-8-sig")))
    refused = {line["row"] for line in lines if line["refused"] == "1"}
    assert refused == {"3", "4", "5", "6"}
    assert any("not a date" in line["problem"] for line in lines)
    assert dump(sample_db_path) == before  # nothing written before Import

    dialog.import_button.click()
    assert _count(window, Opportunity) == opportunities + 1
    with _store(window).session() as session:
        names = set(session.scalars(select(Opportunity.name)))
    assert "Brand new deal" in names
    assert not names & {"Deal with a bad date", "Deal with a negative amount", "Deal of nobody"}


def test_the_user_chooses_what_a_probable_duplicate_becomes(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    opportunities_with_problems: Path,
) -> None:
    window = make_window(sample_db_path)
    opportunities = _count(window, Opportunity)
    dialog = _open(window, dialogs, opportunities_with_problems)
    dialog.file_page.kind.setCurrentIndex(dialog.file_page.kind.findData("opportunities"))
    _to_preview(dialog)
    model = dialog.preview_page.model
    duplicate = model.index(0, PreviewModel.ACTION)
    assert duplicate.data() == "Update ▾" and duplicate.flags() & Qt.ItemFlag.ItemIsEditable
    assert [value for value, _label in duplicate.data(CHOICES_ROLE)] == ["merge", "skip", "create"]
    assert "probably already stored (the same name)" in duplicate.data(Qt.ItemDataRole.ToolTipRole)
    new = model.index(1, PreviewModel.ACTION)
    assert not new.flags() & Qt.ItemFlag.ItemIsEditable and not model.setData(new, "skip")

    assert model.setData(duplicate, Action.CREATE.value)
    assert dialog.plan is not None and dialog.plan.rows[0].action == Action.CREATE
    assert dialog.preview_page.counts.text() == "2 new, 0 to update, 0 skipped, 4 refused"
    dialog.import_button.click()
    assert _count(window, Opportunity) == opportunities + 2


def test_a_mapping_chosen_once_is_offered_again_for_a_file_with_the_same_headers(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    settings: QSettings,
) -> None:
    window = make_window(sample_db_path)
    source = corpus("escaped_double_quotes.csv")
    dialog = _open(window, dialogs, source)
    assert "Not recognised" in dialog.file_page.layout_label.text()
    dialog.next_button.click()
    assert dialog.mapping_page.model.mapping() == {}
    assert "every row needs it" in dialog.mapping_page.problem.text()
    assert not dialog.next_button.isEnabled()
    _map(dialog.mapping_page.model, "column1", "name")
    assert dialog.mapping_page.problem.isHidden() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.step() == PREVIEW
    assert any(key.startswith("import/mappings/") for key in settings.allKeys())
    dialog.reject()

    again = _open(window, dialogs, source)
    assert again.file_page.chosen_kind() == "accounts"
    assert "as you chose them" in again.file_page.layout_label.text()
    assert again.mapping_page.model.mapping() == {"column1": "name"}


def test_the_mapping_refuses_two_columns_for_one_field_and_a_missing_account(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, dialogs: FakeDialogs
) -> None:
    window = make_window(sample_db_path)
    dialog = _open(window, dialogs, corpus("hubspot_ticket_fivetran_seed.csv"))
    assert dialog.file_page.chosen_kind() == "incidents"
    assert "HubSpot tickets" in dialog.file_page.layout_label.text()
    dialog.next_button.click()
    page = dialog.mapping_page
    # The tickets have ids: stored ones could be updated, so this is a hint, not a stop.
    assert "No column for Account" in page.problem.text()
    assert "only rows whose id is already stored" in page.problem.text()
    _map(page.model, "id", "")
    assert "account for every row" in page.problem.text()
    dialog.go_next()
    assert dialog.step() == COLUMNS
    _map(page.model, "id", "external_id")

    _map(page.model, "property_hs_pipeline", "title")
    assert "more than one column (property_hs_pipeline, property_subject)" in page.problem.text()
    twice = page.model.index(page.model.headers().index("property_subject"), MappingModel.FIELD)
    assert twice.data(Qt.ItemDataRole.ToolTipRole)
    _map(page.model, "property_hs_pipeline", "")
    page.account.setCurrentIndex(1)
    assert page.problem.isHidden()
    dialog.next_button.click()
    assert dialog.step() == PREVIEW
    assert dialog.plan is not None
    assert dialog.plan.options.account_for_all == page.account.currentData()
    assert len(dialog.plan.rows) == 24 and dialog.plan.count(Action.CREATE) == 23
    assert not any("account" in note.template for row in dialog.plan.rows for note in row.notes)


def test_an_unreadable_file_is_explained_in_the_dialog_and_another_encoding_reads_it(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    before = dump(sample_db_path)
    source = corpus("fr_excel_semicolon_latin1_crlf_decimal_comma.csv")
    dialog = _open(window, dialogs, source)
    page = dialog.file_page
    assert "semicolon" in page.detected.text() and "Windows (CRLF)" in page.detected.text()
    assert page.rows_model.headerData(3, Qt.Orientation.Horizontal) == "Année"

    page.encoding.setCurrentIndex(page.encoding.findData("utf-8-sig"))
    page.sig_read_options_changed.emit()
    assert dialog.read is None and not dialog.next_button.isEnabled()
    assert (
        "not in utf-8-sig" in page.problem.text() and "Nothing was imported" in page.problem.text()
    )
    assert page.rows_model.rowCount() == 0

    page.encoding.setCurrentIndex(page.encoding.findData("latin-1"))
    page.sig_read_options_changed.emit()
    assert dialog.read is not None and page.problem.isHidden() and dialog.next_button.isEnabled()
    assert page.rows_model.headerData(3, Qt.Orientation.Horizontal) == "Année"

    binary = tmp_path / "picture.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    dialogs.files.append(binary)
    assert dialog.choose_file()
    assert dialog.read is None and "binary data" in page.problem.text()
    assert dump(sample_db_path) == before


# --- cancel and undo ----------------------------------------------------------------------------
def test_cancelling_the_write_leaves_the_database_exactly_as_before(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(sample_db_path)
    many = _write_csv(
        tmp_path / "many.csv",
        [["Name", "Country"], *([f"Imported account {n}", "PT"] for n in range(2_500))],
    )
    dialog = _open(window, dialogs, many)
    _to_preview(dialog)
    before = dump(sample_db_path)
    real_write = import_dialog.apply_plan

    def cancelled_at_first_progress(session, plan, progress):  # type: ignore[no-untyped-def]
        progress.cancel()  # as the Cancel button does: the first batch is written, then stop
        return real_write(session, plan, progress)

    monkeypatch.setattr(import_dialog, "apply_plan", cancelled_at_first_progress)
    dialog.import_button.click()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "info" and "cancelled" in text and "as it was" in text
    assert dump(sample_db_path) == before
    assert dialog.step() == PREVIEW and dialog.import_button.isEnabled()


def test_undo_last_import_deletes_what_it_created_and_restores_what_it_updated(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(sample_db_path)
    menu = window.findChild(QMenu, "fileMenu")
    names = [action.objectName() for action in menu.actions()]
    assert names.index("importDataAction") < names.index("exportDataAction")
    assert "undoImportAction" in names
    dialogs.messages.clear()
    window.undo_last_import()
    assert dialogs.messages[-1][2] == "There is no import to undo."

    with _store(window).session() as session:
        existing = session.scalars(select(Account.name).order_by(Account.id)).first()
    before = _dump_without_books(sample_db_path)
    source = _write_csv(
        tmp_path / "accounts.csv",
        [
            ["Name", "Website", "Country"],
            [existing, "https://changed.example", "ES"],
            ["Brand New Holdings", "https://brand-new.example", "GB"],
        ],
    )
    dialog = _open(window, dialogs, source)
    _to_preview(dialog)
    assert dialog.preview_page.counts.text() == "1 new, 1 to update, 0 skipped, 0 refused"
    dialog.import_button.click()
    assert _dump_without_books(sample_db_path) != before

    dialogs.confirm_answers.append(True)
    with qtbot.waitSignal(window.context.events.sig_data_changed):
        window.undo_import_action.trigger()
    confirm = next(text for kind, _t, text in dialogs.messages if kind == "confirm")
    assert "accounts.csv" in confirm and "Records it created, to be deleted: 1" in confirm
    assert "Records it updated, to get their previous values back: 1" in confirm
    assert dialogs.messages[-1][2] == "The last import is undone."
    assert _dump_without_books(sample_db_path) == before


def test_undo_is_refused_when_a_contact_was_added_to_an_imported_account(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    source = _write_csv(tmp_path / "new.csv", [["Name"], ["Brand New Holdings"]])
    dialog = _open(window, dialogs, source)
    _to_preview(dialog)
    dialog.import_button.click()
    with _store(window).transaction() as session:
        account = session.scalars(select(Account).where(Account.name == "Brand New Holdings")).one()
        session.add(Contact(account_id=account.id, first_name="Ana", last_name="Ruiz"))
    before = dump(sample_db_path)

    dialogs.confirm_answers.append(True)
    window.undo_last_import()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "warning" and "undoing it would delete them too" in text
    assert "Nothing was changed" in text
    assert dump(sample_db_path) == before


def test_declining_the_confirmation_undoes_nothing(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window = make_window(sample_db_path)
    dialog = _open(window, dialogs, _write_csv(tmp_path / "one.csv", [["Name"], ["Solo S.A."]]))
    _to_preview(dialog)
    dialog.import_button.click()
    after_import = dump(sample_db_path)
    dialogs.confirm_answers.append(False)
    window.undo_last_import()
    assert dump(sample_db_path) == after_import
    assert dialogs.messages[-1][0] == "confirm"


def test_an_excel_workbook_is_read_without_encoding_or_delimiter(
    make_window: Callable[[Path], MainWindow],
    sample_db_path: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "Country", "Website"])
    sheet.append(["Hojas de Cálculo S.L.", "España", "https://hojas.example"])
    workbook.save(tmp_path / "accounts.xlsx")
    window = make_window(sample_db_path)
    accounts = _count(window, Account)
    dialog = _open(window, dialogs, tmp_path / "accounts.xlsx")
    page = dialog.file_page
    assert page.detected.text().startswith("Excel workbook, 1 rows × 3 columns")
    assert not page.encoding.isEnabled() and not page.delimiter.isEnabled()
    assert page.chosen_kind() == "accounts"
    _to_preview(dialog)
    dialog.import_button.click()
    assert _count(window, Account) == accounts + 1
