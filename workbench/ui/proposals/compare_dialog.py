"""Two versions side by side, as a readable list of what changed."""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workbench.services.proposal_diff import Change, ChangeKind
from workbench.ui.common.formatting import decimal_places, format_decimal


def _value(value: Any) -> str:
    if isinstance(value, Decimal):
        return format_decimal(value, decimal_places(value))
    if value is None or value == "":
        return "—"
    text = str(value)
    return text if len(text) < 80 else text[:77] + "…"


class CompareDialog(QDialog):
    def __init__(
        self, older: int, newer: int, changes: list[Change], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareVersions")
        self.setWindowTitle(
            self.tr("What changed from v{old} to v{new}").format(old=older, new=newer)
        )
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("versionChanges")
        self.text.setHtml(self.describe(changes))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def describe(self, changes: list[Change]) -> str:
        if not changes:
            return "<p>" + html.escape(self.tr("The two versions are the same.")) + "</p>"
        parts = {
            "field": self.tr("Details"),
            "section": self.tr("Sections"),
            "line": self.tr("Line items"),
            "phase": self.tr("Phases"),
            "roi": self.tr("ROI analysis"),
            "total": self.tr("Totals"),
        }
        out: list[str] = []
        for part, heading in parts.items():
            mine = [c for c in changes if c.part == part]
            if not mine:
                continue
            out.append(f"<h3>{html.escape(heading)}</h3><ul>")
            for change in mine:
                name = html.escape(change.name)
                if change.kind is ChangeKind.ADDED:
                    line = self.tr("added: {name}").format(name=name)
                elif change.kind is ChangeKind.REMOVED:
                    line = self.tr("removed: {name}").format(name=name)
                elif change.attribute == "body_html":
                    line = self.tr("{name}: text changed").format(name=name)
                else:
                    line = self.tr("{name}: {attribute} {before} → {after}").format(
                        name=name,
                        attribute=html.escape(change.attribute),
                        before=html.escape(_value(change.before)),
                        after=html.escape(_value(change.after)),
                    )
                out.append(f"<li>{line}</li>")
            out.append("</ul>")
        return "".join(out)
