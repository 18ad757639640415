"""The commands about the window itself: ``workbench doctor`` (can this machine open it?)
and ``workbench screenshot`` (render it to a PNG, headless)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import doctor
from workbench.cli.common import database_option, database_path

if TYPE_CHECKING:
    from workbench.cli.common import Commands

TAB_NAMES = ("portfolio", "calendar", "proposals", "incidents", "dashboard")


def add_parser(commands: Commands) -> None:
    diagnosis = commands.add_parser(
        "doctor",
        help="check that this machine has the system libraries the window needs",
        description="Find Qt's xcb platform plugin and the Qt libraries it loads, list every "
        "shared library missing from this machine and print the apt-get install line for them; "
        "also say whether a display is set and fonts are installed. Exit 1 when a library is "
        "missing. Headless: opens no window.",
    )
    diagnosis.add_argument(
        "--library-path",
        metavar="DIRS",
        help="colon-separated folders to look in instead of the system's "
        f"(also ${doctor.LIBRARY_PATH_ENV_VAR})",
    )
    diagnosis.set_defaults(run=run_doctor)

    shot = commands.add_parser(
        "screenshot",
        parents=[database_option()],
        help="render the window to a PNG, headless",
        description="Open the window on the database without showing it on screen and save "
        "one tab as a PNG (for documentation, support and the bundle smoke test).",
    )
    shot.add_argument("-o", "--output", required=True, metavar="FILE", help="PNG file to write")
    shot.add_argument("--tab", default="portfolio", choices=TAB_NAMES, help="tab to show")
    shot.add_argument(
        "--view",
        choices=("month", "week", "agenda", "sections", "lines", "plan", "roi"),
        help="the Calendar's view (month, week, agenda) or the proposal editor's page "
        "(sections, lines, plan, roi)",
    )
    shot.add_argument(
        "--size",
        type=_size,
        default=(1366, 768),
        metavar="WxH",
        help="window size (default 1366x768)",
    )
    shot.set_defaults(run=run_screenshot)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a size like 1366x768: {text!r}") from exc
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return width, height


def run_doctor(args: argparse.Namespace) -> int:
    path = args.library_path
    return doctor.run_doctor(search_path=[d for d in path.split(":") if d] if path else None)


def run_screenshot(args: argparse.Namespace) -> int:
    from workbench.app import save_screenshot

    save_screenshot(database_path(args), args.tab, args.size, Path(args.output), args.view)
    print(f"saved {args.output}")
    return 0
