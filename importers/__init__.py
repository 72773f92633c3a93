"""Files in, domain objects out: the mirror of exporters/. No Qt, no SQL."""
