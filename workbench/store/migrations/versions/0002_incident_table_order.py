"""An index in the incident table's order (severity, then oldest), for paging 50,000 rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 20:40:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(
        'ix_incidents_severity_reported',
        'incidents',
        ['severity', 'reported_at', 'id'],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index('ix_incidents_severity_reported', table_name='incidents')
