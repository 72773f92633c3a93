"""The window around the pages: main window, navigator, app-wide events, menus."""
