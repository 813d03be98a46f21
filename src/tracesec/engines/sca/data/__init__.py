"""Data shipped with the SCA engine (the bundled demo advisories)."""
