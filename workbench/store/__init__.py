"""Persistence: SQLAlchemy models, the engine factory, migrations and integrity checks.

SQL that only SQLite understands stays inside this package.
"""
