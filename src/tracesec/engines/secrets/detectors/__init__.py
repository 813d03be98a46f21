"""Secrets detectors: declarative data, one module per provider family."""
