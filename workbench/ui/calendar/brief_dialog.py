"""The meeting prep brief on screen, ready to save as PDF or print.

:func:`show_prep_brief` is the one entry point: it gathers the brief in the
background (a big database takes a moment) and opens :class:`BriefDialog` with it.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import datetime
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.services.prep_brief import PrepBrief, load_prep_brief
from workbench.services.progress import Progress
from workbench.store.database import Store
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.failures import failure_text
from workbench.ui.common.formatting import (
    format_date,
    format_growth,
    format_money,
    format_percent,
    format_span,
)
from workbench.ui.common.health_labels import band_label, factor_reason
from workbench.ui.context import AppContext
from workbench.ui.reports.brief_html import BriefFormat, BriefLabels, brief_html
from workbench.ui.reports.pdf import a4_layout, paint_pages, write_pdf


def brief_labels() -> BriefLabels:
    """The brief's words in the interface language."""
    return BriefLabels().translated(QCoreApplication.translate)


def brief_format(locale: QLocale | None = None, zone: ZoneInfo | None = None) -> BriefFormat:
    """The brief's numbers and dates as the interface locale writes them.

    *zone* is the user's own (the clock's); ``None`` means the computer's.
    """
    return BriefFormat(
        money=partial(format_money, locale=locale),
        percent=partial(format_percent, locale=locale),
        growth=partial(format_growth, locale=locale),
        day=partial(format_date, locale=locale),
        span=partial(_span, locale=locale, own_zone=zone),
        enum=enum_label,
        band=band_label,
        reason=factor_reason,
    )


def _span(
    start: datetime,
    end: datetime,
    zone: str | None,
    *,
    locale: QLocale | None,
    own_zone: ZoneInfo | None,
) -> str:
    if zone is None and own_zone is not None:
        zone = own_zone.key
    return format_span(start, end, zone, locale)


def printing_available() -> bool:
    """Whether this Qt build has print support (PySide6-Essentials 6.11 does)."""
    return importlib.util.find_spec("PySide6.QtPrintSupport") is not None


class BriefDialog(QDialog):
    """A read-only preview of the brief with "Save as PDF…", "Print…" and "Close"."""

    def __init__(
        self, context: AppContext, brief: PrepBrief, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prepBriefDialog")
        self.context = context
        self.brief = brief
        self.html = brief_html(brief, brief_labels(), brief_format(zone=context.clock.zone))
        self.setWindowTitle(self.title())

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("prepBrief")
        self.preview.setOpenExternalLinks(True)
        self.preview.setHtml(self.html)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("saveBriefPdf")
        self.save_button.clicked.connect(self.save_pdf)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button: QPushButton | None = None
        if printing_available():
            self.print_button = QPushButton(self.tr("Print…"), self)
            self.print_button.setObjectName("printBrief")
            self.print_button.clicked.connect(self.print_brief)
            buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self._size_to_screen()

    def title(self) -> str:
        return self.tr("Prep brief — {account}").format(account=self.brief.account_name)

    def footer(self) -> str:
        meeting = self.brief.meeting
        return " · ".join(
            (
                self.brief.account_name,
                meeting.title,
                format_span(meeting.starts_at, meeting.ends_at, self.context.clock.zone.key),
            )
        )

    def _size_to_screen(self) -> None:
        """About an A4 page wide, most of the screen high."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(
            min(self.logicalDpiX() * 9, int(available.width() * 0.9)),
            int(available.height() * 0.85),
        )

    def suggested_path(self) -> Path:
        day = self.brief.meeting.starts_at.astimezone(self.context.clock.zone).date().isoformat()
        name = re.sub(r'[\\/:*?"<>|]+', " ", f"{self.brief.account_name} {day}").strip()
        return Path.home() / self.tr("Prep brief {name}.pdf").format(name=name)

    def save_pdf(self) -> Path | None:
        """Ask where, then write the PDF; the path written, or ``None``."""
        target = self.context.dialogs.choose_save_file(
            self.tr("Save prep brief as PDF"), self.suggested_path(), self.tr("PDF (*.pdf)")
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_pdf(self.html, target, title=self.title(), footer=self.footer())
        except OSError as error:
            self.context.dialogs.error(self.tr("Could not save the brief"), str(error))
            return None
        return target

    def print_brief(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title())
        printer.setPageLayout(a4_layout())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            paint_pages(self.html, printer, footer=self.footer())
        except OSError as error:
            self.context.dialogs.error(self.tr("Could not print the brief"), str(error))


def _load(
    store: Store,
    meeting_id: int,
    occurrence_start: datetime | None,
    as_of: datetime,
    progress: Progress,
) -> PrepBrief:
    return load_prep_brief(
        store,
        meeting_id,
        as_of=as_of,
        occurrence_start=occurrence_start,
        progress=progress,
    )


class BriefRequest(QObject):
    """One click on "Prep brief": loads in the background, then opens the dialog."""

    sig_opened = Signal(object)
    """Emitted with the :class:`BriefDialog` once it is shown."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.dialog: BriefDialog | None = None

    def start(self, meeting_id: int, occurrence_start: datetime | None) -> None:
        store = self.context.workspace.store
        if store is None:
            self.context.dialogs.warn(self.tr("Prep brief"), self.tr("No database is open."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.context.tasks.run(
            partial(_load, store, meeting_id, occurrence_start, self.context.clock.now()),
            on_finished=self._loaded,
            on_failed=self._failed,
            on_cancelled=self._done,
            writes=False,
        )

    def _done(self) -> None:
        QApplication.restoreOverrideCursor()
        self.deleteLater()

    def _loaded(self, brief: PrepBrief) -> None:
        self.dialog = BriefDialog(self.context, brief, self.parent_widget)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.show()
        self._done()
        self.sig_opened.emit(self.dialog)

    def _failed(self, error: Exception) -> None:
        self._done()
        self.context.dialogs.error(
            self.tr("Prep brief"),
            self.tr("The brief could not be prepared.\n\n{error}").format(
                error=failure_text(error)
            ),
        )


def show_prep_brief(
    context: AppContext,
    meeting_id: int,
    occurrence_start: datetime | None,
    parent: QWidget,
) -> BriefRequest:
    """Prepare the brief of a meeting (for a series: of the occurrence whose
    RECURRENCE-ID is *occurrence_start*) off the UI thread, then show it.

    The returned request emits ``sig_opened`` with the dialog; with synchronous
    tasks (tests) the dialog is already open, as ``request.dialog``, on return.
    """
    request = BriefRequest(context, parent)
    request.start(meeting_id, occurrence_start)
    return request
