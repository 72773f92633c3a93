"""client page."""
