"""The SQLite cache: schema and migrations (`db`), and the queries views and CLI use (`store`)."""

from __future__ import annotations

from dramatui.store.db import CacheError
from dramatui.store.store import ArticleFilter, ArticleRow, FeedRow, FullArticle, Store

__all__ = ["ArticleFilter", "ArticleRow", "CacheError", "FeedRow", "FullArticle", "Store"]
