"""Looking packages up in an ``OsvIndex``: the index's stored rows, compiled once per name.

Kept apart from ``matching`` (which evaluates OSV ranges) because the index stores compiled
packages: ``osvstore`` builds on ``matching``, and this module builds on both.
"""

from __future__ import annotations

import logging

from tracesec.engines.sca import names
from tracesec.engines.sca.matching import CompiledPackage, Hit, MergedHit
from tracesec.engines.sca.osvstore import OsvIndex
from tracesec.engines.sca.versions import VersionError

logger = logging.getLogger(__name__)

_MISSING = object()


class Matcher:
    """Matches packages against an ``OsvIndex``; compiled names are cached for its lifetime."""

    def __init__(self, index: OsvIndex) -> None:
        self.index = index
        self._compiled: dict[tuple[str, str], CompiledPackage | None] = {}
        self._by_spelling: dict[tuple[str, str], CompiledPackage | None] = {}
        self._rows: dict[str, dict[str, list[str]]] = {}

    def compiled(self, ecosystem: str, name: str) -> CompiledPackage | None:
        spelling = (ecosystem, name)
        found = self._by_spelling.get(spelling, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        normalized = names.normalize(ecosystem, name)
        cache_key = (ecosystem, normalized)
        if cache_key in self._compiled:
            compiled = self._compiled[cache_key]
        else:
            rows = self._rows.get(ecosystem)
            if rows is None:
                rows = self._rows[ecosystem] = self.index.rows(ecosystem)
            compiled = None
            if normalized in rows:
                compiled = self._load(ecosystem, normalized)
            self._compiled[cache_key] = compiled
        self._by_spelling[spelling] = compiled
        return compiled

    def _load(self, ecosystem: str, normalized: str) -> CompiledPackage:
        entries, precompiled = self.index.package_data(ecosystem, normalized)
        if precompiled is not None:
            try:
                return CompiledPackage.from_json(ecosystem, entries, precompiled)
            except (VersionError, KeyError, TypeError, ValueError) as exc:
                # e.g. a version library whose parsing changed since the import
                logger.debug("sca.match.recompile name=%s: %s", normalized, exc)
        return CompiledPackage.compile(ecosystem, entries)

    def match(self, ecosystem: str, name: str, version: str) -> tuple[Hit, ...]:
        compiled = self.compiled(ecosystem, name)
        if compiled is None or not version:
            return ()
        return compiled.match(version)

    def match_merged(self, ecosystem: str, name: str, version: str) -> tuple[MergedHit, ...]:
        """One entry per vulnerability (aliases merged), for one package version."""
        compiled = self.compiled(ecosystem, name)
        if compiled is None or not version:
            return ()
        return compiled.match_merged(version)
