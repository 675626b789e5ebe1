"""``python -m harness``: the Kit command line."""

from harness.kit.cli import main

raise SystemExit(main())
