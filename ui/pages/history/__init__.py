"""history page."""
