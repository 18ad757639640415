"""``workbench doctor``: the libraries Qt's real X11 window needs, checked on the real plugin."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.doctor import (
    LIBRARY_PATH_ENV_VAR,
    PACKAGE_OF_LIBRARY,
    diagnose,
    files_to_check,
    missing_by_elf,
    read_elf,
    resolve_libraries,
    system_library_path,
)

FILES = files_to_check()
pytestmark = pytest.mark.skipif(
    not FILES or FILES[0].name != "libqxcb.so", reason="PySide6's xcb plugin is not installed"
)


def _fake_library_folder(folder: Path, leave_out: str) -> Path:
    """A folder holding (symlinks to) every system library the plugin resolves to here, but one."""
    folder.mkdir()
    found, _missing = resolve_libraries(FILES, system_library_path())
    for name, path in found.items():
        if name != leave_out and "PySide6" not in path.parts:
            (folder / name).symlink_to(path.resolve())
    return folder


def _apt_line(output: str) -> list[str]:
    lines = [line.strip() for line in output.splitlines() if "sudo apt-get install" in line]
    assert len(lines) <= 1
    return lines[0].removeprefix("sudo apt-get install").split() if lines else []


def test_doctor_on_a_library_path_without_libxcb_cursor_names_its_package(tmp_path, capsys):
    fake = _fake_library_folder(tmp_path / "lib", leave_out="libxcb-cursor.so.0")
    system_missing = missing_by_elf(FILES, system_library_path())

    code = main(["doctor", "--library-path", str(fake)])

    output = capsys.readouterr().out
    assert code == 1
    assert "libxcb-cursor.so.0" in output
    assert "libxcb-cursor0" in _apt_line(output)
    # Nothing else goes missing: the fake folder holds everything else this machine has.
    assert set(missing_by_elf(FILES, [str(fake)])) == {*system_missing, "libxcb-cursor.so.0"}


def test_doctor_reads_the_library_path_from_the_environment(tmp_path, capsys, monkeypatch):
    fake = _fake_library_folder(tmp_path / "lib", leave_out="libxkbcommon-x11.so.0")
    monkeypatch.setenv(LIBRARY_PATH_ENV_VAR, str(fake))

    code = main(["doctor"])

    assert code == 1
    assert "libxkbcommon-x11-0" in _apt_line(capsys.readouterr().out)


def test_a_full_library_path_reports_only_what_this_machine_lacks(tmp_path):
    fake = _fake_library_folder(tmp_path / "lib", leave_out="")
    system = diagnose(search_path=system_library_path())

    assert diagnose(search_path=[str(fake)]).missing == system.missing


@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd on this machine")
def test_doctor_agrees_with_ldd_on_this_machine(capsys):
    plugin = FILES[0]
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    not_found = {
        line.split("=>")[0].strip() for line in ldd.stdout.splitlines() if "not found" in line
    }

    code = main(["doctor"])

    output = capsys.readouterr().out
    assert code == (1 if not_found else 0)
    assert "Checked" in output and "with ldd" in output
    assert not_found <= set(diagnose().missing)
    # The ELF reader, without ldd, finds the same libraries missing.
    assert set(missing_by_elf(FILES, system_library_path())) == set(diagnose().missing)
    assert set(_apt_line(output)) >= {PACKAGE_OF_LIBRARY[name] for name in not_found}
    if not not_found:
        assert "Every library the window needs is installed." in output


def test_every_library_the_xcb_window_loads_here_has_a_package():
    found, missing = resolve_libraries(FILES, system_library_path())
    system_libraries = {name for name, path in found.items() if "PySide6" not in path.parts}

    unmapped = (
        {*system_libraries, *missing}
        - set(PACKAGE_OF_LIBRARY)
        - {
            "ld-linux-x86-64.so.2",
            "ld-linux-aarch64.so.1",
        }
    )
    assert unmapped == set()


def test_a_file_that_is_not_elf_needs_nothing(tmp_path):
    text = tmp_path / "libfake.so.1"
    text.write_text("not a library", encoding="utf-8")

    assert read_elf(text) is None
    assert missing_by_elf([text], []) == []


def test_the_readme_installs_every_package_the_xcb_window_links_to():
    found, _missing = resolve_libraries(FILES, system_library_path())
    qt_files = [*FILES, *(path for path in found.values() if "PySide6" in path.parts)]
    direct = {name for path in qt_files for name in _needs(path)}
    packages = {PACKAGE_OF_LIBRARY[name] for name in direct if name in PACKAGE_OF_LIBRARY}
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("sudo apt-get install", 1)[1].split("```", 1)[0]

    assert packages - _IN_EVERY_DEBIAN <= set(block.replace("\\", " ").split())


_IN_EVERY_DEBIAN = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1"}


def _needs(path: Path) -> tuple[str, ...]:
    info = read_elf(path)
    return info.needed if info else ()
