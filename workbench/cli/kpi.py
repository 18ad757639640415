"""``workbench kpi``: the KPIs of a quarter (and health scores) as JSON, for scripting.

Every figure is worked out with the database's settings, as the window's Dashboard does:
portfolio KPIs in its reporting currency (``--currency`` another one it has a rate for)
with its exchange rates, compliance with its response-time targets, a health score with
its weights. With ``--account`` they are that account's, in its own
currency, with its health score and each factor's contribution. Undefined KPIs are
``null`` with the reason next to them, never 0. Amounts are strings ("1234.5600") so
no JSON reader turns money into binary floats.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from workbench.cli.common import (
    add_language_option,
    database_option,
    database_path,
    in_user_language,
    quarter_argument,
    use_language,
)

if TYPE_CHECKING:
    from workbench.cli.common import Commands
    from workbench.domain.health import HealthScore
    from workbench.services.kpi import KpiSet

COMMAND = "workbench kpi"


def add_parser(commands: Commands) -> None:
    kpi = commands.add_parser(
        "kpi",
        parents=[database_option()],
        help="print a quarter's KPIs (and health scores) as JSON",
        description="Print the KPIs of a quarter for the whole portfolio or one account.",
    )
    kpi.add_argument("--account", metavar="NAME", help="one account, by its exact name")
    kpi.add_argument(
        "--period",
        type=quarter_argument,
        metavar="YYYY-Qn",
        help="the quarter (default: the last complete one)",
    )
    kpi.add_argument(
        "--currency",
        metavar="CODE",
        help="reporting currency of portfolio totals (default: the database's setting)",
    )
    kpi.add_argument(
        "--as-of",
        type=as_of_argument,
        metavar="WHEN",
        help="work the figures out as of a day (noon UTC) or an ISO date and time (default now)",
    )
    kpi.add_argument("--json", action="store_true", help="JSON output (the only format)")
    add_language_option(kpi)
    kpi.set_defaults(run=run)


def as_of_argument(text: str) -> datetime:
    """``2026-11-26`` (noon UTC: that calendar day everywhere) or an ISO date and time
    (UTC when it names no offset)."""
    try:
        if len(text) == len("2026-11-26"):
            return datetime.combine(date.fromisoformat(text), time(12), UTC)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or ISO date and time: {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _number(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(Decimal("0.0001")))


def kpi_json(
    kpis: KpiSet, health: HealthScore | None = None, language: str = "en"
) -> dict[str, Any]:
    """The KPIs (and a health score) as JSON-ready values; the reasons (the only sentences)
    in *language*, whose translation :func:`use_language` installed. Keys, codes and
    numbers are the same in every language."""
    from workbench.domain.health import reason_text
    from workbench.io.proposal_labels import format_for
    from workbench.services.kpi import KPI_UNITS, UNDEFINED_REASONS

    def translate(context: str, text: str) -> str:
        if language == "en" or not text:
            return text
        from workbench.i18n import translate as in_language

        return in_language(context, text)

    point = format_for(language).decimal_point
    values = {}
    for key, value in kpis.values().items():
        entry: dict[str, Any] = {"value": _number(value), "unit": KPI_UNITS[key]}
        if value is None:
            entry["reason"] = translate("kpi", UNDEFINED_REASONS.get(key, ""))
        values[key] = entry
    result: dict[str, Any] = {
        "period": kpis.period.label,
        "currency": kpis.currency,
        "kpis": values,
        "nps_responses": 0 if kpis.nps is None else kpis.nps.responses,
        "customers": {
            "start": kpis.customers.start,
            "end": kpis.customers.end,
            "acquired": kpis.customers.acquired,
        },
        "revenue_movement": {
            "start": _number(kpis.movement.start),
            "expansion": _number(kpis.movement.expansion),
            "contraction": _number(kpis.movement.contraction),
            "churned": _number(kpis.movement.churned),
        },
        "agreed_kpis": {"met": kpis.kpi_met, "measured": kpis.kpi_measured},
        "open_incidents": {str(int(s)): n for s, n in sorted(kpis.open_incidents.items())},
        "missing_rates": list(kpis.missing_rates),
    }
    if health is not None:
        points = health.points()
        result["health"] = {
            "score": health.score,
            "band": None if health.band is None else health.band.value,
            "factors": [
                {
                    "key": f.key,
                    "weight": f.weight,
                    "value": _number(f.value),
                    "points": points.get(f.key),
                    "reason": reason_text(translate("health", f.reason), f.params, point),
                }
                for f in health.factors
            ],
        }
    return result


def run(args: argparse.Namespace) -> int:
    from workbench.cli.store import find_account, open_for_command
    from workbench.domain.exchange import ExchangeRates
    from workbench.domain.period import last_complete_quarter
    from workbench.services.accounts import AccountNameRefused
    from workbench.services.health import compute_health
    from workbench.services.kpi import kpi_set
    from workbench.services.settings import load_settings

    language = use_language(args.lang) if args.lang != "en" else "en"
    now = args.as_of or datetime.now(UTC)
    period = args.period or last_complete_quarter(now.date())
    store = open_for_command(database_path(args), COMMAND)
    try:
        try:
            account_id = find_account(store, args.account) if args.account else None
        except AccountNameRefused as exc:
            print(f"{COMMAND}: {in_user_language(exc)}", file=sys.stderr)
            return 2
        with store.session() as session:
            settings = load_settings(session)
            rates = settings.rates.rates
            currency = str(args.currency or settings.rates.reporting).upper()
            if currency not in rates:
                known = ", ".join(sorted(rates))
                print(
                    f"{COMMAND}: no exchange rate for {currency}; known: {known}", file=sys.stderr
                )
                return 2
            kpis = kpi_set(
                session,
                period,
                now=now,
                rates=ExchangeRates(currency, rates),
                targets=settings.targets,
                account_id=account_id,
            )
            health = None
            if account_id is not None:
                health = compute_health(
                    session, now, only=[account_id], weights=settings.weights
                ).get(account_id)
            output = kpi_json(kpis, health, language)
            if account_id is not None:
                output["account"] = args.account
                if health is None:
                    output["health"] = None
    finally:
        store.close()
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
