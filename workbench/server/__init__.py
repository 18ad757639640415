"""The team server: one shared book on PostgreSQL for a sales team.

- :mod:`.models` — the server's own tables (users, their sessions, login attempts, the
  audit) beside the book's tables, which are the laptop's models made dialect-aware;
- :mod:`.schema` — creating and checking the server's database;
- :mod:`.passwords`, :mod:`.users`, :mod:`.sessions` — who may connect, and how;
- :mod:`.app` — the HTTP API (Starlette on uvicorn), protocol version checked first.

Nothing here imports Qt; the desktop never imports this package (an import-linter
contract), and the bundle leaves it out.
"""
