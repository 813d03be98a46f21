"""Where the emulated GitHub delivers webhooks in these tests."""

WEBHOOK_PATH = "/integrations/github/webhook/"
