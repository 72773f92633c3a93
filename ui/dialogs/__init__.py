"""Small dialogs opened from the main window."""
