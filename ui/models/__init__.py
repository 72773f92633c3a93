"""Qt item models over domain objects (views read, controllers fill)."""
