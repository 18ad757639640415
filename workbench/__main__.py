"""``python -m workbench`` runs the same entry point as the ``workbench`` command.

It is also the bundle's entry point. An archive restore starts a second process with
``spawn``, which imports this module again under another name: the guard keeps that
import from running the program, and :func:`multiprocessing.freeze_support` lets the
bundle's executable act as that process.
"""

from __future__ import annotations

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
