"""Records get an identity the same on every machine and stamps of who changed them when;
the field history (operations and field changes) and the settings that change figures
get their tables.

* ``uid`` (UUIDv7, 32 hex digits, unique) on every record's table. Rows already there get
  one made here: the migration's time (one millisecond further for each table, so no two
  tables share one) followed by the row's id and 32 random bits, so they are unique, in id
  order within a table, and unlike another database's.
* ``created_at``/``updated_at`` where a table had none (the migration's time for rows
  already there: when they were made is not known, only that it was before), and
  ``updated_by`` everywhere (unknown for rows already there).
* ``operations``, ``field_changes`` and ``settings``. The history's triggers are made
  from the models at the end of every migration run (``store.history``), not here.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 08:00:00

"""
import time
from datetime import UTC, datetime
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: Every record's table, and whether it had created_at/updated_at already.
RECORDS = {
    'colleagues': False,
    'products': True,
    'accounts': True,
    'account_budgets': False,
    'agreed_kpis': True,
    'contacts': True,
    'contracts': True,
    'incidents': True,
    'market_notes': True,
    'meetings': True,
    'opportunities': True,
    'revenue_records': False,
    'action_items': True,
    'compensations': False,
    'incident_events': False,
    'incident_status_changes': False,
    'incident_teams': False,
    'interactions': False,
    'kpi_measurements': False,
    'meeting_attendees': False,
    'meeting_exceptions': False,
    'proposals': True,
    'survey_responses': False,
    'proposal_versions': True,
    'proposal_line_items': False,
    'proposal_phases': False,
    'proposal_roi': False,
    'proposal_sections': False,
}

CHANGE_SOURCES = ('form', 'import', 'undo', 'restore', 'merge', 'command', 'sync', 'system')
CHANGE_KINDS = ('create', 'update', 'delete')
EPOCH = '1970-01-01 00:00:00.000000'


def _uid_of_row(ms: int) -> str:
    """SQL making a version-7 uid of 32 hex digits for each row: *ms*, then the rowid's
    42 bits (12 in rand_a; 2 beside the variant, 28 in rand_b) and 32 random bits."""
    return (
        f"printf('%012x7%03x%x%015x', {ms}, (rowid >> 30) & 4095, 8 | ((rowid >> 28) & 3), "
        "((rowid & 268435455) << 32) | (random() & 4294967295))"
    )


def upgrade() -> None:
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=' ', timespec='microseconds')
    ms = time.time_ns() // 1_000_000
    op.create_table(
        'operations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.Uuid(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('author', sa.String(length=200), nullable=True),
        sa.Column(
            'source',
            sa.Enum(*CHANGE_SOURCES, name='source', native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_operations')),
    )
    op.create_index(op.f('ix_operations_uid'), 'operations', ['uid'], unique=True)
    op.create_index(op.f('ix_operations_at'), 'operations', ['at'], unique=False)
    op.create_table(
        'field_changes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('operation_id', sa.Integer(), nullable=True),
        sa.Column('table_name', sa.String(length=64), nullable=False),
        sa.Column('record_uid', sa.Uuid(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=True),
        sa.Column(
            'kind',
            sa.Enum(*CHANGE_KINDS, name='kind', native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column('field', sa.String(length=64), nullable=False),
        # No type affinity: the values as the records' columns stored them.
        sa.Column('old_value', sa.BLOB(), nullable=True),
        sa.Column('new_value', sa.BLOB(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_field_changes')),
    )
    op.create_index(
        op.f('ix_field_changes_operation_id'), 'field_changes', ['operation_id'], unique=False
    )
    op.create_index('ix_field_changes_record', 'field_changes', ['record_uid', 'id'], unique=False)
    op.create_index(
        'ix_field_changes_account', 'field_changes', ['account_id', 'id'], unique=False
    )
    op.create_table(
        'settings',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('value', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('uid', sa.Uuid(), nullable=False, server_default=''),
        sa.Column('updated_by', sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_settings')),
    )
    op.create_index(op.f('ix_settings_uid'), 'settings', ['uid'], unique=True)

    # Plain ADD COLUMNs (batch mode would copy each table and drop the search index's
    # triggers on it). SQLite wants a constant default for a NOT NULL column added; the
    # same in every database (the schema is then the same whenever it was migrated), and
    # replaced at once in the rows already there. The program always gives a value.
    for offset, (table, stamped) in enumerate(RECORDS.items()):
        stamps = ''
        if not stamped:
            for column in ('created_at', 'updated_at'):
                op.add_column(
                    table,
                    sa.Column(column, sa.DateTime(), nullable=False, server_default=EPOCH),
                )
            stamps = f", created_at = '{now}', updated_at = '{now}'"
        op.add_column(table, sa.Column('uid', sa.Uuid(), nullable=False, server_default=''))
        op.add_column(table, sa.Column('updated_by', sa.String(length=200), nullable=True))
        op.execute(f"UPDATE {table} SET uid = {_uid_of_row(ms + offset)}{stamps}")
        op.create_index(op.f(f'ix_{table}_uid'), table, ['uid'], unique=True)


def downgrade() -> None:
    bind = op.get_bind()
    triggers = bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history_%'"
    ).scalars().all()
    for name in triggers:
        op.execute(f'DROP TRIGGER "{name}"')
    for table, stamped in reversed(RECORDS.items()):
        op.drop_index(op.f(f'ix_{table}_uid'), table_name=table)
        op.drop_column(table, 'updated_by')
        op.drop_column(table, 'uid')
        if not stamped:
            op.drop_column(table, 'updated_at')
            op.drop_column(table, 'created_at')
    op.drop_index(op.f('ix_settings_uid'), table_name='settings')
    op.drop_table('settings')
    op.drop_index('ix_field_changes_account', table_name='field_changes')
    op.drop_index('ix_field_changes_record', table_name='field_changes')
    op.drop_index(op.f('ix_field_changes_operation_id'), table_name='field_changes')
    op.drop_table('field_changes')
    op.drop_index(op.f('ix_operations_at'), table_name='operations')
    op.drop_index(op.f('ix_operations_uid'), table_name='operations')
    op.drop_table('operations')
