"""Global search: the index follows every write, and finds words as a user types them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from workbench.domain.enums import (
    AccountStatus,
    IncidentCategory,
    MarketNoteKind,
    MeetingKind,
    MeetingMode,
    Sector,
    Severity,
    Tier,
)
from workbench.services.focus import TargetTab
from workbench.services.search import MARK_END, MARK_START, match_expression, search
from workbench.store.database import Store
from workbench.store.models import (
    Account,
    Contact,
    Incident,
    IncidentEvent,
    MarketNote,
    Meeting,
    ProposalSection,
)

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    with store.transaction() as session:
        account = Account(
            name="Construcciones Martínez S.L.",
            sector=Sector.MANUFACTURING,
            tier=Tier.KEY,
            status=AccountStatus.ACTIVE,
            country="ES",
            time_zone="Europe/Madrid",
            currency="EUR",
            description="Obra civil en Aragón",
        )
        session.add(account)
        session.flush()
        contact = Contact(
            account_id=account.id,
            first_name="José",
            last_name="Núñez",
            email="jnunez@martinez.example",
            job_title="Director de compras",
        )
        meeting = Meeting(
            account_id=account.id,
            title="Revisión trimestral",
            kind=MeetingKind.QBR,
            mode=MeetingMode.VIRTUAL,
            starts_at=NOW,
            ends_at=NOW + timedelta(hours=1),
            time_zone="Europe/Madrid",
            agenda="Presupuesto 2027 y plazos de entrega",
        )
        incident = Incident(
            account_id=account.id,
            title="Retraso en la entrega",
            category=IncidentCategory.DELIVERY_DELAY,
            severity=Severity.HIGH,
            reported_at=NOW,
            description="Camión retenido en aduana",
        )
        note = MarketNote(
            account_id=account.id,
            kind=MarketNoteKind.COMPETITOR,
            title="Competidor agresivo",
            body="Ofrecen descuentos del 15 %",
            noted_on=NOW.date(),
        )
        session.add_all([contact, meeting, incident, note])
        session.flush()
        session.add(
            IncidentEvent(
                incident_id=incident.id,
                occurred_at=NOW,
                actor="account_manager",
                description="Llamada al transportista Logística Ébano",
            )
        )
        return {
            "account": account.id,
            "contact": contact.id,
            "meeting": meeting.id,
            "incident": incident.id,
            "note": note.id,
        }


def kinds(store: Store, typed: str) -> set[tuple[str, int]]:
    with store.session() as session:
        return {(hit.kind, hit.record_id) for hit in search(session, typed)}


def test_accents_and_case_do_not_matter(store: Store, book: dict[str, int]) -> None:
    assert ("account", book["account"]) in kinds(store, "martinez")
    assert ("account", book["account"]) in kinds(store, "MARTÍNEZ")
    assert ("contact", book["contact"]) in kinds(store, "nunez jos")


def test_every_word_matches_as_a_prefix(store: Store, book: dict[str, int]) -> None:
    assert kinds(store, "presup") == {("meeting", book["meeting"])}
    assert kinds(store, "retraso adu") == {("incident", book["incident"])}
    assert kinds(store, "ebano") == {("incident", book["incident"])}  # its timeline
    assert kinds(store, "competidor") == {("note", book["note"])}
    assert kinds(store, "martinez presupuesto") == set()  # no one record has both


def test_hits_know_their_account_snippet_and_where_they_open(
    store: Store, book: dict[str, int]
) -> None:
    with store.session() as session:
        (hit,) = search(session, "aduana")
    assert hit.account_name == "Construcciones Martínez S.L."
    assert f"{MARK_START}aduana{MARK_END}" in hit.snippet
    assert hit.target.tab is TargetTab.INCIDENTS and hit.target.record_id == book["incident"]
    with store.session() as session:
        (meeting,) = search(session, "plazos")
    assert meeting.target.tab is TargetTab.CALENDAR and meeting.target.occurrence == NOW


def test_the_index_follows_edits_and_deletes(store: Store, book: dict[str, int]) -> None:
    with store.transaction() as session:
        session.get_one(Account, book["account"]).name = "Grupo Aragonés de Obras"
    assert ("account", book["account"]) not in kinds(store, "martinez")
    assert ("account", book["account"]) in kinds(store, "aragones")
    with store.transaction() as session:
        session.delete(session.get_one(Account, book["account"]))
    assert kinds(store, "aragones") == set()
    assert kinds(store, "nunez") == set()  # the contact went with the account


def test_a_rolled_back_write_leaves_the_index_as_it_was(store: Store, book: dict[str, int]) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.get_one(Account, book["account"]).name = "Nombre provisional"
        session.flush()
        raise RuntimeError("the use case failed")
    assert kinds(store, "provisional") == set()
    assert ("account", book["account"]) in kinds(store, "martinez")


def test_proposal_text_is_found_without_its_markup(sample_store: Store) -> None:
    with sample_store.session() as session:
        section = session.scalars(select(ProposalSection).limit(1)).one()
        word = next(w for w in section.body_html.replace("<", " <").split() if w.isalpha())
        hits = [h for h in search(session, word, limit=200) if h.kind == "proposal"]
    assert hits and all("<" not in h.snippet for h in hits)
    assert all(h.target.tab is TargetTab.PROPOSALS for h in hits)


@pytest.mark.parametrize("typed", ["", "   ", "¿?", '"', "*", "AND", "NEAR("])
def test_odd_input_is_answered_not_raised(store: Store, book: dict[str, int], typed: str) -> None:
    with store.session() as session:
        search(session, typed)  # no exception, whatever the user types


def test_the_query_quotes_every_word() -> None:
    assert match_expression("Martinez gar") == '"Martinez" AND "gar"*'
    assert match_expression("Martinez ") == '"Martinez"'  # a space ends the word
    assert match_expression("a b c") is None  # single letters would match everything
    assert match_expression(" ¿? ") is None


def test_decomposed_accents_in_the_query_or_the_text_find_the_same_rows(store: Store) -> None:
    decomposed, composed = "Ma\u0301rti\u0301nez", "M\u00e1rt\u00ednez"
    with store.transaction() as session:
        for name in (f"{composed} Obras", f"{decomposed} Riegos"):  # stored NFC and NFD
            session.add(
                Account(
                    name=name,
                    sector=Sector.MANUFACTURING,
                    tier=Tier.KEY,
                    status=AccountStatus.ACTIVE,
                    country="ES",
                    time_zone="Europe/Madrid",
                    currency="EUR",
                )
            )
    with store.session() as session:
        for typed in (decomposed, composed, "martinez", f"{decomposed} ri", "Ma\u0301r"):
            found = {hit.title.split()[-1] for hit in search(session, typed)}
            expected = {"Riegos"} if typed.endswith(" ri") else {"Obras", "Riegos"}
            assert found == expected, typed
    assert match_expression(decomposed) == match_expression(composed) == f'"{composed}"*'
    assert match_expression("Nguye\u0302\u0303n ") == '"Nguy\u1ec5n"'


def add_notes(store: Store, account_id: int, bodies: list[str]) -> list[int]:
    with store.transaction() as session:
        notes = [
            MarketNote(
                account_id=account_id,
                kind=MarketNoteKind.COMPETITOR,
                title=f"Nota {number}",
                body=body,
                noted_on=NOW.date(),
            )
            for number, body in enumerate(bodies)
        ]
        session.add_all(notes)
        session.flush()
        return [note.id for note in notes]


def test_many_matches_give_the_newest_each_once_with_its_snippet(
    store: Store, book: dict[str, int]
) -> None:
    ids = add_notes(store, book["account"], [f"Pedido urgente número {n}" for n in range(260)])
    with store.session() as session:
        hits = search(session, "pedid")
    assert [hit.record_id for hit in hits] == sorted(ids, reverse=True)[:30]
    assert all(hit.kind == "note" for hit in hits)
    assert all(f"{MARK_START}Pedido{MARK_END}" in hit.snippet for hit in hits)
    assert all(hit.account_name == "Construcciones Martínez S.L." for hit in hits)


def test_few_matches_come_most_relevant_first(store: Store, book: dict[str, int]) -> None:
    once, thrice = add_notes(
        store,
        book["account"],
        ["Cemento gris y arena fina para la obra de Huesca", "cemento cemento cemento"],
    )
    with store.session() as session:
        hits = search(session, "cemento")
    assert [hit.record_id for hit in hits] == [thrice, once]
