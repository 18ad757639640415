"""The proposal editor as a user drives it: lines and totals, undo, autosave, versions, recovery."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from sqlalchemy import select

from tests.ui.fakes import FakeDialogs
from workbench.domain.enums import ProposalStatus
from workbench.services import proposals
from workbench.store.models import Account, Proposal, ProposalVersion
from workbench.ui.common.formatting import format_money
from workbench.ui.main_window import MainWindow
from workbench.ui.proposals.tab import ProposalsTab


@pytest.fixture
def window(make_window: Callable[[Path], MainWindow], sample_db_path: Path) -> MainWindow:
    return make_window(sample_db_path)


@pytest.fixture
def tab(window: MainWindow) -> ProposalsTab:
    page = next(p for p in window.pages if p.objectName() == "proposalsTab")
    window.tabs.setCurrentWidget(page)
    assert isinstance(page, ProposalsTab)
    return page


def _draft_id(window: MainWindow) -> int:
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        return (
            session.scalars(
                select(ProposalVersion.proposal_id)
                .where(ProposalVersion.status == ProposalStatus.DRAFT)
                .order_by(ProposalVersion.proposal_id)
            ).first()
            or 0
        )


def _stored(window: MainWindow, proposal_id: int) -> proposals.ProposalState:
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        return proposals.load_proposal(session, proposal_id)


def test_models_pass_the_model_tester(tab: ProposalsTab, window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert tab.list.model.rowCount() > 0
    qtmodeltester.check(tab.list.model)
    tab.editor.open(_draft_id(window))
    qtmodeltester.check(tab.editor.lines.model)
    qtmodeltester.check(tab.editor.plan.model)
    qtmodeltester.check(tab.editor.lines.product_model)


def test_adding_a_line_item_changes_the_total_and_undo_takes_it_back(
    tab: ProposalsTab, window: MainWindow
) -> None:
    editor = tab.editor
    proposal_id = _draft_id(window)
    editor.open(proposal_id)
    before = editor.lines.total.text()
    lines_before = len(editor.content.lines)
    editor.lines.add_free.click()
    model = editor.lines.model
    row = model.rowCount() - 1
    assert model.setData(model.index(row, 0), "Extra training day")
    assert model.setData(model.index(row, 3), "1250.50")  # typed as the (English) locale writes
    assert editor.lines.total.text() != before
    content = editor.content
    assert editor.lines.total.text() == format_money(content.totals().total, content.currency)
    assert editor.save_now()
    stored = _stored(window, proposal_id)
    assert stored.content.lines[-1].description == "Extra training day"
    assert stored.content.lines[-1].unit_price == Decimal("1250.50")
    for _ in range(3):
        editor.undo_stack.undo()
    assert len(editor.content.lines) == lines_before
    assert editor.lines.total.text() == before
    editor.undo_stack.redo()
    assert len(editor.content.lines) == lines_before + 1


def test_an_unreadable_or_refused_value_is_not_saved(tab: ProposalsTab, window: MainWindow) -> None:
    editor = tab.editor
    proposal_id = _draft_id(window)
    editor.open(proposal_id)
    stored = _stored(window, proposal_id).content
    model = editor.lines.model
    assert not model.setData(model.index(0, 1), "twelve")
    assert "twelve" in editor.problems.text()
    assert model.setData(model.index(0, 1), "0")
    assert not editor.save_now()
    assert not editor.problems.isHidden() and "Line 1" in editor.problems.text()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert _stored(window, proposal_id).content == stored


def test_pasted_word_html_is_cleaned_to_the_supported_subset(
    tab: ProposalsTab, window: MainWindow
) -> None:
    editor = tab.editor
    editor.open(_draft_id(window))
    text = editor.sections.editor
    text.clear()
    mime = QMimeData()
    mime.setHtml(
        "<html><head><style>p{color:red}</style></head><body><p class=MsoNormal "
        "style='font-family:Calibri'><span style='font-weight:bold'>Plazo</span> corto</p>"
        "<script>alert(1)</script><table><tr><td>a</td><td>b</td></tr></table></body></html>"
    )
    text.insertFromMimeData(mime)
    editor.sections.commit()
    body = editor.content.sections[0].body_html
    assert "<b>Plazo</b>" in body and "script" not in body and "alert" not in body
    assert "style" not in body and "class" not in body


def test_sending_makes_it_read_only_and_a_change_starts_version_two(
    tab: ProposalsTab, window: MainWindow, dialogs: FakeDialogs
) -> None:
    editor = tab.editor
    proposal_id = _draft_id(window)
    editor.open(proposal_id)
    number = editor.state.version.number
    dialogs.confirm_answers.append(True)
    tab.editor.send_button.click()
    assert editor.state.read_only and editor.state.version.status is ProposalStatus.SENT
    assert not editor.lines.model.flags(editor.lines.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    tab.revise()
    assert editor.state.version.number == number + 1 and not editor.state.read_only
    editor.lines.model.setData(editor.lines.model.index(0, 1), "7")
    assert editor.save_now()
    tab.compare_versions()
    assert tab.compare is not None
    changes = tab.compare.text.toPlainText()
    assert "quantity" in changes and "total" in changes.lower()


def test_a_proposal_over_the_clients_budget_says_by_how_much(
    tab: ProposalsTab, window: MainWindow
) -> None:
    editor = tab.editor
    proposal_id = _draft_id(window)
    editor.open(proposal_id)
    model = editor.lines.model
    model.setData(model.index(0, 1), "100000")
    text = editor.lines.budget_text.text()
    assert "Over budget by" in text or "No budget" in text
    if "Over budget" in text:
        assert editor.lines.reduce_scope.isVisible() or not editor.isVisible()
    editor.lines.sig_justify.emit()
    assert editor.tabs.currentWidget() is editor.roi


def test_creating_a_proposal_from_the_dialog(tab: ProposalsTab, window: MainWindow) -> None:
    tab.list.new_button.click()
    dialog = tab.new_dialog
    assert dialog is not None
    dialog.title.setText("")
    dialog.try_save()
    assert dialog.isVisible() and not dialog.problems.labels["title"].isHidden()
    dialog.title.setText("Expansion to the Lisbon office")
    dialog.try_save()
    assert tab.editor.state is not None
    assert tab.editor.content.title == "Expansion to the Lisbon office"
    assert tab.editor.content.sections  # from the template


def test_an_edit_is_autosaved_and_a_killed_app_comes_back_with_it(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, tmp_path: Path
) -> None:
    store_window = make_window(sample_db_path)
    proposal_id = _draft_id(store_window)
    store_window.context.workspace.close()
    settings_path = tmp_path / "settings.ini"  # the same file the window fixture uses
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.proposals.edit_then_die",
            str(sample_db_path),
            str(settings_path),
            str(proposal_id),
            "Renewal after the crash",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "autosaved"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    window = make_window(sample_db_path)
    tab = next(p for p in window.pages if p.objectName() == "proposalsTab")
    assert isinstance(tab, ProposalsTab)
    assert tab.editor.state is not None and tab.editor.state.proposal_id == proposal_id
    assert tab.editor.content.title == "Renewal after the crash"
    assert not tab.editor.banner.isHidden()
    assert "restored" in tab.editor.banner.text()


def test_a_normal_close_leaves_no_recovery_marker(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path
) -> None:
    window = make_window(sample_db_path)
    tab = next(p for p in window.pages if p.objectName() == "proposalsTab")
    tab.editor.open(_draft_id(window))
    assert window.context.settings.value("proposals/editing")
    window.close()
    assert window.context.settings.value("proposals/editing") is None


def test_spanish_accounts_get_spanish_sections(tab: ProposalsTab, window: MainWindow) -> None:
    store = window.context.workspace.store
    assert store is not None
    with store.session() as session:
        account_id = session.scalars(select(Account.id).where(Account.country == "MX")).first()
    assert account_id is not None
    tab.create_proposal(account_id, "Propuesta 2027")
    assert tab.editor.state.language == "es"
    assert tab.editor.content.sections[0].title == "Resumen ejecutivo"
    with store.session() as session:
        assert session.scalars(select(Proposal).where(Proposal.title == "Propuesta 2027")).one()


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_exporting_from_the_editor_writes_the_file(
    tab: ProposalsTab, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, kind: str
) -> None:
    tab.editor.open(_draft_id(window))
    target = tmp_path / f"offer.{kind}"
    dialogs.files.append(target)
    (tab.editor.pdf_button if kind == "pdf" else tab.editor.docx_button).click()
    assert target.stat().st_size > 1000
    assert dialogs.messages[-1][0] == "info" and target.name in dialogs.messages[-1][2]


def test_the_plan_chart_is_drawn_when_its_page_is_shown(
    tab: ProposalsTab, window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show()
    tab.editor.open(_draft_id(window))
    chart = tab.editor.plan.chart
    assert chart.axes is None  # not shown yet: no Matplotlib canvas made
    tab.editor.tabs.setCurrentWidget(tab.editor.plan)
    qtbot.waitUntil(lambda: chart.axes is not None)
    assert chart.axes.get_title(loc="left").startswith("Implementation plan")
    tab.editor.tabs.setCurrentWidget(tab.editor.roi)
    qtbot.waitUntil(lambda: tab.editor.roi.chart.axes is not None)
    assert tab.editor.roi.chart.axes.get_title(loc="left").startswith("Cash flow")
