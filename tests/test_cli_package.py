"""The command line package's shape: every command names the function that runs it, and the
command groups share only ``cli.common`` and ``cli.store``, never each other."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import pytest

import workbench.cli
from workbench.cli import COMMAND_GROUPS, build_parser

PACKAGE = Path(workbench.cli.__file__).parent
SHARED = {"workbench.cli.common", "workbench.cli.store"}


def sub_commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_names_the_function_that_runs_it() -> None:
    commands = sub_commands(build_parser())
    assert (
        len(commands) == 21
    )  # … with `server` (init, upgrade, user below it), `sync`, `conflicts`, `share`
    for name, parser in commands.items():
        run = parser.get_default("run")
        assert callable(run), f"{name} sets no run=…"
        assert run.__module__ in {group.__name__ for group in COMMAND_GROUPS}, name


def workbench_cli_imports(path: Path) -> set[str]:
    """The modules of this package that *path* imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            found |= {node.module, *names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("workbench.cli.")}


MODULES = sorted(p for p in PACKAGE.glob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.stem)
def test_a_module_of_the_package_imports_only_what_is_shared(path: Path) -> None:
    imported = {name for name in workbench_cli_imports(path) if name.count(".") == 2}
    if path.stem == "common":
        assert imported == set()
    elif path.stem == "store":
        assert imported <= {"workbench.cli.common"}
    else:
        assert imported <= SHARED


def test_every_group_module_is_registered() -> None:
    groups = {group.__name__.rsplit(".", 1)[-1] for group in COMMAND_GROUPS}
    assert groups == {p.stem for p in MODULES} - {"common", "store"}
