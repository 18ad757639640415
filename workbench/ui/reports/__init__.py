"""Printable reports: HTML laid out by ``QTextDocument`` onto PDF pages or a printer."""
