"""BTI-plattform plugin for Vestby kommune."""
