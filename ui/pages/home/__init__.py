"""home page."""
