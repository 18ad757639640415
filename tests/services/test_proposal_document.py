"""A proposal gathered for export: every figure the PDF and DOCX print, no Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from workbench.domain.enums import ProposalStatus
from workbench.domain.pricing import PricedLine
from workbench.domain.roi import RoiInputs, analyse
from workbench.services import proposals
from workbench.services.proposal_document import (
    DEFAULT_COMPANY,
    ProposalNotFound,
    load_document,
)
from workbench.services.proposals import LineDraft, PhaseDraft, RoiDraft
from workbench.store.database import Store
from workbench.store.models import Account, Colleague

LINES = (
    LineDraft(
        "Platform licence", Decimal(3), Decimal("1000.00"), "licence", Decimal(10), Decimal(21)
    ),
    LineDraft("Training day", Decimal("2.5"), Decimal("799.99"), "day", Decimal(0), Decimal(21)),
    LineDraft("Premium support", Decimal(1), Decimal(5000), "year", Decimal(0), Decimal(21), True),
)
PHASES = (
    PhaseDraft("Set-up", date(2027, 1, 4), date(2027, 1, 29), Decimal("3000.00"), "Kick-off"),
    PhaseDraft("Roll-out", date(2027, 2, 1), date(2027, 3, 31), Decimal("2000.00")),
)


def _account(store: Store, language: str) -> int:
    """The first sample account whose proposals are written in *language*."""
    with store.session() as session:
        accounts = session.execute(select(Account.id, Account.country).order_by(Account.id))
        return next(
            row.id for row in accounts if proposals.proposal_language(row.country) == language
        )


def _proposal(store: Store, language: str, roi: RoiDraft | None = None) -> int:
    """A proposal with known lines, phases and ROI in an account speaking *language*."""
    with store.transaction() as session:
        proposal_id, _changes = proposals.create_proposal(
            session, _account(store, language), "Renewal 2027", valid_until=date(2026, 12, 31)
        )
        state = proposals.load_proposal(session, proposal_id)
        content = replace(
            state.content,
            currency="EUR",
            lines=LINES,
            phases=PHASES,
            roi=roi or RoiDraft(Decimal(4000), 3, Decimal(8)),
        )
        proposals.save_content(session, state.version.version_id, content)
    return proposal_id


def test_the_document_holds_the_newest_version_with_its_figures(sample_store: Store) -> None:
    proposal_id = _proposal(sample_store, "en")
    document = load_document(sample_store, proposal_id)

    assert (document.title, document.version, document.status) == (
        "Renewal 2027",
        1,
        ProposalStatus.DRAFT,
    )
    assert document.language == "en" and document.currency == "EUR"
    assert document.valid_until == date(2026, 12, 31)
    assert [line.description for line in document.lines] == ["Platform licence", "Training day"]
    assert [line.description for line in document.optional_lines] == ["Premium support"]
    licence = document.lines[0].amounts
    assert (licence.subtotal, licence.discount, licence.net, licence.tax, licence.total) == (
        Decimal("3000.00"),
        Decimal("300.00"),
        Decimal("2700.00"),
        Decimal("567.00"),
        Decimal("3267.00"),
    )
    # 2.5 × 799.99 = 1999.975 → 1999.98; tax 419.9958 → 420.00.
    assert document.lines[1].amounts.total == Decimal("2419.98")
    assert document.totals.total == Decimal("5686.98")
    assert document.totals.optional_total == Decimal("6050.00")
    with sample_store.session() as session:
        listed = next(
            row for row in proposals.list_proposals(session) if row.proposal_id == proposal_id
        )
    assert listed.total == document.totals.total


def test_sections_come_in_order_with_their_html(sample_store: Store) -> None:
    document = load_document(sample_store, _proposal(sample_store, "es"))
    assert document.language == "es"
    assert document.sections[0].title == "Resumen ejecutivo"
    assert document.sections[0].html.startswith("<")
    assert document.account_name in document.sections[0].html


def test_phases_are_summed_against_the_total(sample_store: Store) -> None:
    document = load_document(sample_store, _proposal(sample_store, "en"))
    assert [phase.name for phase in document.phases] == ["Set-up", "Roll-out"]
    assert document.phases[0].deliverables == "Kick-off"
    assert document.phases_total == Decimal("5000.00")
    assert document.phases_difference == Decimal("5000.00") - Decimal("5686.98")


def test_the_investment_defaults_to_the_total(sample_store: Store) -> None:
    document = load_document(sample_store, _proposal(sample_store, "en"))
    assert document.roi is not None
    assert document.roi.investment_is_total
    inputs = RoiInputs(Decimal("5686.98"), Decimal(4000), 3, Decimal(8))
    assert document.roi.inputs == inputs
    assert document.roi.result == analyse(inputs)

    typed = _proposal(
        sample_store, "en", RoiDraft(Decimal(4000), 3, Decimal(8), investment=Decimal(9000))
    )
    roi = load_document(sample_store, typed).roi
    assert roi is not None and not roi.investment_is_total
    assert roi.inputs.investment == Decimal(9000)


def test_an_earlier_version_can_be_chosen(sample_store: Store) -> None:
    proposal_id = _proposal(sample_store, "en")
    sent_at = datetime(2026, 11, 20, 10, tzinfo=UTC)
    with sample_store.transaction() as session:
        state = proposals.load_proposal(session, proposal_id)
        proposals.send(session, state.version.version_id, sent_at)
        proposals.start_next_version(session, proposal_id)
    assert load_document(sample_store, proposal_id).version == 2
    first = load_document(sample_store, proposal_id, 1)
    assert (first.version, first.status) == (1, ProposalStatus.SENT)
    assert first.sent_on == first.issued_on == date(2026, 11, 20)


def test_a_session_works_as_well_as_a_store(sample_store: Store) -> None:
    proposal_id = _proposal(sample_store, "en")
    with sample_store.session() as session:
        assert load_document(session, proposal_id) == load_document(sample_store, proposal_id)


def test_unknown_proposals_and_versions_are_refused(sample_store: Store) -> None:
    proposal_id = _proposal(sample_store, "en")
    with pytest.raises(ProposalNotFound):
        load_document(sample_store, 999_999)
    with pytest.raises(ProposalNotFound):
        load_document(sample_store, proposal_id, 7)


def test_our_name_is_the_colleague_marked_as_me_else_the_app(sample_store: Store) -> None:
    proposal_id = _proposal(sample_store, "en")
    with sample_store.session() as session:
        me = session.scalars(select(Colleague.name).where(Colleague.is_me.is_(True))).one()
    assert load_document(sample_store, proposal_id).company == me
    with sample_store.transaction() as session:
        session.execute(update(Colleague).values(is_me=False))
    assert load_document(sample_store, proposal_id).company == DEFAULT_COMPANY


def test_every_sample_proposal_can_be_gathered(sample_store: Store) -> None:
    with sample_store.session() as session:
        rows = proposals.list_proposals(session)
        assert rows
        for row in rows:
            document = load_document(session, row.proposal_id)
            assert document.totals.total == row.total
            lines = document.lines + document.optional_lines
            assert document.totals.optional_total == sum(
                (line.amounts.total for line in document.optional_lines), Decimal(0)
            )
            assert all(
                line.amounts
                == PricedLine(
                    line.quantity, line.unit_price, line.discount_pct, line.tax_pct, line.optional
                ).amounts("EUR")
                for line in lines
            )
