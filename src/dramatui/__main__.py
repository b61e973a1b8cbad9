"""`python -m dramatui`."""

from __future__ import annotations

from dramatui.cli import main

raise SystemExit(main())
