"""Helpers for the repo's own suite (not part of the library)."""
