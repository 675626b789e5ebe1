"""drizzle-kit's ``generate`` for SQLite, in the steps drizzle-kit takes.

``squash`` flattens a snapshot's constraints into the strings drizzle-kit compares,
``compare`` finds what differs (as drizzle-kit's JSON diff reports it), ``statements`` turns
the differences into drizzle-kit's statement list, ``combine`` folds what SQLite cannot ALTER
into table recreations, and ``render`` writes the SQL text.  ``harness.sqlite.schema_diff``
drives them (renames, ``_meta``, the human summary).
"""
