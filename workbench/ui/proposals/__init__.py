"""Proposals tab: the proposal editor."""
