"""The settings that change figures, kept in the database: typed, checked with a reason,
written only where they changed (each edit an operation of the field history), read back
with a default for anything missing or not understood, adopted from an older version."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from workbench.domain.enums import ChangeSource, Severity
from workbench.domain.exchange import ExchangeRates
from workbench.domain.health import DEFAULT_WEIGHTS
from workbench.domain.incidents import (
    DurationUnit,
    ResponseTarget,
    ResponseTargets,
    ResponseTime,
    hours,
)
from workbench.services.focus import DEFAULT_QUIET_DAYS
from workbench.services.history import changed_fields, decoded
from workbench.services.settings import (
    EXCHANGE_RATES,
    HEALTH_WEIGHTS,
    QUIET_DAYS,
    REPORTING_CURRENCY,
    RESPONSE_TARGETS,
    SettingRefused,
    Settings,
    adopt_settings,
    load_settings,
    save_settings,
)
from workbench.store.database import Store
from workbench.store.models import Account, FieldChange, Operation
from workbench.store.models.settings import Setting
from workbench.store.operations import stored_author


def _rows(store: Store) -> dict[str, object]:
    with store.session() as session:
        return {row.key: row.value for row in session.scalars(select(Setting))}


def test_a_database_without_settings_reads_the_products_defaults(store: Store) -> None:
    with store.session() as session:
        settings = load_settings(session)
    assert settings == Settings()
    assert settings.rates.reporting == "EUR" and dict(settings.weights) == DEFAULT_WEIGHTS
    assert settings.quiet_days == DEFAULT_QUIET_DAYS
    assert settings.offsite_folder is None and settings.author is None


def test_saving_writes_only_what_changed_and_the_history_records_it(store: Store) -> None:
    store.author = "Elena Vidal"
    weights = dict(DEFAULT_WEIGHTS, nps=0, incidents=60)
    rates = dict(Settings().rates.rates, USD=Decimal("0.9"))
    with store.transaction() as session:
        saved, changes = save_settings(
            session, Settings().replace(weights=weights, rates=ExchangeRates("USD", rates))
        )
    assert set(_rows(store)) == {HEALTH_WEIGHTS, EXCHANGE_RATES, REPORTING_CURRENCY}
    assert _rows(store)[EXCHANGE_RATES]["USD"] == "0.9"  # type: ignore[index]
    assert dict(saved.weights) == weights and saved.rates.reporting == "USD"
    assert changes.touches("settings") and changes.touches("health_snapshots", "accounts")
    with store.session() as session:
        history = session.execute(
            select(FieldChange, Operation)
            .join(Operation, Operation.id == FieldChange.operation_id)
            .where(FieldChange.table_name == "settings")
        ).all()
    # The history keeps the JSON as the settings table stored it; read back as the program does.
    values = [
        decoded("settings", "value", new)
        for change, _op in history
        for field, _old, new in changed_fields(change)
        if field == "value"
    ]
    assert "USD" in values and weights in values
    assert {op.author for *_rest, op in history} == {"Elena Vidal"}

    with store.transaction() as session:  # the same again: nothing to write
        _same, _changes = save_settings(session, saved)
    with store.session() as session:
        count = len(session.scalars(select(FieldChange.id)).all())
    assert count == len(history)


def test_undoing_is_saving_the_settings_from_before(store: Store) -> None:
    with store.session() as session:
        before = load_settings(session)
    with store.transaction() as session:
        save_settings(session, before.replace(quiet_days=10))
    with store.transaction(ChangeSource.UNDO) as session:
        after_undo, _changes = save_settings(session, before)
    assert after_undo.quiet_days == DEFAULT_QUIET_DAYS
    assert _rows(store)[QUIET_DAYS] == DEFAULT_QUIET_DAYS


def _critical(amount: int) -> ResponseTargets:
    targets = dict(ResponseTargets().by_severity)
    targets[Severity.CRITICAL] = ResponseTarget(hours(amount), hours(24))
    return ResponseTargets(targets)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"weights": dict.fromkeys(DEFAULT_WEIGHTS, 0)}, "At least one health factor"),
        ({"weights": dict(DEFAULT_WEIGHTS, nps=101)}, "from 0 to 100, not 101"),
        ({"weights": dict(DEFAULT_WEIGHTS, luck=5)}, "no health factor called luck"),
        ({"rates": ExchangeRates("EUR", {"EUR": Decimal(1), "us": Decimal(1)})}, "us is not"),
        ({"rates": ExchangeRates("GBP", {"EUR": Decimal(1)})}, "reporting currency GBP"),
        ({"quiet_days": 0}, "not 0"),
        ({"targets": _critical(0)}, "severity 1: 0"),
        ({"offsite_folder": "usb"}, "full path"),
        ({"author": "   "}, "author's name"),
    ],
)
def test_a_setting_that_makes_no_sense_is_refused_and_nothing_is_written(
    store: Store, change: dict[str, object], words: str
) -> None:
    with pytest.raises(SettingRefused) as refused, store.transaction() as session:
        save_settings(session, Settings().replace(**change))
    assert words in str(refused.value)
    assert refused.value.context == "settings"
    assert _rows(store) == {}


def test_a_negative_rate_is_refused_before_it_makes_exchange_rates() -> None:
    from workbench.services.settings import check_rates

    with pytest.raises(SettingRefused, match="USD must be a number above 0"):
        check_rates("EUR", {"EUR": Decimal(1), "USD": Decimal("-1")})


def test_values_not_understood_fall_back_to_the_default_one_by_one(store: Store) -> None:
    with store.transaction() as session:
        session.add_all(
            [
                Setting(key=HEALTH_WEIGHTS, value={"nps": "lots", "renewal": 40}),
                Setting(key=EXCHANGE_RATES, value={"USD": "abc", "XYZ": "2", "GBP": "-3"}),
                Setting(key=REPORTING_CURRENCY, value="QQQ"),
                Setting(key=QUIET_DAYS, value=-4),
                Setting(key=RESPONSE_TARGETS, value={"1": {"acknowledge": "2 weeks"}}),
                Setting(key="offsite_folder", value="relative/folder"),
            ]
        )
    with store.session() as session:
        settings = load_settings(session)
    assert settings.weights["renewal"] == 40
    assert settings.weights["nps"] == DEFAULT_WEIGHTS["nps"]
    assert settings.rates.rates["XYZ"] == Decimal(2)
    assert settings.rates.rates["USD"] == Settings().rates.rates["USD"]
    assert settings.rates.rates["GBP"] == Settings().rates.rates["GBP"]
    assert settings.rates.reporting == "EUR"
    assert settings.quiet_days == DEFAULT_QUIET_DAYS
    assert settings.targets == ResponseTargets()
    assert settings.offsite_folder is None


def test_the_author_setting_names_who_writes(store: Store) -> None:
    with store.transaction() as session:
        saved, _changes = save_settings(session, Settings().replace(author=" Elena Vidal "))
    assert saved.author == "Elena Vidal"
    assert stored_author(store.engine) == "Elena Vidal"


def test_adopting_keeps_what_the_database_holds_and_takes_the_rest(store: Store) -> None:
    with store.transaction() as session:
        save_settings(session, Settings().replace(quiet_days=20))
    found = {
        QUIET_DAYS: 90,
        REPORTING_CURRENCY: "CHF",
        RESPONSE_TARGETS: {"2": {"resolve": "5 business_days"}},
        "offsite_folder": None,  # an empty folder in the old settings: nothing to adopt
    }
    with store.transaction(ChangeSource.SYSTEM) as session:
        adopted, changes = adopt_settings(session, found)
    assert adopted == {REPORTING_CURRENCY, RESPONSE_TARGETS}
    assert changes.touches("incidents")
    with store.session() as session:
        settings = load_settings(session)
        sources = set(session.scalars(select(Operation.source)))
    assert settings.quiet_days == 20  # the database's own
    assert settings.rates.reporting == "CHF"
    high = settings.targets.for_severity(Severity.HIGH)
    assert high.resolve == ResponseTime(5, DurationUnit.BUSINESS_DAYS)
    assert high.acknowledge == ResponseTargets().for_severity(Severity.HIGH).acknowledge
    assert ChangeSource.SYSTEM in sources


def test_the_client_report_scores_health_and_targets_with_the_databases_settings(
    sample_store: Store,
) -> None:
    from datetime import UTC, datetime

    from workbench.domain.period import last_complete_quarter
    from workbench.services.client_report import client_report

    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    weights = dict(DEFAULT_WEIGHTS, nps=0, renewal=80)
    with sample_store.transaction() as session:
        save_settings(session, Settings().replace(weights=weights, targets=_critical(9)))
    with sample_store.session() as session:
        account_id = session.execute(select(Account.id).order_by(Account.id)).scalars().first()
        assert account_id is not None
        report = client_report(session, account_id, last_complete_quarter(now.date()), now=now)
    assert report.health is not None
    assert {f.key: f.weight for f in report.health.factors} == weights


def test_the_portfolio_scores_health_with_the_databases_weights(
    sample_store: Store,
) -> None:
    from datetime import UTC, datetime

    from workbench.services.portfolio import load_portfolio

    weights = dict(DEFAULT_WEIGHTS, nps=5, last_contact=40)
    with sample_store.transaction() as session:
        save_settings(session, Settings().replace(weights=weights))
    with sample_store.session() as session:
        rows = load_portfolio(session, now=datetime(2026, 11, 26, 12, tzinfo=UTC))
    scored = [row.health for row in rows if row.health.factors]
    assert scored
    assert all(f.weight == weights[f.key] for health in scored for f in health.factors)
    assert any(f.key == "nps" and f.weight == 5 for f in scored[0].factors)
