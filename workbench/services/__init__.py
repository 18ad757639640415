"""Use cases, one module per area. No Qt here: services run in tests and on the command line."""
