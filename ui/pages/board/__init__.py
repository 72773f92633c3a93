"""board page."""
