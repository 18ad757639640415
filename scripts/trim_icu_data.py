"""Shrink Qt's ICU data library (32 MB) to the locales the app speaks (about 9 MB).

Qt Core links ICU, whose data library ``libicudata.so.NN`` holds every locale's collation,
display names, currencies, units, transliterators, spelled-out numbers and legacy code
pages. The app formats with QLocale's own tables and sorts in Python and SQL; from ICU it
needs case mapping, normalization, break rules and, for en/es, collation and zone names.
This keeps every non-locale item (properties, normalization, break rules, dictionaries)
and, in each locale-keyed folder, ``root``, ``en*`` and ``es*``; it drops converters
(``*.cnv``: UTF-8/16 and Latin-1 are algorithmic in ICU), transliterators and rule-based
number formats. It then relinks the data as a shared library exporting the same symbol,
with binutils (``objcopy``, ``ld``) and ICU's ``icupkg`` (Debian: icu-devtools).

    python3 scripts/trim_icu_data.py PATH/TO/libicudata.so.NN   # replaces it in place
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LOCALES = ("root", "en", "es")
DROPPED_FOLDERS = ("translit/", "rbnf/")
_LOCALE_ITEM = re.compile(
    r"^(?:(?P<folder>[a-z]+)/)?(?P<name>[A-Za-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$"
)
_ALWAYS = ("res_index", "pool", "supplementalData", "metadata", "keyTypeData", "likelySubtags")


def dropped(item: str) -> bool:
    """Whether an item of the ICU data package (``coll/fr.res``, ``ibm-943_P15A-2003.cnv``) goes."""
    if item.endswith(".cnv") or item.startswith(DROPPED_FOLDERS):
        return True
    match = _LOCALE_ITEM.match(item)
    if match is None:
        return False
    name = match["name"]
    if name in _ALWAYS or name.startswith(_ALWAYS):
        return False
    return name.split("_")[0] not in KEPT_LOCALES


def trim(library: Path) -> tuple[int, int]:
    """Replace *library* by its trimmed copy; return the sizes before and after."""
    symbols = subprocess.run(["nm", "-D", str(library)], capture_output=True, text=True, check=True)
    symbol = next(
        line.split()[-1] for line in symbols.stdout.splitlines() if line.endswith("_dat")
    )  # icudt73_dat
    stem = symbol.removesuffix("_dat") + "l"  # icudt73l: the package's little-endian name
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="icu-") as scratch:
        work = Path(scratch)
        package = work / f"{stem}.dat"
        subprocess.run(
            ["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(package)],
            check=True,
        )
        listing = subprocess.run(
            ["icupkg", "-l", str(package)], capture_output=True, text=True, check=True
        )
        items = [line.strip() for line in listing.stdout.splitlines() if line.strip()]
        (work / "drop.txt").write_text("\n".join(i for i in items if dropped(i)) + "\n")
        subprocess.run(["icupkg", "-r", "drop.txt", package.name], cwd=work, check=True)
        subprocess.run(
            [
                "objcopy", "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
                "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
                "--set-section-alignment", ".rodata=16",
                "--redefine-sym", f"_binary_{stem}_dat_start={symbol}",
                package.name, "data.o",
            ],
            cwd=work,
            check=True,
        )  # fmt: skip
        subprocess.run(
            ["ld", "-shared", "-soname", library.name, "-o", "trimmed.so", "data.o"],
            cwd=work,
            check=True,
        )
        shutil.copyfile(work / "trimmed.so", library)
    return before, library.stat().st_size


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: trim_icu_data.py PATH/TO/libicudata.so.NN")
    old, new = trim(Path(sys.argv[1]))
    print(f"{sys.argv[1]}: {old / 1e6:.1f} MB -> {new / 1e6:.1f} MB")
