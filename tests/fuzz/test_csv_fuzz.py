"""Generated hostile CSV files through the real reader and the real import: mutations
of every file of ../shared/corpus/csv, random bytes, wrong encodings, control
characters, unbalanced quotes, endless lines and fields. Each is imported or refused
with a reason, never a traceback, never half written, in bounded time and memory."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from tests.fuzz.import_harness import FUZZ, import_file
from workbench.io.delimited import MAX_FIELD_CHARS, MAX_LINE_CHARS
from workbench.store.database import Store

pytestmark = pytest.mark.fuzz

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "csv"
_CORPUS = {path.name: path.read_bytes() for path in sorted(CORPUS.glob("*.csv"))}
_FALLBACK = 'Name;Description;Website\r\n"Martínez";"línea 1\nlínea 2";m.example\r\n'.encode(
    "cp1252"
)
#: Headers of layouts the import recognises, so rows get as far as the database.
HEADERS = [
    ["Name", "Description", "Website", "Country", "Id"],
    ["Account", "First name", "Last name", "Email", "Phone", "Primary"],
    ["Account", "Title", "Description", "Severity", "Reported"],
    ["Name", "Parent", "Domain", "Id"],
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]
_CONTROL = "".join(map(chr, [*range(0x20), 0x7F])) + "\u2028\u0301\ufeff\ud7ff"


@st.composite
def mutated_corpus(draw: st.DrawFn) -> bytes:
    corpus = _CORPUS or {"fallback": _FALLBACK}  # the corpus lives beside the project
    data = bytearray(corpus[draw(st.sampled_from(sorted(corpus)))])
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        operation = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "cut"]))
        if operation == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif operation == "insert":
            data[at:at] = draw(st.sampled_from([b'"', b"\r", b"\n", b",", b";", b"\x00", b"\x1b"]))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif operation == "repeat":
            data[at:at] = bytes(data[at : at + 200]) * draw(st.integers(2, 50))
        else:
            del data[at:]
    return bytes(data)


@st.composite
def hostile_table(draw: st.DrawFn) -> bytes:
    headers = draw(st.sampled_from(HEADERS))
    cell = st.one_of(
        st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
        st.text(alphabet=_CONTROL + "aé\"';,\t", max_size=40),
        st.sampled_from(["Acme", "Ebro", "=cmd|' /C calc'!A0", "'+1", "1e308", "-0", "NaN"]),
        st.builds(lambda n, c: c * n, st.integers(1, 300_000), st.sampled_from('x \n"é')),
    )
    rows = draw(st.lists(st.lists(cell, max_size=len(headers) + 2), min_size=1, max_size=20))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))

    def line(values: list[str]) -> str:
        quoted = draw(st.booleans())
        return delimiter.join(
            '"' + v.replace('"', '""') + '"' if quoted or delimiter in v or '"' in v else v
            for v in values
        )

    text = ending.join(line(values) for values in [headers, *rows]) + ending
    encoding = draw(st.sampled_from(ENCODINGS))
    return codecs.encode(text, encoding, "replace")


@st.composite
def oversized(draw: st.DrawFn) -> bytes:
    """A line or a field just past its limit (built in memory, a few MB)."""
    if draw(st.booleans()):
        return b"Name,Description\nAcme," + b"y" * (MAX_LINE_CHARS + draw(st.integers(1, 9)))
    quoted = b'"' + b"z\r\n" * (MAX_FIELD_CHARS // 3 + draw(st.integers(1, 9))) + b'"'
    return b"Name,Description\nAcme," + quoted + b"\nEbro,ok\n"


FILES = st.one_of(
    mutated_corpus(),
    hostile_table(),
    st.binary(max_size=4096),
    oversized(),
)


@FUZZ
@given(data=FILES)
def test_generated_csv_files_are_imported_or_refused_whole(
    store: Store, tmp_path: Path, data: bytes
) -> None:
    event(import_file(store, tmp_path, data, ".csv"))
