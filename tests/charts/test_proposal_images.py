"""The proposal's charts as PNG images for the exports, in the proposal's language (Agg)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from matplotlib.dates import date2num

from tests.io.proposal_helpers import proposal_document
from workbench.charts.proposal_images import _month_ticks, render_charts
from workbench.io.proposal_labels import PROPOSAL_FORMATS
from workbench.io.proposal_record import CASH_FLOW_CHART, PHASES_CHART

PNG = b"\x89PNG\r\n\x1a\n"


def test_both_charts_are_drawn_as_png() -> None:
    images = render_charts(proposal_document())
    assert set(images) == {PHASES_CHART, CASH_FLOW_CHART}
    assert all(data.startswith(PNG) for data in images.values())


def test_a_chart_without_data_is_left_out() -> None:
    assert render_charts(replace(proposal_document(), phases=(), roi=None)) == {}
    only_roi = render_charts(replace(proposal_document(), phases=()))
    assert set(only_roi) == {CASH_FLOW_CHART}


def test_date_ticks_are_in_the_documents_language() -> None:
    spanish = _month_ticks(PROPOSAL_FORMATS["es"])
    english = _month_ticks(PROPOSAL_FORMATS["en"])
    first_of_january = float(date2num(date(2027, 1, 1)))
    mid_august = float(date2num(date(2027, 8, 15)))
    assert spanish(first_of_january, 3) == "ene\n2027"
    assert spanish(mid_august, 2) == "15 ago"
    assert english(mid_august, 0) == "15 Aug\n2027"
