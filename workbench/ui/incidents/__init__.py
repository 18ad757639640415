"""Incidents tab: the crisis log."""
