"""detail page."""
