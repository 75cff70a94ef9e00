"""Thresholds as YAML data files, read by ``analysis.config`` into one typed record."""
