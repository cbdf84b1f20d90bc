"""BTI-plattform plugin for Tromsø kommune."""
