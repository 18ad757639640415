"""Pure domain: enums, value types, validation rules and KPI mathematics.

Nothing here imports Qt or SQLAlchemy, so it runs and is tested anywhere.
"""
