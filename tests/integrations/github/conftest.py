"""The `github` fixture (a fake GitHub App and Trace configured for it) and the `emulated`
one (the emulated GitHub, its App configured as Trace's) for these tests."""

from tests.integrations.github.emulated_github import emulated  # noqa: F401 - the fixture
from tests.integrations.github.github_setup import github  # noqa: F401 - the fixture
