"""live page."""
