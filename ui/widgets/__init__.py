"""Reusable widgets, each parameterised rather than copied."""
