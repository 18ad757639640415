"""The client report as slides: title, key figures, trends, open items, next steps."""

from __future__ import annotations

from workbench.domain import enums as e
from workbench.io import report_pptx as deck
from workbench.services.client_report import ClientReport, StepKind
from workbench.services.report_labels import (
    DECK_KPIS,
    ReportLabels,
    ReportWords,
    enum_word,
    kpi_note,
    owner_word,
)

# --- the deck ----------------------------------------------------------------------------


def build_deck(
    report: ClientReport, labels: ReportLabels, charts: list[tuple[bytes, str]]
) -> deck.Deck:
    """The slides: title, key figures, trends, open items, next steps.

    The health score is ours, not the client's: it is in the workbook (for the account
    manager's own analysis), not on the slides the client sees."""
    words = ReportWords(report, labels)
    account = report.account
    quarter = words.quarter(report.period)
    today = words.day(report.as_of)
    details = [
        labels.account_line.format(
            sector=enum_word(account.sector, labels.translate),
            tier=enum_word(account.tier, labels.translate),
            currency=account.currency,
        ),
        labels.prepared_by.format(name=report.prepared_by, date=today),
    ]
    if account.owner and account.owner != report.prepared_by:
        details.append(labels.owner.format(name=account.owner))
    slides: list[deck.Slide] = [
        deck.TitleSlide(labels.client_report, account.name, quarter, tuple(details)),
        _summary_slide(report, labels, words),
        deck.PictureSlide(
            labels.trends,
            tuple(deck.Picture(png, description) for png, description in charts),
            labels.charts_note.format(quarter=quarter),
        ),
        _open_items_slide(report, labels, words, today),
        _next_steps_slide(report, labels, words),
    ]
    title = labels.workbook_title.format(account=account.name, quarter=quarter)
    return deck.Deck(
        slides=tuple(slides),
        footer=f"{account.name} · {labels.client_report} · {quarter}",
        more=labels.more,
        page=labels.page,
        properties={"title": title, "author": report.prepared_by, "subject": quarter},
    )


def _summary_slide(
    report: ClientReport, labels: ReportLabels, words: ReportWords
) -> deck.TableSlide:
    now, before = report.kpis, report.previous
    values, previous = now.values(), before.values()
    rows = []
    for key in DECK_KPIS:
        note = kpi_note(key, now, labels)
        rows.append(
            (
                labels.kpi_names[key],
                deck.Text(words.value(key, values[key]), "strong")
                if values[key] is not None
                else deck.Text(labels.undefined, "muted"),
                words.value(key, previous[key]),
                words.change(key, values[key], previous[key]),
                deck.Text(note, "muted"),
            )
        )
    columns = (
        deck.Column(labels.kpi, 3.0, max_lines=2),
        deck.Column(words.quarter(report.period), 2.0, numeric=True),
        deck.Column(words.quarter(before.period), 2.0, numeric=True),
        deck.Column(labels.change, 1.3, numeric=True),
        deck.Column(labels.note, 3.4, max_lines=2, small=True),
    )
    return deck.TableSlide(
        labels.summary,
        (deck.Table(columns, tuple(rows), font_size=13),),
        note=labels.amounts_in.format(currency=report.account.currency),
    )


def _open_items_slide(
    report: ClientReport, labels: ReportLabels, words: ReportWords, today: str
) -> deck.TableSlide:
    incidents = deck.Table(
        (
            deck.Column(labels.title, 2.3, max_lines=2),
            deck.Column(labels.severity, 1.05),
            deck.Column(labels.status, 1.35),
            deck.Column(labels.reported, 1.2, numeric=True),
        ),
        tuple(
            (
                i.title,
                deck.Text(enum_word(i.severity, labels.translate), "alert")
                if i.severity is e.Severity.CRITICAL
                else enum_word(i.severity, labels.translate),
                enum_word(i.status, labels.translate),
                words.day(i.reported_at),
            )
            for i in report.incidents
        ),
        heading=labels.open_incidents.format(count=len(report.incidents)),
        empty=labels.no_incidents,
        font_size=11,
    )
    actions = deck.Table(
        (
            deck.Column(labels.title, 2.6, max_lines=2),
            deck.Column(labels.owner_column, 1.5),
            deck.Column(labels.due, 1.2, numeric=True),
        ),
        tuple(
            (
                a.title,
                owner_word(a.owner, a.owner_team, labels.translate),
                deck.Text(words.day(a.due_on), "alert" if a.overdue else "normal")
                if a.due_on
                else "",
            )
            for a in report.actions
        ),
        heading=labels.open_actions.format(count=len(report.actions)),
        empty=labels.no_actions,
        font_size=11,
    )
    return deck.TableSlide(
        labels.open_items, (incidents, actions), note=labels.open_items_note.format(date=today)
    )


def _next_steps_slide(
    report: ClientReport, labels: ReportLabels, words: ReportWords
) -> deck.TableSlide:
    urgent = (StepKind.OVERDUE_ACTION, StepKind.CRITICAL_INCIDENT)
    rows = tuple(
        (
            str(number),
            deck.Text(labels.step_names[step.kind], "alert" if step.kind in urgent else "strong"),
            step.title,
            labels.step_when[step.kind].format(date=words.day(step.on)) if step.on else "",
            owner_word(step.owner, step.owner_team, labels.translate),
        )
        for number, step in enumerate(report.next_steps, 1)
    )
    columns = (
        deck.Column("#", 0.4, numeric=True),
        deck.Column(labels.step, 1.9),
        deck.Column(labels.item, 4.6, max_lines=2),
        deck.Column(labels.when, 2.2),
        deck.Column(labels.who, 1.9),
    )
    renewal = report.next_renewal
    note = (
        labels.next_renewal.format(
            title=renewal.title,
            date=words.day(renewal.ends_on),
            status=enum_word(renewal.renewal_status, labels.translate),
        )
        if renewal is not None
        else labels.no_renewal
    )
    return deck.TableSlide(
        labels.next_steps,
        (deck.Table(columns, rows, empty=labels.no_next_steps, font_size=13),),
        note=note,
    )


# --- the workbook ------------------------------------------------------------------------
