"""Global search: an FTS5 index of accounts, contacts, meetings, proposals, incidents and
notes, kept in sync by triggers, and filled with the rows already there.

The statements are written out here (not imported from ``workbench.store.search_index``)
so this migration stays what it was when later versions change the index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 22:55:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

CREATE = [
    "CREATE VIRTUAL TABLE search_index USING fts5(\n    title, body, kind UNINDEXED, record_id UNINDEXED, account_id UNINDEXED,\n    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'\n)",
    "CREATE TRIGGER search_index_accounts_insert AFTER INSERT ON accounts BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 1, new.name, coalesce(new.description, ''), 'account', new.id, new.id); END",
    "CREATE TRIGGER search_index_accounts_update AFTER UPDATE OF name, description ON accounts BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 1; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 1, new.name, coalesce(new.description, ''), 'account', new.id, new.id); END",
    'CREATE TRIGGER search_index_accounts_delete AFTER DELETE ON accounts BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 1; END',
    "CREATE TRIGGER search_index_contacts_insert AFTER INSERT ON contacts BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 2, new.first_name || ' ' || new.last_name, coalesce(new.email, '') || ' ' || coalesce(new.job_title, ''), 'contact', new.id, new.account_id); END",
    "CREATE TRIGGER search_index_contacts_update AFTER UPDATE OF first_name, last_name, email, job_title ON contacts BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 2; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 2, new.first_name || ' ' || new.last_name, coalesce(new.email, '') || ' ' || coalesce(new.job_title, ''), 'contact', new.id, new.account_id); END",
    'CREATE TRIGGER search_index_contacts_delete AFTER DELETE ON contacts BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 2; END',
    "CREATE TRIGGER search_index_meetings_insert AFTER INSERT ON meetings BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 3, new.title, coalesce(new.agenda, '') || ' ' || coalesce(new.minutes, '') || ' ' || coalesce(new.outcome, ''), 'meeting', new.id, new.account_id); END",
    "CREATE TRIGGER search_index_meetings_update AFTER UPDATE OF title, agenda, minutes, outcome ON meetings BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 3; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 3, new.title, coalesce(new.agenda, '') || ' ' || coalesce(new.minutes, '') || ' ' || coalesce(new.outcome, ''), 'meeting', new.id, new.account_id); END",
    'CREATE TRIGGER search_index_meetings_delete AFTER DELETE ON meetings BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 3; END',
    "CREATE TRIGGER search_index_proposal_sections_insert AFTER INSERT ON proposal_sections BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 4, new.title, new.body_html, 'proposal', (SELECT proposal_id FROM proposal_versions WHERE id = new.version_id), (SELECT p.account_id FROM proposals p JOIN proposal_versions v ON v.proposal_id = p.id WHERE v.id = new.version_id)); END",
    "CREATE TRIGGER search_index_proposal_sections_update AFTER UPDATE OF title, body_html ON proposal_sections BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 4; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 4, new.title, new.body_html, 'proposal', (SELECT proposal_id FROM proposal_versions WHERE id = new.version_id), (SELECT p.account_id FROM proposals p JOIN proposal_versions v ON v.proposal_id = p.id WHERE v.id = new.version_id)); END",
    'CREATE TRIGGER search_index_proposal_sections_delete AFTER DELETE ON proposal_sections BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 4; END',
    "CREATE TRIGGER search_index_incidents_insert AFTER INSERT ON incidents BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 5, new.title, coalesce(new.description, '') || ' ' || coalesce(new.client_impact, '') || ' ' || coalesce(new.root_cause, '') || ' ' || coalesce(new.resolution, '') || ' ' || coalesce(new.lessons_learned, ''), 'incident', new.id, new.account_id); END",
    "CREATE TRIGGER search_index_incidents_update AFTER UPDATE OF title, description, client_impact, root_cause, resolution, lessons_learned ON incidents BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 5; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 5, new.title, coalesce(new.description, '') || ' ' || coalesce(new.client_impact, '') || ' ' || coalesce(new.root_cause, '') || ' ' || coalesce(new.resolution, '') || ' ' || coalesce(new.lessons_learned, ''), 'incident', new.id, new.account_id); END",
    'CREATE TRIGGER search_index_incidents_delete AFTER DELETE ON incidents BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 5; END',
    "CREATE TRIGGER search_index_incident_events_insert AFTER INSERT ON incident_events BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 6, '', new.description, 'incident', new.incident_id, (SELECT account_id FROM incidents WHERE id = new.incident_id)); END",
    "CREATE TRIGGER search_index_incident_events_update AFTER UPDATE OF description ON incident_events BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 6; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 6, '', new.description, 'incident', new.incident_id, (SELECT account_id FROM incidents WHERE id = new.incident_id)); END",
    'CREATE TRIGGER search_index_incident_events_delete AFTER DELETE ON incident_events BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 6; END',
    "CREATE TRIGGER search_index_market_notes_insert AFTER INSERT ON market_notes BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 7, new.title, coalesce(new.body, ''), 'note', new.id, new.account_id); END",
    "CREATE TRIGGER search_index_market_notes_update AFTER UPDATE OF title, body ON market_notes BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 7; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 7, new.title, coalesce(new.body, ''), 'note', new.id, new.account_id); END",
    'CREATE TRIGGER search_index_market_notes_delete AFTER DELETE ON market_notes BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 7; END',
]

FILL = [
    "INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) SELECT source.id * 8 + 1, source.name, coalesce(source.description, ''), 'account', source.id, source.id FROM accounts AS source",
    "INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) SELECT source.id * 8 + 2, source.first_name || ' ' || source.last_name, coalesce(source.email, '') || ' ' || coalesce(source.job_title, ''), 'contact', source.id, source.account_id FROM contacts AS source",
    "INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) SELECT source.id * 8 + 3, source.title, coalesce(source.agenda, '') || ' ' || coalesce(source.minutes, '') || ' ' || coalesce(source.outcome, ''), 'meeting', source.id, source.account_id FROM meetings AS source",
    "INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) SELECT source.id * 8 + 4, source.title, source.body_html, 'proposal', (SELECT proposal_id FROM proposal_versions WHERE id = source.version_id), (SELECT p.account_id FROM proposals p JOIN proposal_versions v ON v.proposal_id = p.id WHERE v.id = source.version_id) FROM proposal_sections AS source",
    "INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) SELECT source.id * 8 + 5, source.title, coalesce(source.description, '') || ' ' || coalesce(source.client_impact, '') || ' ' || coalesce(source.root_cause, '') || ' ' || coalesce(source.resolution, '') || ' ' || coalesce(source.lessons_learned, ''), 'incident', source.id, source.account_id FROM incidents AS source",
    "INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) SELECT source.id * 8 + 6, '', source.description, 'incident', source.incident_id, (SELECT account_id FROM incidents WHERE id = source.incident_id) FROM incident_events AS source",
    "INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) SELECT source.id * 8 + 7, source.title, coalesce(source.body, ''), 'note', source.id, source.account_id FROM market_notes AS source",
]

DROP = [
    'DROP TRIGGER IF EXISTS search_index_accounts_insert',
    'DROP TRIGGER IF EXISTS search_index_accounts_update',
    'DROP TRIGGER IF EXISTS search_index_accounts_delete',
    'DROP TRIGGER IF EXISTS search_index_contacts_insert',
    'DROP TRIGGER IF EXISTS search_index_contacts_update',
    'DROP TRIGGER IF EXISTS search_index_contacts_delete',
    'DROP TRIGGER IF EXISTS search_index_meetings_insert',
    'DROP TRIGGER IF EXISTS search_index_meetings_update',
    'DROP TRIGGER IF EXISTS search_index_meetings_delete',
    'DROP TRIGGER IF EXISTS search_index_proposal_sections_insert',
    'DROP TRIGGER IF EXISTS search_index_proposal_sections_update',
    'DROP TRIGGER IF EXISTS search_index_proposal_sections_delete',
    'DROP TRIGGER IF EXISTS search_index_incidents_insert',
    'DROP TRIGGER IF EXISTS search_index_incidents_update',
    'DROP TRIGGER IF EXISTS search_index_incidents_delete',
    'DROP TRIGGER IF EXISTS search_index_incident_events_insert',
    'DROP TRIGGER IF EXISTS search_index_incident_events_update',
    'DROP TRIGGER IF EXISTS search_index_incident_events_delete',
    'DROP TRIGGER IF EXISTS search_index_market_notes_insert',
    'DROP TRIGGER IF EXISTS search_index_market_notes_update',
    'DROP TRIGGER IF EXISTS search_index_market_notes_delete',
    'DROP TABLE IF EXISTS search_index',
]


def upgrade() -> None:
    for statement in CREATE + FILL:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP:
        op.execute(statement)
