from tests.support.webhook_receiver import receiver  # noqa: F401 - the fixture
