"""The blog's application code (what the example tests exercise)."""
