"""The mapping the user chose for a file, remembered for the next file with the same headers.

Saved in the settings under ``import/mappings/<layout key>`` as JSON
(``{"kind": …, "mapping": {header: field}}``); what no longer fits the file or
the fields (a renamed field, another header) is dropped when read back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from workbench.services.import_fields import FIELDS
from workbench.services.import_layouts import Mapping, layout_key
from workbench.ui.preferences import SETTINGS_MAPPINGS


@dataclass(frozen=True)
class SavedMapping:
    kind: str
    mapping: Mapping


def _setting(headers: tuple[str, ...]) -> str:
    return f"{SETTINGS_MAPPINGS}/{layout_key(headers)}"


def saved_mapping(settings: QSettings, headers: tuple[str, ...]) -> SavedMapping | None:
    """What the user mapped a file with these *headers* to last time, if anything."""
    raw = settings.value(_setting(headers))
    if not isinstance(raw, str):
        return None
    try:
        saved = json.loads(raw)
        kind, mapping = saved["kind"], saved["mapping"]
    except (ValueError, KeyError, TypeError):
        return None
    if kind not in FIELDS or not isinstance(mapping, dict):
        return None
    keys = {field.key for field in FIELDS[kind]}
    present = set(headers)
    return SavedMapping(
        kind,
        {
            str(header): str(key)
            for header, key in mapping.items()
            if header in present and key in keys
        },
    )


def save_mapping(
    settings: QSettings, headers: tuple[str, ...], kind: str, mapping: Mapping
) -> None:
    chosen = {header: key for header, key in mapping.items() if key}
    settings.setValue(
        _setting(headers), json.dumps({"kind": kind, "mapping": chosen}, ensure_ascii=False)
    )
