"""Back-office console for supervisors (Flask, mounted under /admin)."""
