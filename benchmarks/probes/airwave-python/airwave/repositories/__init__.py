"""Data access for the Airwave catalogue, archive, playlists and statistics."""
