"""BTI-plattform plugin for Jevnaker kommune."""
