"""Fixtures shared by the SCA tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engines.sca.sca_testpaths import OSV


@pytest.fixture(scope="session")
def osv_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index with the real PyPI, Go, npm and Maven exports, built once per session."""
    from tracesec.engines.sca import osvstore

    directory = tmp_path_factory.mktemp("osv-index")
    for source in ("PyPI", "Go", "npm", "Maven"):
        osvstore.build_index(OSV / source / "all.zip", directory, source)
    return directory
