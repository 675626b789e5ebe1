"""Dialect-neutral schema model, query builders, compiler and database wrapper."""
