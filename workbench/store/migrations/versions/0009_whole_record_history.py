"""The field history keeps a created or deleted record as one row holding the record whole
(field ``*``, its values as a JSON object), not one row per field: an import of 100,000
contacts wrote 800,000 history rows and took twice as long as without them.

The triggers are made from the models at the end of every migration run
(``store.history``), so the new ones come with this revision; here the rows 0008's
triggers wrote for creations and deletions are folded into one per record, keeping the
first row's id (its place in the history's order) and its operation.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 13:00:00

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: A stored value as JSON holds it: a BLOB (another program's) as its hex digits.
_JSON_VALUE = "iif(typeof({0}) = 'blob', hex({0}), {0})"


def upgrade() -> None:
    op.execute(
        "CREATE TEMP TABLE whole_records AS "
        "SELECT min(id) AS id, operation_id, table_name, record_uid, max(account_id) AS account_id, "
        "kind, "
        "CASE kind WHEN 'delete' THEN json_group_object(field, "
        + _JSON_VALUE.format("old_value")
        + ") END AS old_value, "
        "CASE kind WHEN 'create' THEN json_group_object(field, "
        + _JSON_VALUE.format("new_value")
        + ") END AS new_value "
        "FROM field_changes WHERE kind IN ('create', 'delete') AND field != '*' "
        "GROUP BY operation_id, table_name, record_uid, kind"
    )
    op.execute("DELETE FROM field_changes WHERE kind IN ('create', 'delete') AND field != '*'")
    op.execute(
        "INSERT INTO field_changes (id, operation_id, table_name, record_uid, account_id, kind, "
        "field, old_value, new_value) "
        "SELECT id, operation_id, table_name, record_uid, account_id, kind, '*', old_value, "
        "new_value FROM whole_records"
    )
    op.execute("DROP TABLE whole_records")


def downgrade() -> None:
    """Each whole record back to a row per field it held a value in (new ids, in order)."""
    op.execute(
        "INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, "
        "field, old_value, new_value) "
        "SELECT c.operation_id, c.table_name, c.record_uid, c.account_id, c.kind, f.key, "
        "CASE c.kind WHEN 'delete' THEN f.value END, CASE c.kind WHEN 'create' THEN f.value END "
        "FROM field_changes AS c, "
        "json_each(CASE c.kind WHEN 'create' THEN c.new_value ELSE c.old_value END) AS f "
        "WHERE c.field = '*' AND f.value IS NOT NULL ORDER BY c.id, f.id"
    )
    op.execute("DELETE FROM field_changes WHERE field = '*'")
