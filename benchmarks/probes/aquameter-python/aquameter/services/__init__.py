"""Business logic. Services are constructed per request (or per job) with a Session."""
