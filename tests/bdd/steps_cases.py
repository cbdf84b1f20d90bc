"""Step definitions (to be written)."""
