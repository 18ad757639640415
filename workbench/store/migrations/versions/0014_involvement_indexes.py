"""Indexes for who is involved in an account, which the team server asks at every request.

A colleague sees an account they own or that is shared with them, and one where work is
handed to them: an action item they owe, a meeting they are invited to, an incident they
own or their internal team is called to (``server/scope.py``). The owner of an action
item, of an incident and an incident's team had no index: each request of a manager
would read those tables whole. On a laptop, the "waiting on" view's items I owe read the
first index too.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 16:10:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0014'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_INDEXES = (
    ('ix_action_items_owner_colleague_id', 'action_items', 'owner_colleague_id'),
    ('ix_incidents_owner_id', 'incidents', 'owner_id'),
    ('ix_incident_teams_team', 'incident_teams', 'team'),
)


def upgrade() -> None:
    for name, table, column in _INDEXES:
        op.create_index(name, table, [column], unique=False)


def downgrade() -> None:
    for name, table, _column in _INDEXES:
        op.drop_index(name, table_name=table)
