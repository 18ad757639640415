"""How the import dialog names things: kinds, fields, encodings, actions, values and notes.

Kinds, fields and the service's notes are translated in context "import", where
the service marks them; the dialog's own words are in context "DataImport".
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from workbench.domain.period import Quarter
from workbench.domain.validation import QT_TRANSLATE_NOOP
from workbench.services.import_fields import KIND_TITLES, Field
from workbench.services.import_plan import Action, Match, RowNote
from workbench.services.import_plan import match_text as services_match_text
from workbench.ui.common.enum_labels import enum_label
from workbench.ui.common.formatting import (
    decimal_places,
    format_date,
    format_decimal,
    format_local_datetime,
    format_quarter,
)

#: Encodings the user may force, by Python codec; UTF-8 is read with "-sig" so a
#: byte-order mark, if any, is not taken for part of the first header.
ENCODINGS = (
    ("utf-8-sig", "UTF-8"),
    ("utf-16", "UTF-16"),
    ("cp1252", "Windows-1252"),
    ("latin-1", "Latin-1"),
)
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("DataImport", "UTF-8 with byte-order mark"),
    "utf-16": "UTF-16",
    "utf-16-le": QT_TRANSLATE_NOOP("DataImport", "UTF-16 with byte-order mark"),
    "utf-16-be": QT_TRANSLATE_NOOP("DataImport", "UTF-16 (big-endian) with byte-order mark"),
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}
DELIMITERS = (
    (",", QT_TRANSLATE_NOOP("DataImport", "Comma ( , )")),
    (";", QT_TRANSLATE_NOOP("DataImport", "Semicolon ( ; )")),
    ("\t", QT_TRANSLATE_NOOP("DataImport", "Tab")),
    ("|", QT_TRANSLATE_NOOP("DataImport", "Pipe ( | )")),
)
_LINE_ENDINGS = {
    "CRLF": QT_TRANSLATE_NOOP("DataImport", "Windows (CRLF)"),
    "LF": QT_TRANSLATE_NOOP("DataImport", "Unix (LF)"),
    "CR": QT_TRANSLATE_NOOP("DataImport", "classic Mac (CR)"),
    "": QT_TRANSLATE_NOOP("DataImport", "none (a single line)"),
}
_ACTIONS = {
    Action.CREATE: QT_TRANSLATE_NOOP("DataImport", "Create"),
    Action.MERGE: QT_TRANSLATE_NOOP("DataImport", "Update"),
    Action.SKIP: QT_TRANSLATE_NOOP("DataImport", "Skip"),
    Action.REFUSE: QT_TRANSLATE_NOOP("DataImport", "Refused"),
}


def import_text(text: str) -> str:
    """*text* (marked in context "import" by the services) in the interface language."""
    return QCoreApplication.translate("import", text)


def kind_title(kind: str) -> str:
    return import_text(KIND_TITLES[kind])


def field_label(field: Field) -> str:
    """The field's name, marked when every row needs it."""
    label = import_text(field.label)
    if field.required:
        return QCoreApplication.translate("DataImport", "{field} (required)").format(field=label)
    return label


def encoding_name(codec: str) -> str:
    name = _ENCODING_NAMES.get(codec)
    return codec.upper() if name is None else QCoreApplication.translate("DataImport", name)


def delimiter_name(delimiter: str) -> str:
    for key, name in DELIMITERS:
        if key == delimiter:
            return QCoreApplication.translate("DataImport", name)
    return repr(delimiter)


def line_ending_name(ending: str) -> str:
    return QCoreApplication.translate("DataImport", _LINE_ENDINGS.get(ending, ending))


def action_label(action: Action) -> str:
    return QCoreApplication.translate("DataImport", _ACTIONS[action])


def match_text(match: Match, hint: bool = True) -> str:
    """Why a row is, or may be, a record already stored (with what the user may do)."""
    text = services_match_text(match, import_text)
    if match.same_record:
        return QCoreApplication.translate("DataImport", "{match}: it will be updated").format(
            match=text
        )
    if not hint:
        return text
    return QCoreApplication.translate(
        "DataImport", "{match}: choose Update, Skip or Create"
    ).format(match=text)


def note_text(note: RowNote) -> str:
    """A row's problem or change, with the file's column it is about."""
    text = note.text(import_text)
    return f"{note.column}: {text}" if note.column else text


def one_line(text: str, limit: int = 80) -> str:
    """*text* on one line, shortened to *limit* characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def value_text(value: Any) -> str:
    """A value read from the file as the interface shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("DataImport", "Yes")
            if value
            else QCoreApplication.translate("DataImport", "No")
        )
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, Decimal):
        return format_decimal(value, decimal_places(value))
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return format_local_datetime(value)
        moment = QDateTime(
            QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
        )
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Quarter):
        return format_quarter(value)
    return one_line(str(value))
