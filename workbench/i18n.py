"""Translation at the edge: the one place outside ``ui/`` that speaks to Qt's translator.

``domain/`` and ``services/`` stay free of Qt: a refusal carries its template, its
translation context and its values (:class:`workbench.domain.validation.Refusal`), and a
service that writes words takes a :data:`~workbench.domain.validation.Translate`
function. The window and the command line pass :func:`translate` and call
:func:`translated`; both follow the translators installed in the application.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.domain.validation import Refusal


def translate(context: str, text: str, disambiguation: str | None = None, /) -> str:
    """*text* in the interface language (Qt's translators; the text itself when none has it)."""
    return QCoreApplication.translate(context, text, disambiguation)


def translated(refusal: Refusal) -> str:
    """*refusal*'s sentence in the interface language (``str(refusal)`` is the English)."""
    return translate(refusal.context, refusal.template).format(**refusal.values)
