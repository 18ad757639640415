"""Filter-as-you-type, quick filters and saved views of the Portfolio, as one PortfolioQuery."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import AccountStatus, Sector, Tier
from workbench.domain.health import Band
from workbench.services.colleagues import OwnerEntry
from workbench.services.portfolio import PortfolioQuery
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.preferences import SETTINGS_VIEWS


class FilterBar(QWidget):
    sig_query_changed = Signal(object)
    """Emitted with the new ``PortfolioQuery`` on every keystroke or choice."""
    sig_save_view = Signal()
    """The user wants to name and keep the current filters as a view."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.me_id: int | None = None
        self.text = QLineEdit(self)
        self.text.setObjectName("portfolioFilter")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Filter by name, sector, country, owner or contact…"))
        self.sector = self._combo(
            "sectorFilter", self.tr("All sectors"), [(s, enum_label(s)) for s in Sector]
        )
        self.tier = self._combo(
            "tierFilter", self.tr("All tiers"), [(t, enum_label(t)) for t in Tier]
        )
        self.status = self._combo(
            "statusFilter", self.tr("All statuses"), [(s, enum_label(s)) for s in AccountStatus]
        )
        self.country = self._combo("countryFilter", self.tr("All countries"), [])
        # The director's view of a team's book: one manager's accounts at a time.
        self.owner = self._combo("ownerFilter", self.tr("All owners"), [])
        self._juniors: dict[int, frozenset[int]] = {}
        self.views = QComboBox(self)
        self.views.setObjectName("savedViews")
        self.views.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.views.setMinimumContentsLength(8)
        self.save_view_button = QPushButton(self.tr("Save view…"), self)
        self.save_view_button.setObjectName("saveViewButton")
        # Two rows, so the bar fits a 1024-pixel window: the text, then the quick filters.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.text)
        quick = QHBoxLayout()
        for combo in (self.sector, self.tier, self.status, self.country, self.owner):
            quick.addWidget(combo, 1)
        quick.addSpacing(12)
        quick.addWidget(self.views, 1)
        quick.addWidget(self.save_view_button)
        layout.addLayout(quick)
        # A drill-down from the Dashboard says what it shows and how to leave it.
        self.drill = QWidget(self)
        self.drill.setObjectName("portfolioDrill")
        self.drill_label = QLabel(self.drill)
        self.drill_label.setObjectName("drillLabel")
        self.drill_label.setStyleSheet("font-weight: 600; color: #155e75;")
        self.clear_drill_button = QPushButton(self.tr("Show all accounts"), self.drill)
        self.clear_drill_button.setObjectName("clearDrill")
        drill_row = QHBoxLayout(self.drill)
        drill_row.setContentsMargins(0, 0, 0, 0)
        drill_row.addWidget(self.drill_label, 1)
        drill_row.addWidget(self.clear_drill_button)
        self.drill.hide()
        layout.addWidget(self.drill)
        self.clear_drill_button.clicked.connect(lambda: self._apply_view(0))
        self._fill_views()
        self.text.textChanged.connect(self._changed)
        for combo in (self.sector, self.tier, self.status, self.country, self.owner):
            combo.currentIndexChanged.connect(self._changed)
        self.views.activated.connect(self._apply_view)
        self.save_view_button.clicked.connect(self.sig_save_view)
        self._view_query = PortfolioQuery()

    def _combo(self, name: str, everything: str, options: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # Sized for ~10 characters, not the longest entry, so the bar fits a small window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.addItem(everything, None)
        for data, text in options:
            combo.addItem(text, data)
        return combo

    def set_countries(self, countries: list[str]) -> None:
        _refill(self.country, [(code, code) for code in countries])

    def set_owners(self, owners: list[OwnerEntry]) -> None:
        """The colleagues who own accounts, each mentor followed by their juniors (a mentor
        chosen shows their juniors' accounts too)."""
        self._juniors = {entry.id: entry.juniors for entry in owners}
        _refill(self.owner, [(entry.id, self._owner_text(entry)) for entry in owners])

    def _owner_text(self, entry: OwnerEntry) -> str:
        """ "Elena Vidal + 2 juniors", "    ↳ Pablo Ruiz": a junior under their mentor."""
        if entry.depth:
            return f"{'    ' * entry.depth}↳ {entry.name}"
        if entry.juniors:
            count = len(entry.juniors)
            return self.tr("{name} + %n junior(s)", "", count).format(name=entry.name)
        return entry.name

    # --- the query ------------------------------------------------------------------------
    def query(self) -> PortfolioQuery:
        def chosen(combo: QComboBox, kind: Any = str) -> frozenset[Any]:
            data = combo.currentData()  # Qt hands enum members back as plain strings
            return frozenset() if data is None else frozenset({kind(data)})

        return replace(
            self._view_query,
            text=self.text.text(),
            sectors=chosen(self.sector, Sector) or self._view_query.sectors,
            tiers=chosen(self.tier, Tier) or self._view_query.tiers,
            statuses=chosen(self.status, AccountStatus) or self._view_query.statuses,
            countries=chosen(self.country) or self._view_query.countries,
            owner_id=self.owner.currentData()
            if self.owner.currentData() is not None
            else self._view_query.owner_id,
            juniors=self._juniors.get(self.owner.currentData(), frozenset())
            if self.owner.currentData() is not None
            else self._view_query.juniors,
        )

    def _changed(self) -> None:
        self.sig_query_changed.emit(self.query())

    # --- saved views ----------------------------------------------------------------------
    def builtin_views(self) -> list[tuple[str, PortfolioQuery]]:
        return [
            (self.tr("All accounts"), PortfolioQuery()),
            (
                self.tr("My strategic accounts"),
                PortfolioQuery(
                    tiers=frozenset({Tier.STRATEGIC}), owner_id=self.me_id if self.me_id else -1
                ),
            ),
            (self.tr("At risk"), PortfolioQuery(statuses=frozenset({AccountStatus.AT_RISK}))),
            (
                self.tr("Health at risk or critical"),
                PortfolioQuery(bands=frozenset({Band.AT_RISK, Band.CRITICAL})),
            ),
            (self.tr("Archived"), PortfolioQuery(archived=True)),
        ]

    def saved_views(self) -> dict[str, dict[str, Any]]:
        raw = self.settings.value(SETTINGS_VIEWS, "{}")
        try:
            views = json.loads(raw if isinstance(raw, str) else "{}")
        except ValueError:
            return {}
        return views if isinstance(views, dict) else {}

    def _fill_views(self) -> None:
        self.views.clear()
        for name, query in self.builtin_views():
            self.views.addItem(name, query)
        for name, criteria in sorted(self.saved_views().items()):
            self.views.addItem(name, _query_from_json(criteria))

    def set_me(self, colleague_id: int | None) -> None:
        self.me_id = colleague_id
        index = self.views.currentIndex()
        self._fill_views()
        self.views.setCurrentIndex(max(0, index))

    def show_drill(self, query: PortfolioQuery) -> None:
        """Show only the accounts of a Dashboard drill-down, every other filter cleared."""
        self._apply_query(query)
        self.drill_label.setText(query.label)
        self.drill.setVisible(True)

    def show_all(self, archived: bool = False) -> None:
        """Clear every filter: all accounts, or all archived ones."""
        self._apply_view(len(self.builtin_views()) - 1 if archived else 0)

    def _apply_view(self, index: int) -> None:
        query = self.views.itemData(index)
        if not isinstance(query, PortfolioQuery):
            return
        self.views.setCurrentIndex(index)
        self.drill.hide()
        self._apply_query(query)

    def _apply_query(self, query: PortfolioQuery) -> None:
        self._view_query = replace(
            query,
            text="",
            sectors=frozenset(),
            tiers=frozenset(),
            statuses=frozenset(),
            countries=frozenset(),
        )
        for combo, values in (
            (self.sector, query.sectors),
            (self.tier, query.tiers),
            (self.status, query.statuses),
            (self.country, query.countries),
            (self.owner, frozenset()),  # a view's owner stays in the view ("My …")
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(
                max(0, combo.findData(next(iter(values)))) if len(values) == 1 else 0
            )
            combo.blockSignals(False)
        self.text.blockSignals(True)
        self.text.setText(query.text)
        self.text.blockSignals(False)
        self._changed()

    def save_view(self, name: str) -> None:
        views = self.saved_views()
        views[name] = _query_to_json(self.query())
        self.settings.setValue(SETTINGS_VIEWS, json.dumps(views))
        self._fill_views()
        self.views.setCurrentIndex(self.views.findText(name))


def _refill(combo: QComboBox, options: list[tuple[Any, str]]) -> None:
    """*combo*'s options after its first ("All …"), the current one kept if still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for data, text in options:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def _query_to_json(query: PortfolioQuery) -> dict[str, Any]:
    return {
        "text": query.text,
        "sectors": sorted(s.value for s in query.sectors),
        "tiers": sorted(t.value for t in query.tiers),
        "statuses": sorted(s.value for s in query.statuses),
        "countries": sorted(query.countries),
        "owner_id": query.owner_id,
        "bands": sorted(b.value for b in query.bands),
        "archived": query.archived,
    }


def _query_from_json(data: dict[str, Any]) -> PortfolioQuery:
    def members(enum_class: Any, key: str) -> frozenset[Any]:
        return frozenset(
            enum_class(v) for v in data.get(key, []) if v in {m.value for m in enum_class}
        )

    return PortfolioQuery(
        text=str(data.get("text", "")),
        sectors=members(Sector, "sectors"),
        tiers=members(Tier, "tiers"),
        statuses=members(AccountStatus, "statuses"),
        countries=frozenset(str(c) for c in data.get("countries", [])),
        owner_id=data.get("owner_id") if isinstance(data.get("owner_id"), int) else None,
        bands=members(Band, "bands"),
        archived=bool(data.get("archived", False)),
    )
