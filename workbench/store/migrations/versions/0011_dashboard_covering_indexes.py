"""Two covering indexes for the Dashboard, whose rows 0008 made wider (a uid, three stamps).

The agreed-KPI measurements' covering index starts with the KPI instead of the day.

A period's compliance is read KPI by KPI: the 18,000 agreed KPIs of the stress database
are scanned and each one's days of the quarter are one seek in this index, instead of
116,000 measurements of the quarter each looking their KPI up (its direction and target)
in a table that 0008's uid and stamps made wider: 47–55 → 32 ms for the quarter's
compliance. The same index answers one KPI's chart and latest value without row lookups.

The revenue records' period index carries the account, revenue and cost, so a period's
sums read the index alone: the raw SQL of the Dashboard, its charts, the focus list and
the health scores takes 531 instead of 622 ms (73,000 records).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 16:00:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index(
        'ix_kpi_measurements_kpi_day_value',
        'kpi_measurements',
        ['kpi_id', 'measured_on', 'value'],
        unique=False,
    )
    op.drop_index('ix_kpi_measurements_day_kpi_value', table_name='kpi_measurements')
    op.create_index(
        'ix_revenue_records_period_figures',
        'revenue_records',
        ['period', 'account_id', 'revenue', 'cost'],
        unique=False,
    )
    op.drop_index('ix_revenue_records_period', table_name='revenue_records')


def downgrade() -> None:
    op.create_index('ix_revenue_records_period', 'revenue_records', ['period'], unique=False)
    op.drop_index('ix_revenue_records_period_figures', table_name='revenue_records')
    op.create_index(
        'ix_kpi_measurements_day_kpi_value',
        'kpi_measurements',
        ['measured_on', 'kpi_id', 'value'],
        unique=False,
    )
    op.drop_index('ix_kpi_measurements_kpi_day_value', table_name='kpi_measurements')
