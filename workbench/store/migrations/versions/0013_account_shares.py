"""Accounts shared with colleagues beside their owner: a manager who works the account
too, or the assistant it is assigned to. The team server lets them see it.

The first migration run on the team server's PostgreSQL as well as on laptops: from this
one on, every migration runs on both (a step for the laptop's own tables or SQLite's
features alone checks ``_on_laptop()``).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 00:32:17

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _on_laptop() -> bool:
    return op.get_bind().dialect.name == 'sqlite'


def upgrade() -> None:
    # A uid's server default is never used (the program gives every record its UUIDv7);
    # PostgreSQL's uuid type has no empty value.
    no_uid_yet = sa.text("('')") if _on_laptop() else sa.text('gen_random_uuid()')
    op.create_table(
        'account_shares',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('colleague_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('uid', sa.Uuid(), server_default=no_uid_yet, nullable=False),
        sa.Column('updated_by', sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ['account_id'],
            ['accounts.id'],
            name=op.f('fk_account_shares_account_id_accounts'),
            ondelete='CASCADE',
        ),
        sa.ForeignKeyConstraint(
            ['colleague_id'],
            ['colleagues.id'],
            name=op.f('fk_account_shares_colleague_id_colleagues'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_account_shares')),
        sa.UniqueConstraint(
            'account_id',
            'colleague_id',
            name=op.f('uq_account_shares_account_id_colleague_id'),
        ),
    )
    op.create_index(
        op.f('ix_account_shares_colleague_id'), 'account_shares', ['colleague_id'], unique=False
    )
    op.create_index(op.f('ix_account_shares_uid'), 'account_shares', ['uid'], unique=True)


def downgrade() -> None:
    op.drop_index(op.f('ix_account_shares_uid'), table_name='account_shares')
    op.drop_index(op.f('ix_account_shares_colleague_id'), table_name='account_shares')
    op.drop_table('account_shares')
