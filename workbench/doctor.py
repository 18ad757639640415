"""``workbench doctor``: can this machine open the real window?

Qt's xcb platform plugin needs a dozen X11 libraries that a bare Debian or Ubuntu lacks, and
when one is missing Qt aborts with a message that names the wrong one. The doctor finds the
plugin and the Qt libraries it loads, lists every shared library that does not resolve (with
``ldd``, or by reading the ELF files' ``DT_NEEDED`` entries itself) and prints the one
``apt-get install`` line that fixes it. Headless and quick: it never starts Qt.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import sysconfig
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

#: Colon-separated folders that replace the system's library search path (for tests, and to
#: ask "would it run with only these libraries?"). When set, ``ldd`` is not used.
LIBRARY_PATH_ENV_VAR = "WORKBENCH_DOCTOR_LIBRARY_PATH"

#: Debian 12 / Ubuntu 24.04 package of each library Qt's xcb window loads (directly or not).
PACKAGE_OF_LIBRARY: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libexpat.so.1": "libexpat1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
}

#: The platform plugin, its GL integrations, and the Qt libraries behind the modules we import.
PLUGIN_FILES = (
    "platforms/libqxcb.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
)
QT_LIBRARIES = (
    "libQt6XcbQpa.so.6",
    "libQt6Widgets.so.6",
    "libQt6PrintSupport.so.6",
    "libQt6Gui.so.6",
    "libQt6Core.so.6",
)

_ELF_MAGIC = b"\x7fELF"
_SHT_DYNAMIC = 6
_DT_NEEDED, _DT_RPATH, _DT_RUNPATH = 1, 15, 29


@dataclass(frozen=True)
class ElfInfo:
    """What the dynamic loader reads from a shared object: its kind and what it needs."""

    elf_class: int
    machine: int
    needed: tuple[str, ...]
    runpath: tuple[str, ...]


def read_elf(path: Path) -> ElfInfo | None:
    """The ``DT_NEEDED`` and ``DT_RUNPATH``/``DT_RPATH`` entries of an ELF file, or None if it
    is not one (or is damaged)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < 64 or not data.startswith(_ELF_MAGIC) or data[4] not in (1, 2):
        return None
    is_64 = data[4] == 2
    order = "<" if data[5] == 1 else ">"
    try:
        header = struct.unpack_from(
            order + ("HHIQQQIHHHHHH" if is_64 else "HHIIIIIHHHHHH"), data, 16
        )
        machine, shoff, shentsize, shnum = header[1], header[5], header[10], header[11]
        section_format = order + ("IIQQQQIIQQ" if is_64 else "IIIIIIIIII")
        sections = [
            struct.unpack_from(section_format, data, shoff + i * shentsize) for i in range(shnum)
        ]
        needed: list[str] = []
        runpath: list[str] = []
        rpath: list[str] = []
        for section in sections:
            if section[1] != _SHT_DYNAMIC:
                continue
            strings = sections[section[6]]
            string_offset = strings[4]
            entry_format = order + ("qQ" if is_64 else "iI")
            entry_size = struct.calcsize(entry_format)
            for offset in range(section[4], section[4] + section[5], entry_size):
                tag, value = struct.unpack_from(entry_format, data, offset)
                if tag == 0:
                    break
                if tag in (_DT_NEEDED, _DT_RPATH, _DT_RUNPATH):
                    start = string_offset + value
                    text = data[start : data.index(b"\0", start)].decode("utf-8", "replace")
                    if tag == _DT_NEEDED:
                        needed.append(text)
                    else:
                        (runpath if tag == _DT_RUNPATH else rpath).extend(text.split(":"))
    except (struct.error, IndexError, ValueError):
        return None
    origin = str(path.parent)
    search = [
        entry.replace("$ORIGIN", origin).replace("${ORIGIN}", origin)
        for entry in (runpath or rpath)
        if entry
    ]
    return ElfInfo(data[4], machine, tuple(needed), tuple(search))


def system_library_path() -> list[str]:
    """Where the dynamic loader looks: ``$LD_LIBRARY_PATH``, ``/etc/ld.so.conf``, the defaults."""
    folders = [entry for entry in os.environ.get("LD_LIBRARY_PATH", "").split(":") if entry]
    folders += _ld_so_conf(Path("/etc/ld.so.conf"), set())
    arch = sysconfig.get_config_var("MULTIARCH") or ""
    for root in ("/lib", "/usr/lib"):
        if arch:
            folders.append(f"{root}/{arch}")
        folders += [f"{root}64", root]
    return list(dict.fromkeys(folders))


def _ld_so_conf(path: Path, seen: set[Path]) -> list[str]:
    if path in seen:
        return []
    seen.add(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    folders: list[str] = []
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("include"):
            pattern = line.split(None, 1)[1] if " " in line or "\t" in line else ""
            if pattern and not pattern.startswith("/"):
                pattern = str(path.parent / pattern)
            for included in sorted(glob.glob(pattern)):
                folders += _ld_so_conf(Path(included), seen)
        elif line:
            folders.append(line)
    return folders


def resolve_libraries(
    files: Iterable[Path], search_path: Sequence[str]
) -> tuple[dict[str, Path], list[str]]:
    """Where each library that ``files`` need (directly or through another) is found, and the
    ones no folder holds.

    Resolves like the dynamic loader: the object's own RUNPATH (``$ORIGIN`` expanded), then
    ``search_path``; a candidate of another ELF class or machine is skipped; a library found
    once is reused by every later object that needs it.
    """
    loaded: dict[str, Path] = {}
    missing: list[str] = []
    queue = list(files)
    while queue:
        info = read_elf(queue.pop(0))
        if info is None:
            continue
        for name in info.needed:
            if name in loaded or name in missing:
                continue
            found = _resolve(name, info, search_path)
            if found is None:
                missing.append(name)
            else:
                loaded[name] = found
                queue.append(found)
    return loaded, missing


def missing_by_elf(files: Iterable[Path], search_path: Sequence[str]) -> list[str]:
    """The libraries ``files`` need that no folder of ``search_path`` (or RUNPATH) holds."""
    return resolve_libraries(files, search_path)[1]


def _resolve(name: str, parent: ElfInfo, search_path: Sequence[str]) -> Path | None:
    candidates = (
        [Path(name)] if "/" in name else [Path(d) / name for d in (*parent.runpath, *search_path)]
    )
    for candidate in candidates:
        if candidate.is_file():
            info = read_elf(candidate)
            if info and info.elf_class == parent.elf_class and info.machine == parent.machine:
                return candidate
    return None


def missing_by_ldd(files: Iterable[Path], ldd: str) -> list[str]:
    """The ``not found`` lines ``ldd`` prints for each file, in order, once each."""
    missing: list[str] = []
    for path in files:
        result = subprocess.run(
            [ldd, str(path)], capture_output=True, text=True, check=False, timeout=60
        )
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition("=>")
            if where.strip() == "not found" and name.strip() not in missing:
                missing.append(name.strip())
    return missing


def qt_folders() -> list[Path]:
    """PySide6's ``Qt`` folders: in the one-folder bundle first, then the installed package."""
    folders: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders += [Path(bundle) / "PySide6" / "Qt", Path(bundle) / "PySide6", Path(bundle)]
    spec = importlib.util.find_spec("PySide6")  # located, not imported
    if spec is not None and spec.submodule_search_locations:
        folders += [Path(location) / "Qt" for location in spec.submodule_search_locations]
    return [folder for folder in folders if folder.is_dir()]


def files_to_check(folders: Sequence[Path] | None = None) -> list[Path]:
    """The xcb plugin (first) and the Qt libraries it and our modules load, where they are."""
    folders = qt_folders() if folders is None else folders
    found: list[Path] = []
    for relative in (*PLUGIN_FILES, *(f"lib/{name}" for name in QT_LIBRARIES)):
        for folder in folders:
            candidates = [folder / relative, folder / "plugins" / relative]
            if relative.startswith("lib/"):
                candidates.append(folder / relative.removeprefix("lib/"))
            hit = next((c for c in candidates if c.is_file()), None)
            if hit is not None:
                found.append(hit)
                break
    return found


def fonts_found() -> tuple[int, str]:
    """How many font files the system offers, and who counted them."""
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            result = subprocess.run(
                [fc_list, "--format", "%{file}\n"],
                capture_output=True,
                text=True,
                check=False,
                timeout=30,
            )
            return len([line for line in result.stdout.splitlines() if line.strip()]), "fc-list"
        except (OSError, subprocess.TimeoutExpired):
            pass
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    roots += [Path.home() / ".local/share/fonts", Path.home() / ".fonts"]
    count = 0
    for root in roots:
        if root.is_dir():
            for _dirpath, _dirs, names in os.walk(root):
                count += sum(name.lower().endswith((".ttf", ".otf", ".ttc")) for name in names)
    return count, "the font folders"


@dataclass
class Diagnosis:
    """What the doctor found: the files it read, what does not resolve, and how it looked."""

    files: list[Path]
    missing: list[str]
    method: str
    unknown: list[str] = field(default_factory=list)

    @property
    def packages(self) -> list[str]:
        known = (PACKAGE_OF_LIBRARY[name] for name in self.missing if name in PACKAGE_OF_LIBRARY)
        return list(dict.fromkeys(known))


def diagnose(
    search_path: Sequence[str] | None = None, folders: Sequence[Path] | None = None
) -> Diagnosis:
    """Check the xcb plugin and the Qt libraries; ``search_path`` (or the environment variable
    ``WORKBENCH_DOCTOR_LIBRARY_PATH``) replaces the system's library folders."""
    files = files_to_check(folders)
    if search_path is None and os.environ.get(LIBRARY_PATH_ENV_VAR):
        search_path = [d for d in os.environ[LIBRARY_PATH_ENV_VAR].split(":") if d]
    ldd = shutil.which("ldd")
    if search_path is not None:
        missing = missing_by_elf(files, search_path)
        method = f"the ELF files' needs, against {os.pathsep.join(search_path)}"
    elif ldd:
        missing = missing_by_ldd(files, ldd)
        method = "ldd"
    else:
        missing = missing_by_elf(files, system_library_path())
        method = "the ELF files' needs, against the system library path (no ldd here)"
    unknown = [name for name in missing if name not in PACKAGE_OF_LIBRARY]
    return Diagnosis(files, missing, method, unknown)


def run_doctor(out: TextIO | None = None, search_path: Sequence[str] | None = None) -> int:
    """Print the diagnosis; 0 when the window's libraries are all there, 1 otherwise."""
    out = out or sys.stdout
    diagnosis = diagnose(search_path)
    if not diagnosis.files or diagnosis.files[0].name != "libqxcb.so":
        print(
            "Qt's xcb platform plugin (libqxcb.so) is not installed: PySide6 is missing "
            "or incomplete. Reinstall the application (make run does it).",
            file=out,
        )
        return 1
    print(f"Qt xcb platform plugin: {diagnosis.files[0]}", file=out)
    print(f"Checked {len(diagnosis.files)} Qt files with {diagnosis.method}.", file=out)
    if diagnosis.missing:
        print(f"Missing libraries ({len(diagnosis.missing)}):", file=out)
        for name in diagnosis.missing:
            package = PACKAGE_OF_LIBRARY.get(name, "unknown package (apt-file search finds it)")
            print(f"  {name:<28} {package}", file=out)
        if diagnosis.packages:
            print("Install them with:", file=out)
            print(f"  sudo apt-get install {' '.join(diagnosis.packages)}", file=out)
    else:
        print("Every library the window needs is installed.", file=out)
    display = (
        os.environ.get("WAYLAND_DISPLAY") and f"WAYLAND_DISPLAY={os.environ['WAYLAND_DISPLAY']}"
    )
    display = display or (os.environ.get("DISPLAY") and f"DISPLAY={os.environ['DISPLAY']}")
    if display:
        print(f"Display: {display}.", file=out)
    else:
        print(
            "Display: none ($DISPLAY and $WAYLAND_DISPLAY are empty): the window needs a "
            "desktop session (or xvfb-run); the command-line commands work without one.",
            file=out,
        )
    count, counter = fonts_found()
    if count:
        print(f"Fonts: {count} found by {counter}.", file=out)
    else:
        print(
            f"Fonts: none found by {counter}; the window falls back to its own DejaVu Sans. "
            "For the system's: sudo apt-get install fonts-dejavu-core",
            file=out,
        )
    return 1 if diagnosis.missing else 0
