"""Controllers: the only UI code that talks to the Store; they wire views' signals."""
