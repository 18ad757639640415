"""A laptop's sync state with a team server: where it stands (server, user, cursor, last
pushed history row) and the server's version of each record it has had.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 17:00:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'sync_state',
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('value', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state')),
    )
    op.create_table(
        'sync_records',
        sa.Column('record_uid', sa.String(length=36), nullable=False),
        sa.Column('version', sa.BigInteger(), nullable=False),
        sa.Column('held', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('record_uid', name=op.f('pk_sync_records')),
    )


def downgrade() -> None:
    op.drop_table('sync_records')
    op.drop_table('sync_state')
