"""Fetching feeds and article pages (httpx, async, conditional GET) and parsing feeds.

`Fetcher`/`FetchSettings`/`FetchResult` live in `feeds.fetch`; `parse_feed`/`FeedError`
in `feeds.parse`. Import the submodules directly: this package imports nothing heavy so
that `import dramatui.feeds.parse` in a worker process does not pull in httpx.
"""

from __future__ import annotations
