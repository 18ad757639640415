"""Text as it may be stored and written out: no control characters, one Unicode form.

Files from other programs carry ESC, BEL or NUL now and then; stored, they break
every XML-based export later (XLSX, PPTX, DOCX). Text coming in loses them here, and
text going out is made safe here as well, so that no stored value can ever make an
export fail.
"""

from __future__ import annotations

import re
import unicodedata

#: C0 controls but TAB, LF and CR, plus DEL: never meaningful in a record's text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: What XML 1.0 cannot hold at all, whatever the escaping (controls, lone surrogates, …).
_NOT_XML = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def without_control_characters(text: str) -> str:
    """*text* without the C0 control characters (TAB, CR and LF kept) and DEL."""
    return _CONTROL.sub("", text)


def xml_safe(text: str) -> str:
    """*text* with what XML cannot carry shown as ``\\xNN`` (so nothing silently vanishes)."""
    return _NOT_XML.sub(lambda found: f"\\x{ord(found.group()):02X}", text)


def normalized(text: str) -> str:
    """*text* in NFC, the form our keyboards type and our index stores."""
    return unicodedata.normalize("NFC", text)
