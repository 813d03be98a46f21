"""Background jobs: RQ queues for on-demand work, Huey for periodic tasks."""
