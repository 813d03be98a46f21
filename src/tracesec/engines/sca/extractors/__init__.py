"""The SCA extractors: one module per manifest format, listed explicitly (no discovery)."""

from __future__ import annotations

from tracesec.engines.sca.extractors import (
    bun_lock,
    cargo_lock,
    composer_lock,
    gemfile_lock,
    go_mod,
    gradle_lockfile,
    package_lock,
    packages_lock_json,
    pdm_lock,
    pipfile_lock,
    pnpm_lock,
    poetry_lock,
    pom_xml,
    pylock,
    requirements,
    uv_lock,
    yarn_lock,
)
from tracesec.engines.sca.extractors.base import ExtractorModule, Lookup, ParseError

REGISTRY: tuple[ExtractorModule, ...] = (
    requirements,
    pipfile_lock,
    poetry_lock,
    uv_lock,
    pdm_lock,
    pylock,
    package_lock,
    yarn_lock,
    pnpm_lock,
    bun_lock,
    go_mod,
    cargo_lock,
    gemfile_lock,
    composer_lock,
    pom_xml,
    gradle_lockfile,
    packages_lock_json,
)


def for_path(path: str) -> ExtractorModule | None:
    """The extractor that reads ``path`` (first match in registry order), if any."""
    for extractor in REGISTRY:
        if extractor.matches(path):
            return extractor
    return None


__all__ = ["REGISTRY", "ExtractorModule", "Lookup", "ParseError", "for_path"]
