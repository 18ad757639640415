"""``workbench kpi`` and ``workbench report`` write in the language asked for (``--lang``),
else the system's (``LANG``): the report's words and the JSON's reasons; never the keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pptx import Presentation
from sqlalchemy import select

from workbench.cli import main
from workbench.domain.period import Quarter
from workbench.store.database import open_store
from workbench.store.models import Account, RevenueRecord

PERIOD = "2026-Q3"


@pytest.fixture(autouse=True)
def english_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def an_account(db: Path) -> str:
    store = open_store(db)
    try:
        with store.session() as session:
            with_revenue = select(RevenueRecord.account_id).where(
                RevenueRecord.period == Quarter(2026, 3).key
            )
            return (
                session.scalars(
                    select(Account.name).where(Account.id.in_(with_revenue)).order_by(Account.id)
                ).first()
                or ""
            )
    finally:
        store.close()


def deck_text(path: Path) -> str:
    deck = Presentation(str(path))
    return "\n".join(
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    )


def report(db: Path, tmp_path: Path, *lang: str) -> str:
    name = an_account(db)
    out = tmp_path / f"report{'-'.join(lang)}.pptx"
    args = ["report", name, "--period", PERIOD, "--as-of", "2026-11-26", "-o", str(out)]
    assert main([*args, *lang, "--db", str(db)]) == 0
    return deck_text(out)


def test_the_report_is_written_in_the_language_asked_for(
    sample_db_path: Path, tmp_path: Path
) -> None:
    spanish = report(sample_db_path, tmp_path, "--lang", "es")
    assert "Cifras clave" in spanish and "Key figures" not in spanish
    english = report(sample_db_path, tmp_path, "--lang", "en")
    assert "Key figures" in english and "Cifras clave" not in english


def test_the_report_follows_the_system_language(
    sample_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert "Cifras clave" in report(sample_db_path, tmp_path)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert "Key figures" in report(sample_db_path, tmp_path)


def kpi(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> dict[str, object]:
    capsys.readouterr()
    assert main(["kpi", *args, "--db", str(db)]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_kpi_reasons_in_spanish_keys_unchanged(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = an_account(sample_db_path)
    english = kpi(capsys, sample_db_path, "--account", name, "--period", PERIOD, "--lang", "en")
    spanish = kpi(capsys, sample_db_path, "--account", name, "--period", PERIOD, "--lang", "es")
    en_factors = english["health"]["factors"]  # type: ignore[index]
    es_factors = spanish["health"]["factors"]  # type: ignore[index]
    assert [f["key"] for f in en_factors] == [f["key"] for f in es_factors]
    assert english["health"]["band"] == spanish["health"]["band"]  # type: ignore[index]
    assert set(english["kpis"]) == set(spanish["kpis"])  # type: ignore[arg-type]
    for en, es in zip(en_factors, es_factors, strict=True):
        assert (en["value"], en["points"]) == (es["value"], es["points"])
        assert en["reason"] != es["reason"], en["reason"]
    reasons = " ".join(f["reason"] for f in es_factors)
    assert "days" not in reasons and "responses" not in reasons
    if any(f["key"] == "revenue_trend" for f in es_factors):
        trend = next(f["reason"] for f in es_factors if f["key"] == "revenue_trend")
        assert trend.startswith("Ingresos ") and "." not in trend and " %" in trend


def test_kpi_undefined_reasons_follow_the_system_language(
    sample_db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = kpi(capsys, sample_db_path, "--period", "2019-Q1")
    assert english["kpis"]["revenue"]["reason"] == "No revenue recorded for the quarter"  # type: ignore[index]
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    spanish = kpi(capsys, sample_db_path, "--period", "2019-Q1")
    assert spanish["kpis"]["revenue"]["value"] is None  # type: ignore[index]
    reason = spanish["kpis"]["revenue"]["reason"]  # type: ignore[index]
    assert reason and reason != "No revenue recorded for the quarter"
    assert spanish["kpis"]["revenue"]["unit"] == english["kpis"]["revenue"]["unit"]  # type: ignore[index]
