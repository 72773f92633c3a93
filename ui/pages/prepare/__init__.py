"""prepare page."""
