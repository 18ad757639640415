"""The client report as files: a PowerPoint deck or an Excel workbook, written atomically.

:func:`write_client_report` gathers the report (:mod:`workbench.services.client_report`),
has its charts drawn by the function the caller passes
(:func:`workbench.charts.report_images.render_charts`: this layer draws nothing), turns it into
the plain slides or sheets of :mod:`workbench.io.report_pptx` / :mod:`~workbench.io.report_xlsx`
and writes the file through a temporary file in the same folder, replaced in one step:
a failure or a cancel never leaves half a file behind, nor harms the one already there.

Every word is translated in context "clientReport" (domain values in their own
contexts: "enums", "health", "kpi") by the labels the caller passes
(``report_labels(workbench.i18n.translate)``; English without); numbers and dates are
written in that language's style (:mod:`workbench.io.proposal_labels`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from workbench.domain.period import Quarter
from workbench.io import report_pptx as deck
from workbench.io import report_xlsx as book
from workbench.io.atomic import write_atomically
from workbench.services.client_report import ClientReport, client_report
from workbench.services.progress import Progress
from workbench.services.report_deck import build_deck
from workbench.services.report_labels import ReportLabels, report_labels
from workbench.services.report_workbook import build_workbook

ReportFormat = Literal["pptx", "xlsx"]
REPORT_FORMATS: tuple[ReportFormat, ...] = ("pptx", "xlsx")

#: Draws the report's charts: PNG bytes, each with its description for the slide.
RenderCharts = Callable[[ClientReport, ReportLabels], list[tuple[bytes, str]]]


def report_bytes(
    report: ClientReport,
    fmt: ReportFormat,
    *,
    labels: ReportLabels | None = None,
    render_charts: RenderCharts | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The file's bytes: a PPTX deck (its charts drawn by *render_charts*, which it
    needs) or an XLSX workbook."""
    labels = labels or report_labels()
    progress = progress or Progress()
    if fmt == "pptx":
        if render_charts is None:
            raise ValueError("a PPTX report needs render_charts to draw its charts")
        charts = render_charts(report, labels)
        progress.advance(1, 2, "charts")
        data = deck.pptx_bytes(build_deck(report, labels, charts))
    elif fmt == "xlsx":
        data = book.xlsx_bytes(build_workbook(report, labels))
    else:
        raise ValueError(f"unknown report format {fmt!r}; use one of {REPORT_FORMATS}")
    progress.advance(2, 2, "file")
    return data


def write_client_report(
    session: Session,
    account_id: int,
    period: Quarter,
    path: Path,
    fmt: ReportFormat,
    *,
    now: datetime,
    labels: ReportLabels | None = None,
    render_charts: RenderCharts | None = None,
    progress: Progress | None = None,
) -> Path:
    """Gather the report of *account_id* for *period* and write it to *path* as *fmt*.

    The file is made in memory, then written to a temporary file beside *path* and
    moved over it in one step: on any failure (or :class:`Cancelled`) *path* is left as
    it was. *labels* are the report's words (English when ``None``); *render_charts*
    draws a deck's charts (required for ``"pptx"``). Raises
    :class:`~workbench.services.client_report.AccountNotFound`,
    :class:`ValueError` for an unknown format, :class:`OSError` if it cannot be written.
    """
    if fmt not in REPORT_FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; use one of {REPORT_FORMATS}")
    if fmt == "pptx" and render_charts is None:
        raise ValueError("a PPTX report needs render_charts to draw its charts")
    progress = progress or Progress()
    gather_steps, file_steps = 11, 3
    total = gather_steps + file_steps

    def gathered(done: int, _total: int, message: str) -> None:
        progress.advance(done, total, message)

    def written(done: int, _total: int, message: str) -> None:
        progress.advance(gather_steps + done, total, message)

    report = client_report(session, account_id, period, now=now, progress=Progress(gathered))
    data = report_bytes(
        report, fmt, labels=labels, render_charts=render_charts, progress=Progress(written)
    )
    progress.advance(total - 1, total, "writing")
    write_atomically(path, data)
    progress.advance(total, total, "")
    return path
