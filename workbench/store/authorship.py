"""Who is writing: the name stamped on each record's ``updated_by`` and on the field
history's operations.

:meth:`~workbench.store.database.Store.transaction` sets it for the length of one
transaction, on the thread that runs it (a context variable: each worker thread has its
own); outside one, records are stamped with no name.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_AUTHOR: ContextVar[str | None] = ContextVar("workbench_author", default=None)


def current_author() -> str | None:
    return _AUTHOR.get()


@contextmanager
def writing_as(author: str | None) -> Iterator[None]:
    """Stamp the writes inside with *author*."""
    token = _AUTHOR.set(author)
    try:
        yield
    finally:
        _AUTHOR.reset(token)


def default_author() -> str:
    """The computer's name for its user: the full name of their account where it has one
    (``Elena Vidal``), else the login name."""
    try:
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):
        full = ""
    if full:
        return full
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
