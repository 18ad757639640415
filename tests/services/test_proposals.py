"""Proposals through the services: list, content, validation, versions, diff, budget, catalog."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from workbench.domain.enums import ProposalStatus, SectionKind
from workbench.domain.validation import ValidationError
from workbench.services import proposals
from workbench.services.catalog import ProductDraft, list_products, save_product, set_retired
from workbench.services.proposal_diff import ChangeKind, diff
from workbench.services.proposals import LineDraft, PhaseDraft, RoiDraft
from workbench.store.database import Store
from workbench.store.models import Account, AccountBudget, ProposalLineItem, ProposalVersion

SENT_AT = datetime(2026, 11, 20, 10, tzinfo=UTC)


def _spanish_account(store: Store) -> int:
    with store.session() as session:
        account_id = session.scalars(select(Account.id).where(Account.country == "ES")).first()
    assert account_id is not None
    return account_id


def _new(store: Store, account_id: int, title: str = "Renewal 2027") -> int:
    with store.transaction() as session:
        return proposals.create_proposal(session, account_id, title)[0]


LINES = (
    LineDraft(
        "Platform licence", Decimal(3), Decimal("1000.00"), "licence", Decimal(10), Decimal(21)
    ),
    LineDraft("Training day", Decimal("2.5"), Decimal("799.99"), "day", Decimal(0), Decimal(21)),
    LineDraft("Premium support", Decimal(1), Decimal(5000), "year", Decimal(0), Decimal(21), True),
)


def test_a_new_proposal_starts_from_the_template_in_the_clients_language(
    sample_store: Store,
) -> None:
    account_id = _spanish_account(sample_store)
    proposal_id = _new(sample_store, account_id)
    with sample_store.session() as session:
        state = proposals.load_proposal(session, proposal_id)
        account = session.get_one(Account, account_id)
    assert state.language == "es"
    assert state.version.number == 1 and state.version.status is ProposalStatus.DRAFT
    assert not state.read_only
    assert [s.kind for s in state.content.sections][:2] == [
        SectionKind.EXECUTIVE_SUMMARY,
        SectionKind.CLIENT_NEEDS,
    ]
    assert state.content.sections[0].title == "Resumen ejecutivo"
    assert account.name in state.content.sections[0].body_html
    assert state.content.currency == account.currency


def test_content_is_saved_whole_and_totals_follow_the_lines(sample_store: Store) -> None:
    account_id = _spanish_account(sample_store)
    proposal_id = _new(sample_store, account_id)
    with sample_store.session() as session:
        state = proposals.load_proposal(session, proposal_id)
    content = replace(
        state.content,
        currency="EUR",
        lines=LINES,
        phases=(PhaseDraft("Set-up", date(2027, 1, 4), date(2027, 1, 29), Decimal("1500.00")),),
        roi=RoiDraft(Decimal(20000), 3, Decimal(8)),
    )
    with sample_store.transaction() as session:
        proposals.save_content(session, state.version.version_id, content)
    with sample_store.session() as session:
        again = proposals.load_proposal(session, proposal_id)
        rows = proposals.list_proposals(session, account_id=account_id)
    assert again.content == content
    totals = content.totals()
    # 3 × 1000 = 3000 − 10 % = 2700 + 21 % = 567 → 3267.00;
    # 2.5 × 799.99 = 1999.975 → 1999.98 (half-up), + 21 % = 419.9958 → 420.00 → 2419.98.
    assert totals.total == Decimal("5686.98")
    assert totals.optional_total == Decimal("6050.00")
    row = next(r for r in rows if r.proposal_id == proposal_id)
    assert row.total == Decimal("5686.98") and row.number == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": " "}, "title"),
        ({"currency": "euro"}, "currency"),
        ({"lines": (LineDraft("Bad", Decimal(0), Decimal(10)),)}, "line.1.quantity"),
        ({"lines": (LineDraft("Bad", Decimal(1), Decimal(-5)),)}, "line.1.unit_price"),
        (
            {"lines": (LineDraft("Bad", Decimal(1), Decimal(5), discount_pct=Decimal(120)),)},
            "line.1.discount_pct",
        ),
        (
            {"phases": (PhaseDraft("Late", date(2027, 2, 1), date(2027, 1, 1), Decimal(1)),)},
            "phase.1.ends_on",
        ),
        ({"roi": RoiDraft(Decimal(100), 0, Decimal(8))}, "roi.horizon_years"),
        ({"roi": RoiDraft(Decimal(100), 3, Decimal(-100))}, "roi.discount_rate_pct"),
    ],
)
def test_refused_content_leaves_the_stored_proposal_untouched(
    sample_store: Store, change: dict, field: str
) -> None:
    account_id = _spanish_account(sample_store)
    proposal_id = _new(sample_store, account_id)
    with sample_store.session() as session:
        state = proposals.load_proposal(session, proposal_id)
    good = replace(state.content, lines=LINES)
    with sample_store.transaction() as session:
        proposals.save_content(session, state.version.version_id, good)
    with pytest.raises(ValidationError) as refused, sample_store.transaction() as session:
        proposals.save_content(session, state.version.version_id, replace(good, **change))
    assert field in {p.field for p in refused.value.problems}
    with sample_store.session() as session:
        assert proposals.load_proposal(session, proposal_id).content == good


def test_sending_freezes_and_a_change_starts_the_next_version(sample_store: Store) -> None:
    account_id = _spanish_account(sample_store)
    proposal_id = _new(sample_store, account_id)
    with sample_store.session() as session:
        v1 = proposals.load_proposal(session, proposal_id)
    with sample_store.transaction() as session:
        proposals.save_content(session, v1.version.version_id, replace(v1.content, lines=LINES))
        proposals.send(session, v1.version.version_id, SENT_AT)
    with sample_store.session() as session:
        sent = proposals.load_proposal(session, proposal_id)
    assert sent.read_only and sent.version.sent_at == SENT_AT
    with pytest.raises(proposals.ReadOnlyVersionError), sample_store.transaction() as session:
        proposals.save_content(session, sent.version.version_id, sent.content)
    with sample_store.transaction() as session:
        v2_id, _changes = proposals.start_next_version(session, proposal_id)
    with sample_store.session() as session:
        v2 = proposals.load_proposal(session, proposal_id)
    assert v2.version.version_id == v2_id and v2.version.number == 2
    assert v2.content == sent.content and not v2.read_only
    cheaper = replace(
        v2.content,
        lines=(
            replace(LINES[0], discount_pct=Decimal(20)),
            LINES[1],
            LineDraft("Workshop", Decimal(1), Decimal(900)),
        ),
    )
    with sample_store.transaction() as session:
        proposals.save_content(session, v2_id, cheaper)
    with sample_store.session() as session:
        old = proposals.load_proposal(session, proposal_id, 1)
        new = proposals.load_proposal(session, proposal_id, 2)
    assert old.content.lines == LINES  # the client's copy is as it was sent
    assert old.read_only
    changes = diff(old.content, new.content)
    described = {(c.part, c.name, c.kind, c.attribute) for c in changes}
    assert ("line", "Workshop", ChangeKind.ADDED, "") in described
    assert ("line", "Premium support", ChangeKind.REMOVED, "") in described
    assert ("line", "Platform licence", ChangeKind.CHANGED, "discount_pct") in described
    assert ("total", "total", ChangeKind.CHANGED, "total") in described


def test_decisions_follow_sending_and_are_dated(sample_store: Store) -> None:
    account_id = _spanish_account(sample_store)
    proposal_id = _new(sample_store, account_id)
    with sample_store.session() as session:
        version_id = proposals.load_proposal(session, proposal_id).version.version_id
    with pytest.raises(proposals.ReadOnlyVersionError), sample_store.transaction() as session:
        proposals.decide(session, version_id, ProposalStatus.ACCEPTED, SENT_AT)
    decided = datetime(2026, 11, 25, tzinfo=UTC)
    with sample_store.transaction() as session:
        proposals.send(session, version_id, SENT_AT)
        proposals.decide(session, version_id, ProposalStatus.ACCEPTED, decided)
    with sample_store.session() as session:
        version = session.get_one(ProposalVersion, version_id)
        assert version.status is ProposalStatus.ACCEPTED and version.decided_at == decided


def test_budget_fit_says_by_how_much_the_total_goes_over(sample_store: Store) -> None:
    account_id = _spanish_account(sample_store)
    with sample_store.transaction() as session:
        session.query(AccountBudget).filter_by(account_id=account_id, period=20271).delete()
        session.add(
            AccountBudget(
                account_id=account_id, period=20271, planned=Decimal(10000), committed=Decimal(7000)
            )
        )
    with sample_store.session() as session:
        currency = session.get_one(Account, account_id).currency
        fits = proposals.budget_fit(session, account_id, Decimal(2500), date(2027, 2, 1))
        over = proposals.budget_fit(session, account_id, Decimal(4200), date(2027, 2, 1))
        none = proposals.budget_fit(session, account_id, Decimal(1), date(2031, 1, 1))
        other = "USD" if currency != "USD" else "EUR"
        foreign = proposals.budget_fit(session, account_id, Decimal(4200), date(2027, 2, 1), other)
    assert fits.fits and fits.available == Decimal(3000)
    assert not over.fits and over.excess == Decimal(1200)
    assert none.planned is None and none.fits
    assert not foreign.comparable and foreign.excess == 0  # no exchange rate is assumed


def test_catalog_products_are_added_changed_and_retired(sample_store: Store) -> None:
    draft = ProductDraft(
        "ONB-01", "Onboarding workshop", Decimal("1200.00"), "EUR", "day", Decimal(21)
    )
    with sample_store.transaction() as session:
        product_id, _changes = save_product(session, draft)
    with pytest.raises(ValidationError) as refused, sample_store.transaction() as session:
        save_product(session, replace(draft, name="Copy"))
    assert [p.field for p in refused.value.problems] == ["code"]
    with pytest.raises(ValidationError), sample_store.transaction() as session:
        save_product(session, replace(draft, code="X", unit_price=Decimal(-1)))
    with sample_store.transaction() as session:
        save_product(session, replace(draft, unit_price=Decimal(1300)), product_id)
        set_retired(session, product_id, True)
    with sample_store.session() as session:
        offered = {p.id for p in list_products(session)}
        every = {p.id: p for p in list_products(session, include_retired=True)}
    assert product_id not in offered
    assert every[product_id].retired and every[product_id].draft.unit_price == Decimal(1300)


def test_the_list_filters_by_status_and_text(sample_store: Store) -> None:
    with sample_store.session() as session:
        everything = proposals.list_proposals(session)
        drafts = proposals.list_proposals(session, statuses=[ProposalStatus.DRAFT])
        first = everything[0]
        found = proposals.list_proposals(session, text=first.account_name[:6].lower())
        lines = session.scalar(select(func.count()).select_from(ProposalLineItem))
    assert everything and lines
    assert {r.status for r in drafts} == {ProposalStatus.DRAFT}
    assert first.proposal_id in {r.proposal_id for r in found}
    stamps = [r.updated_at for r in everything]
    assert stamps == sorted(stamps, reverse=True)


def test_every_change_to_a_proposal_names_what_the_tabs_read(sample_store: Store) -> None:
    """The Proposals list reloads on these tables; the editor's product list on products."""
    account_id = _spanish_account(sample_store)
    with sample_store.transaction() as session:
        proposal_id, created = proposals.create_proposal(session, account_id, "Renewal 2027")
        state = proposals.load_proposal(session, proposal_id)
        version_id = state.version.version_id
        saved = proposals.save_content(session, version_id, replace(state.content, lines=LINES))
        sent = proposals.send(session, version_id, SENT_AT)
        _v2, next_version = proposals.start_next_version(session, proposal_id)
        _again, nothing_new = proposals.start_next_version(session, proposal_id)  # a draft already
        decided = proposals.decide(session, version_id, ProposalStatus.ACCEPTED, SENT_AT)
        draft = ProductDraft("CHG-1", "Change set", Decimal(10), "EUR")
        product_id, added = save_product(session, draft)
        retired = set_retired(session, product_id, True)[1]
    for changes in (created, saved[1], sent[1], next_version, decided[1]):
        assert changes.touches(*proposals.LIST_READS)
        assert {"proposal_sections", "proposal_line_items", "proposal_phases"} <= changes.tables
    assert not nothing_new.tables and not nothing_new.everything
    for changes in (added, retired):
        assert changes.tables == {"products"}
