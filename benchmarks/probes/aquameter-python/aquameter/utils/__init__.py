"""Filesystem, archive and process helpers."""
