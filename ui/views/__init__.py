"""Pages of the main window: layout only; controllers wire them to the Store."""
