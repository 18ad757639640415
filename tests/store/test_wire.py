"""The wire's values as a laptop stores them."""

from __future__ import annotations

import uuid

import pytest

from workbench.store.models import Base
from workbench.store.wire import stored_uid, storer


def test_a_uid_as_text_is_stored_as_the_uid_column_stores_the_uuid() -> None:
    column = Base.metadata.tables["interactions"].c.uid
    for uid in (uuid.uuid4(), uuid.UUID("0190C2D4-1234-7ABC-8DEF-0123456789AB")):
        expected = storer(column)(uid)
        assert stored_uid(str(uid)) == expected
        assert stored_uid(str(uid).upper()) == expected
        assert stored_uid(uid.hex) == expected


@pytest.mark.parametrize(
    "text", ["", "not-a-uid", "0190c2d4-1234-7abc-8def-0123456789a", "g" * 32, None, "1" * 33]
)
def test_what_is_not_a_uid_is_refused(text: object) -> None:
    with pytest.raises(ValueError, match="Not a record uid"):
        stored_uid(text)
