"""Alembic environment, run from ``workbench.store.migrate`` (never through ``fileConfig``,
which would reset the application's logging)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.types import TypeDecorator

from workbench.store.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: Any, autogen_context: Any) -> Any:
    """Write the app's column types as their storage type, so a migration never
    imports application code that may change after the migration was written."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def _configure_and_run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by recreating them
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _configure_and_run(connection)
else:  # developer use: `alembic -x url=sqlite:///file.db ...`
    url = context.get_x_argument(as_dictionary=True).get(
        "url", config.get_main_option("sqlalchemy.url")
    )
    engine = create_engine(str(url))
    with engine.begin() as conn:
        _configure_and_run(conn)
