"""Trace's own secrets engine: declarative detectors, keyword prefilter, RE2 matching.

Raw secret values never leave this package: ``redact.py`` turns them into a SHA-256 and a
masked preview before anything is stored in a ``Finding``.
"""
