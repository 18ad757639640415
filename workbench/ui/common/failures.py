"""What the window says when a task fails: the same sentence as the command line.

A refusal speaks for itself; a database failure the program recognises (busy, in use,
disk full, read-only, damaged, a wrong passphrase) becomes its one sentence in the
interface language (:func:`workbench.store.failures.describe_failure`); anything else
keeps its own text.
"""

from __future__ import annotations

from workbench.domain.validation import Refusal
from workbench.i18n import translated
from workbench.store.failures import describe_failure


def failure_text(error: BaseException) -> str:
    """*error* as one message for a dialog, in the interface language where it is known."""
    if isinstance(error, Refusal):
        return translated(error)
    failure = describe_failure(error)
    if failure is not None:
        return translated(failure)
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return str(error) or type(error).__name__
