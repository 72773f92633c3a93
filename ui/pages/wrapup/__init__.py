"""wrapup page."""
