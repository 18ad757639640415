"""A junior colleague's mentor: the colleague who guides them. The director's views show a
junior's accounts under their mentor (the Portfolio's owner filter and order, the
Dashboard by account manager).

SQLite adds a column with its reference in place (``ADD COLUMN … REFERENCES``: allowed
for a column whose default is empty); PostgreSQL adds the column, then the constraint.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 16:30:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0015'
down_revision: Union[str, Sequence[str], None] = '0014'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_FK = 'fk_colleagues_mentor_id_colleagues'


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            'ALTER TABLE colleagues ADD COLUMN mentor_id INTEGER '
            f'CONSTRAINT {_FK} REFERENCES colleagues (id) ON DELETE SET NULL'
        )
        return
    op.add_column('colleagues', sa.Column('mentor_id', sa.Integer(), nullable=True))
    op.create_foreign_key(_FK, 'colleagues', 'colleagues', ['mentor_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        op.drop_constraint(_FK, 'colleagues', type_='foreignkey')
    else:
        # SQLite checks every trigger against the table it alters, and the history's
        # name the column: they go (an upgrade makes them again for the schema reached).
        triggers = bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'colleagues'"
        ).scalars().all()
        for name in triggers:
            op.execute(f'DROP TRIGGER "{name}"')
    op.drop_column('colleagues', 'mentor_id')
