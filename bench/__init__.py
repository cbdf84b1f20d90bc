"""The performance bench: synthetic data at national scale (generate), and the page runner."""
