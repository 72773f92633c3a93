"""search page."""
