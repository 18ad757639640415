"""All-day events (holidays, birthdays, a client visit day): a flag on meetings, whose
times then run from midnight to midnight in the meeting's zone.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 04:30:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite accepts NOT NULL with a default): batch mode would copy
    # the table and drop the search index's triggers on it.
    op.add_column(
        'meetings',
        sa.Column('all_day', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place, keeping the triggers on the table.
    op.drop_column('meetings', 'all_day')
