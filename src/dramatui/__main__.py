"""`python -m dramatui`."""

from __future__ import annotations

from dramatui.cli import main

# The guard matters: worker processes re-import the main module, and must not re-run the app.
if __name__ == "__main__":
    raise SystemExit(main())
