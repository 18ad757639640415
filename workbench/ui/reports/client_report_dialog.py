"""The client report from the window: pick the account, the quarter and PowerPoint or Excel,
then the file is written in the background with progress and cancel.

Opened from the Dashboard (any account) and from an account's detail (that account).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.period import Quarter
from workbench.services.accounts import account_choices
from workbench.services.progress import Progress
from workbench.ui.common.choices import searchable_choice
from workbench.ui.common.failures import failure_text
from workbench.ui.common.formatting import format_quarter
from workbench.ui.common.problems import save_cancel
from workbench.ui.common.progress import ProgressRun
from workbench.ui.context import AppContext
from workbench.ui.dialogs import file_stem
from workbench.ui.operations import Operations

if TYPE_CHECKING:  # the service's argument; the dialog never opens one itself
    from workbench.ui.operations import Session

QUARTERS = 8


class ClientReportDialog(QDialog):
    def __init__(
        self,
        accounts: list[tuple[int, str]],
        account_id: int | None,
        period: Quarter,
        today_quarter: Quarter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientReportDialog")
        self.setWindowTitle(self.tr("Client report"))
        self.account = searchable_choice(self, "reportAccount", accounts, account_id)
        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriod")
        for back in range(QUARTERS):
            quarter = today_quarter.shifted(-back)
            self.period.addItem(format_quarter(quarter), quarter.key)
        self.period.setCurrentIndex(max(0, self.period.findData(period.key)))
        self.pptx = QRadioButton(self.tr("PowerPoint presentation for the client"), self)
        self.pptx.setObjectName("reportPptx")
        self.xlsx = QRadioButton(self.tr("Excel workbook for analysis"), self)
        self.xlsx.setObjectName("reportXlsx")
        self.pptx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pptx)
        group.addButton(self.xlsx)
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Quarter"), self.period)
        formats = QVBoxLayout()
        formats.addWidget(self.pptx)
        formats.addWidget(self.xlsx)
        row = QHBoxLayout()
        row.addLayout(formats)
        form.addRow(self.tr("Format"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save_cancel(self, self.accept))

    def choice(self) -> tuple[int | None, Quarter, str]:
        account = self.account.currentData()
        return (
            account if isinstance(account, int) else None,
            Quarter.from_key(int(self.period.currentData())),
            "pptx" if self.pptx.isChecked() else "xlsx",
        )


def start_client_report(
    context: AppContext, parent: QWidget, *, period: Quarter, account_id: int | None = None
) -> ClientReportDialog | None:
    accounts = Operations(context).read_now(account_choices)
    if accounts is None:
        return None
    dialog = ClientReportDialog(
        accounts, account_id, period, Quarter.of(context.clock.today()), parent
    )
    names = dict(accounts)
    dialog.accepted.connect(partial(_chosen, context, parent, dialog, names))
    dialog.open()
    return dialog


def _chosen(
    context: AppContext,
    parent: QWidget,
    dialog: ClientReportDialog,
    names: dict[int, str],
) -> None:
    account_id, period, kind = dialog.choice()
    title = QCoreApplication.translate("ClientReport", "Client report")
    if account_id is None:
        context.dialogs.warn(
            title, QCoreApplication.translate("ClientReport", "Choose an account from the list.")
        )
        return
    stem = file_stem(f"{names.get(account_id, '')} {period.label}", "report")
    name_filter = (
        QCoreApplication.translate("ClientReport", "PowerPoint presentations (*.pptx)")
        if kind == "pptx"
        else QCoreApplication.translate("ClientReport", "Excel workbooks (*.xlsx)")
    )
    path = context.dialogs.choose_save_file(title, Path.home() / f"{stem}.{kind}", name_filter)
    if path is None:
        return
    if path.suffix.lower() != f".{kind}":
        path = path.with_suffix(f".{kind}")
    now = context.clock.now()
    run = ProgressRun(context, parent)
    run.start(
        title,
        QCoreApplication.translate("ClientReport", "Writing the report for {account}…").format(
            account=names.get(account_id, "")
        ),
        Operations(context).reading(partial(_write, account_id, period, path, kind, now)),
        on_finished=lambda written: context.dialogs.inform(
            title,
            QCoreApplication.translate("ClientReport", "{name} written.").format(
                name=Path(written).name
            ),
        ),
        on_failed=lambda error: context.dialogs.error(
            title,
            QCoreApplication.translate(
                "ClientReport", "{name} could not be written: {error}"
            ).format(
                name=path.name,
                error=failure_text(error),
            ),
        ),
        on_cancelled=lambda: None,
    )


def _write(
    account_id: int,
    period: Quarter,
    path: Path,
    kind: str,
    now: datetime,
    session: Session,
    progress: Progress,
) -> Path:
    from workbench.charts.report_images import render_charts
    from workbench.i18n import translate
    from workbench.services.report_files import write_client_report
    from workbench.services.report_labels import report_labels

    return write_client_report(
        session,
        account_id,
        period,
        path,
        "pptx" if kind == "pptx" else "xlsx",
        now=now,
        labels=report_labels(translate),
        render_charts=render_charts,
        progress=progress,
    )
