"""BTI-plattform plugin for Bærum kommune."""
