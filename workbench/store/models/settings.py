"""Settings that change figures (reporting currency and exchange rates, health-score
weights, response-time targets, the off-laptop backup folder, the author's name): stored
with the data, so the window and every command compute alike, and recorded in the field
history like any change. Personal preferences stay in the window's QSettings."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from workbench.store.models.base import Base, Recorded


class Setting(Recorded, Base):
    """One setting: its key and its value as JSON (typed by ``services.settings``)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(sa.JSON)
