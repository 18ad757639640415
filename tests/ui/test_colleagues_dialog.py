"""Edit → Colleagues…: a junior's mentor chosen in the dialog (undoable, refused in a
loop with a message), then shown by the Portfolio's owner filter and the Dashboard by
account manager."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox

from tests.ui.fakes import FakeDialogs
from workbench.services.colleagues import ColleagueRow
from workbench.ui.colleagues_dialog import ColleaguesDialog, ColleaguesModel
from workbench.ui.main_window import MainWindow


def _open(window: MainWindow) -> ColleaguesDialog:
    window.colleagues_action.action.trigger()
    dialog = window.colleagues_action.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _select(dialog: ColleaguesDialog, name: str) -> None:
    dialog.table.selectRow([row.name for row in dialog.model.rows].index(name))


def _mentor_of(dialog: ColleaguesDialog, name: str) -> str:
    row = [row.name for row in dialog.model.rows].index(name)
    return str(dialog.model.index(row, 3).data())


def _owners(window: MainWindow) -> list[str]:
    combo = window.findChild(QComboBox, "ownerFilter")
    assert combo is not None
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_mentor_chosen_in_the_dialog_heads_their_junior_in_the_owner_filter(
    make_window: Callable[[Path], MainWindow], sample_db_path: Path, dialogs: FakeDialogs
) -> None:
    window = make_window(sample_db_path)
    window.resize(1366, 768)
    window.show()
    assert _owners(window)[1:] == ["Elena Vidal", "Marcos Herrera", "Rachel Moore"]
    dialog = _open(window)
    assert _mentor_of(dialog, "Rachel Moore") == "—"

    _select(dialog, "Rachel Moore")
    names = [row.name for row in dialog.model.rows if row.name != "Rachel Moore"]
    dialogs.choices = [1 + names.index("Elena Vidal")]  # after "No mentor"
    dialog.mentor_button.click()
    assert _mentor_of(dialog, "Rachel Moore") == "Elena Vidal"
    assert _owners(window)[1:] == ["Elena Vidal + 1 junior", "    ↳ Rachel Moore", "Marcos Herrera"]

    # Choosing Elena shows her accounts and Rachel's; Rachel, hers alone.
    page = window.page("portfolioTab")
    view = page.view  # type: ignore[union-attr]
    combo = window.findChild(QComboBox, "ownerFilter")
    combo.setCurrentIndex(1)
    owners = {view.model.row_at(r).owner for r in range(view.model.rowCount())}
    assert owners == {"Elena Vidal", "Rachel Moore"}
    combo.setCurrentIndex(2)
    assert {view.model.row_at(r).owner for r in range(view.model.rowCount())} == {"Rachel Moore"}

    # Elena may not be mentored by her own junior: said, nothing changed.
    _select(dialog, "Elena Vidal")
    names = [row.name for row in dialog.model.rows if row.name != "Elena Vidal"]
    dialogs.choices = [1 + names.index("Rachel Moore")]
    dialog.mentor_button.click()
    assert dialogs.messages[-1] == (
        "error",
        "Mentor of Elena Vidal",
        "Elena Vidal cannot be mentored by one of their own juniors.",
    )
    assert _mentor_of(dialog, "Elena Vidal") == "—"

    # Undone from the window's Edit menu: no mentor again, everywhere.
    window.undo_action.trigger()
    assert _mentor_of(dialog, "Rachel Moore") == "—"
    assert _owners(window)[1:] == ["Elena Vidal", "Marcos Herrera", "Rachel Moore"]
    window.redo_action.trigger()
    assert _mentor_of(dialog, "Rachel Moore") == "Elena Vidal"
    dialog.grab().save(str(sample_db_path.parent / "colleagues.png"))


def test_the_colleagues_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from workbench.domain.enums import Team

    model = ColleaguesModel()
    model.show(
        [
            ColleagueRow(1, "Elena Vidal", Team.ACCOUNT_MANAGEMENT, "e@x.es", True, None, None, 3),
            ColleagueRow(2, "Rachel Moore", Team.ACCOUNT_MANAGEMENT, None, False, 1, "Elena", 0),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(1, c).data() for c in range(5)] == [
        "Rachel Moore",
        "Account management",
        "—",
        "Elena",
        "0",
    ]
