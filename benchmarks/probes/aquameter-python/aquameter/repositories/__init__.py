"""Data access. Repositories take a Session (or Connection) and return plain mappings."""
