"""Every change made from the Portfolio tab, as an undoable command (see ``ui/common/undo``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.services import account_records as records
from workbench.services import accounts
from workbench.services.account_records import RecordKind
from workbench.services.changes import ChangeSet
from workbench.ui.common.undo import StoreEdits


class PortfolioEdits(StoreEdits):
    """The Portfolio's use cases with undo: accounts and the records of their detail."""

    # --- accounts ----------------------------------------------------------------------
    def create_account(self, draft: accounts.AccountDraft) -> int:
        account_id: int = self._apply(lambda s: accounts.create_account(s, draft))
        self._push_created(
            QCoreApplication.translate("PortfolioEdits", "Create account {name}").format(
                name=draft.name.strip()
            ),
            lambda s: accounts.delete_account(s, account_id),
            accounts.restore_account,
            ChangeSet.of("accounts", accounts=(account_id,)),
        )
        return account_id

    def update_account(self, account_id: int, draft: accounts.AccountDraft) -> None:
        before = self._apply(lambda s: accounts.account_draft(s, account_id))
        self._apply(lambda s: accounts.update_account(s, account_id, draft))
        # Redo and undo put back exactly what was stored, the dates a status change filled
        # in included, rather than inferring them again from the status.
        after = self._apply(lambda s: accounts.account_draft(s, account_id))
        self._push(
            QCoreApplication.translate("PortfolioEdits", "Edit account {name}").format(
                name=draft.name.strip()
            ),
            lambda s: accounts.update_account(s, account_id, after, fill_dates=False),
            lambda s: accounts.update_account(s, account_id, before, fill_dates=False),
            ChangeSet.of("accounts", accounts=(account_id,)),
        )

    def set_archived(self, account_id: int, name: str, archived: bool) -> None:
        self._apply(lambda s: accounts.set_archived(s, account_id, archived))
        text = (
            QCoreApplication.translate("PortfolioEdits", "Archive {name}")
            if archived
            else QCoreApplication.translate("PortfolioEdits", "Restore {name}")
        )
        self._push(
            text.format(name=name),
            lambda s: accounts.set_archived(s, account_id, archived),
            lambda s: accounts.set_archived(s, account_id, not archived),
            ChangeSet.of("accounts", accounts=(account_id,)),
        )

    def delete_account(self, account_id: int, name: str) -> None:
        self._push_deleted(
            QCoreApplication.translate("PortfolioEdits", "Delete account {name}").format(name=name),
            self._apply(lambda s: accounts.delete_account(s, account_id)),
            lambda s: accounts.delete_account(s, account_id),
            accounts.restore_account,
            ChangeSet.all(),
        )

    # --- records of the detail ----------------------------------------------------------
    def _record_changes(self, kind: RecordKind, account_id: int) -> ChangeSet:
        return ChangeSet.of(kind.table, accounts=(account_id,))

    def add_record(self, kind: RecordKind, account_id: int, values: dict[str, Any]) -> None:
        record_id: int = self._apply(lambda s: records.add_record(s, kind, account_id, values))
        title = QCoreApplication.translate("records", kind.title)
        self._push_created(
            QCoreApplication.translate("PortfolioEdits", "Add to {list}").format(list=title),
            lambda s: records.delete_record(s, kind, record_id),
            records.restore_records,
            self._record_changes(kind, account_id),
        )

    def update_record(
        self, kind: RecordKind, account_id: int, record_id: int, values: dict[str, Any]
    ) -> None:
        before = self._apply(lambda s: records.record_values(s, kind, record_id))
        self._apply(lambda s: records.update_record(s, kind, record_id, values))
        title = QCoreApplication.translate("records", kind.title)
        self._push(
            QCoreApplication.translate("PortfolioEdits", "Edit in {list}").format(list=title),
            lambda s: records.update_record(s, kind, record_id, values),
            lambda s: records.update_record(s, kind, record_id, before),
            self._record_changes(kind, account_id),
        )

    def delete_record(self, kind: RecordKind, account_id: int, record_id: int) -> None:
        title = QCoreApplication.translate("records", kind.title)
        self._push_deleted(
            QCoreApplication.translate("PortfolioEdits", "Remove from {list}").format(list=title),
            self._apply(lambda s: records.delete_record(s, kind, record_id)),
            lambda s: records.delete_record(s, kind, record_id),
            records.restore_records,
            self._record_changes(kind, account_id),
        )
