"""Turning feed and page HTML into safe text, and finding shows, actors and videos in it."""
