"""The `github` fixture (a fake GitHub App and Trace configured for it) for these tests."""

from tests.integrations.github.github_setup import github  # noqa: F401 - the fixture
