"""Every change made from the Portfolio tab, as an undoable command (see ``ui/edits``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workbench.services import account_records as records
from workbench.services import accounts, reassign
from workbench.services.account_records import RecordKind
from workbench.services.changes import ChangeSet
from workbench.ui.edits import StoreEdits

if TYPE_CHECKING:
    from workbench.ui.operations import Session


class PortfolioEdits(StoreEdits):
    """The Portfolio's use cases with undo: accounts and the records of their detail."""

    # --- accounts ----------------------------------------------------------------------
    def create_account(self, draft: accounts.AccountDraft) -> int:
        return self._create(
            QCoreApplication.translate("PortfolioEdits", "Create account {name}").format(
                name=draft.name.strip()
            ),
            lambda s: accounts.create_account(s, draft),
            accounts.delete_account,
            accounts.restore_account,
        )

    def update_account(
        self,
        account_id: int,
        draft: accounts.AccountDraft,
        since: accounts.AccountDraft | None = None,
    ) -> None:
        """Store the form's *draft*: only what changed from *since* (the account as the
        form opened on it), see :func:`accounts.update_account`."""
        # Redo and undo put back exactly what was stored, the dates a status change filled
        # in included, rather than inferring them again from the status.
        self._swap(
            QCoreApplication.translate("PortfolioEdits", "Edit account {name}").format(
                name=draft.name.strip()
            ),
            lambda s: accounts.account_draft(s, account_id),
            lambda s: accounts.update_account(s, account_id, draft, since=since),
            lambda s, kept: accounts.update_account(s, account_id, kept, fill_dates=False),
        )

    def set_archived(self, account_id: int, name: str, archived: bool) -> None:
        text = (
            QCoreApplication.translate("PortfolioEdits", "Archive {name}")
            if archived
            else QCoreApplication.translate("PortfolioEdits", "Restore {name}")
        )
        self._change(
            text.format(name=name),
            lambda s: accounts.set_archived(s, account_id, archived),
            lambda s: accounts.set_archived(s, account_id, not archived)[1],
        )

    def reassign_account(self, account_id: int, name: str, owner_id: int, owner: str) -> None:
        """Hand the account, with its old owner's open action items, to *owner_id*."""
        done: dict[str, reassign.Reassignment] = {}

        def write(session: Session) -> tuple[None, ChangeSet]:
            made, changes = reassign.reassign_account(session, account_id, owner_id)
            done["made"] = made
            return None, changes

        self._change(
            QCoreApplication.translate("PortfolioEdits", "Reassign {name} to {owner}").format(
                name=name, owner=owner
            ),
            write,
            lambda s: reassign.undo_reassignment(s, done["made"]),
            lambda s: reassign.redo_reassignment(s, done["made"]),
        )

    def delete_account(self, account_id: int, name: str) -> None:
        self._delete(
            QCoreApplication.translate("PortfolioEdits", "Delete account {name}").format(name=name),
            lambda s: accounts.delete_account(s, account_id),
            accounts.restore_account,
        )

    # --- records of the detail ----------------------------------------------------------
    def add_record(self, kind: RecordKind, account_id: int, values: dict[str, Any]) -> None:
        title = QCoreApplication.translate("records", kind.title)
        self._create(
            QCoreApplication.translate("PortfolioEdits", "Add to {list}").format(list=title),
            lambda s: records.add_record(s, kind, account_id, values),
            lambda s, record_id: records.delete_record(s, kind, record_id),
            records.restore_records,
        )

    def update_record(
        self, kind: RecordKind, account_id: int, record_id: int, values: dict[str, Any]
    ) -> None:
        title = QCoreApplication.translate("records", kind.title)
        self._swap(
            QCoreApplication.translate("PortfolioEdits", "Edit in {list}").format(list=title),
            lambda s: records.record_values(s, kind, record_id),
            lambda s: records.update_record(s, kind, record_id, values),
            lambda s, kept: records.update_record(s, kind, record_id, kept),
        )

    def delete_record(self, kind: RecordKind, account_id: int, record_id: int) -> None:
        title = QCoreApplication.translate("records", kind.title)
        self._delete(
            QCoreApplication.translate("PortfolioEdits", "Remove from {list}").format(list=title),
            lambda s: records.delete_record(s, kind, record_id),
            records.restore_records,
        )
