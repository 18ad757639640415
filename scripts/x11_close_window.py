#!/usr/bin/python3
"""Close an X11 window as its title bar's close button does: a WM_DELETE_WINDOW message.

A window manager turns the user's click into this ICCCM client message; the application
then runs its own close path (closeEvent, saving the layout, closing the database) and
exits by itself. Xvfb has no window manager, so CI sends the message directly. Run with
Debian's python3 and python3-xlib: ``x11_close_window.py WINDOW_ID`` (decimal or 0x hex).
"""

from __future__ import annotations

import sys

from Xlib import X, display
from Xlib.protocol import event


def close_window(window_id: int) -> None:
    screen = display.Display()
    window = screen.create_resource_object("window", window_id)
    protocols = screen.intern_atom("WM_PROTOCOLS")
    delete = screen.intern_atom("WM_DELETE_WINDOW")
    if delete not in (window.get_wm_protocols() or []):
        raise SystemExit(f"window {window_id:#x} does not take WM_DELETE_WINDOW")
    message = event.ClientMessage(
        window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
    )
    window.send_event(message, event_mask=X.NoEventMask)
    # A round trip, not only a flush: closing the connection right after writing let the
    # X server drop the request unprocessed about one time in three (the window stayed open).
    screen.sync()
    screen.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: x11_close_window.py WINDOW_ID")
    close_window(int(sys.argv[1], 0))
