"""iCalendar from the window: import a file (in the background, with progress and
cancel, asking for the account when the attendees do not tell) and export meetings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from workbench.io.atomic import write_atomically
from workbench.io.ics_events import IcsRefused, read_ics
from workbench.services.accounts import account_choices
from workbench.services.calendar_export import export_meetings
from workbench.services.calendar_import import CHANGES, ImportReport, import_ics, match_accounts
from workbench.services.progress import Progress
from workbench.ui.common.failures import failure_text
from workbench.ui.common.problems import problem_text
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.dialogs import file_stem
from workbench.ui.operations import Operations

#: Larger files are refused before reading: no calendar export of meetings is this big.
MAX_ICS_BYTES = 50 * 1024 * 1024


class IcsActions(QObject):
    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self.zone = context.clock.zone.key
        self.run = ProgressRun(context, parent_widget)
        self.last_report: ImportReport | None = None

    # --- import ----------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        dialogs = self.context.dialogs
        store = self.context.workspace.store
        if store is None:
            return
        path = path or dialogs.choose_open_file(
            self.tr("Import meetings"), Path.home(), self.tr("iCalendar files (*.ics)")
        )
        if path is None:
            return
        title = self.tr("Import meetings")
        try:
            if path.stat().st_size > MAX_ICS_BYTES:
                dialogs.warn(
                    title,
                    self.tr("{name} is too large for a calendar file.").format(name=path.name),
                )
                return
            data = path.read_bytes()
            calendar = read_ics(data, default_zone=self.zone)
        except OSError as error:
            dialogs.error(
                title,
                self.tr("{name} cannot be read: {error}").format(
                    name=path.name, error=error.strerror
                ),
            )
            return
        except IcsRefused as refused:
            dialogs.warn(
                title,
                self.tr("{name} was not imported: {reason}").format(
                    name=path.name, reason=problem_text(refused.problem)
                ),
            )
            return
        account_id = None
        matched = match_accounts(store, calendar)
        if any(found is None for found in matched.values()):
            accounts = Operations(self.context).read_now(account_choices) or []
            unmatched = sum(1 for found in matched.values() if found is None)
            picked = dialogs.choose_item(
                title,
                self.tr(
                    "%n meeting(s) in {name} could not be matched to an account by the "
                    "attendees' e-mail addresses. Which account are they with?",
                    "",
                    unmatched,
                ).format(name=path.name),
                [name for _id, name in accounts],
            )
            if picked is None:
                return
            account_id = accounts[picked][0]
        self._start_import(data, path.name, account_id)

    def _start_import(self, data: bytes, name: str, account_id: int | None) -> None:
        store = self.context.workspace.store
        assert store is not None
        zone = self.zone

        def work(progress: Progress) -> ImportReport:
            return import_ics(
                store, data, default_zone=zone, account_id=account_id, progress=progress
            )

        self._name = name
        self.run.start(
            self.tr("Import meetings"),
            self.tr("Importing {name}…").format(name=name),
            work,
            on_finished=self._imported,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
        )

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        self.context.events.sig_data_changed.emit(CHANGES)
        lines = [
            self.tr("{created} meetings added, {updated} updated, {skipped} skipped.").format(
                created=report.created, updated=report.updated, skipped=report.skipped
            )
        ]
        lines += [problem_text(p) for p in report.zones + report.notes]
        if report.unknown_addresses:
            lines.append(
                self.tr("Not in your contacts (not stored): {addresses}").format(
                    addresses=", ".join(report.unknown_addresses[:10])
                    + ("…" if len(report.unknown_addresses) > 10 else "")
                )
            )
        self.context.dialogs.inform(
            self.tr("{name} imported").format(name=self._name), "\n".join(lines)
        )

    def _failed(self, error: Exception) -> None:
        reason = (
            problem_text(error.problem) if isinstance(error, IcsRefused) else failure_text(error)
        )
        self.context.dialogs.warn(
            self.tr("Import meetings"),
            self.tr("{name} was not imported: {reason}").format(name=self._name, reason=reason),
        )

    def _cancelled(self) -> None:
        self.context.dialogs.inform(
            self.tr("Import meetings"), self.tr("Cancelled: nothing was written.")
        )

    # --- export ----------------------------------------------------------------------------
    def export(
        self,
        *,
        meeting_ids: list[int] | None = None,
        account_id: int | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        suggested: str = "meetings",
    ) -> None:
        store = self.context.workspace.store
        if store is None:
            return
        dialogs = self.context.dialogs
        path = dialogs.choose_save_file(
            self.tr("Export meetings"),
            Path.home() / f"{file_stem(suggested, 'meetings')}.ics",
            self.tr("iCalendar files (*.ics)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        title = self.tr("Export meetings")

        def work(progress: Progress) -> int:
            exported = export_meetings(
                store, meeting_ids=meeting_ids, account_id=account_id, start=start, end=end
            )
            write_atomically(path, exported.data)
            return exported.meetings

        def written(count: int) -> None:
            dialogs.inform(
                title,
                self.tr("%n meeting(s) written to {name}.", "", count).format(name=path.name),
            )

        def failed(error: Exception) -> None:
            reason = failure_text(error)
            dialogs.error(
                title,
                self.tr("{name} could not be written: {error}").format(
                    name=path.name, error=reason
                ),
            )

        self.context.tasks.run(work, on_finished=written, on_failed=failed)
