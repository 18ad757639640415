"""File formats: pure functions on streams and view records, no Qt."""
