"""HTTP routers for the public API, the customer portal and the crew tablet app."""
