"""OSV matching: is this package version affected, by which advisories, fixed where.

Per the OSV schema, a version is affected when it is listed in ``versions`` or when a range's
events, **sorted by version first**, leave it affected (2.6 % of real PyPI ranges list events
out of order). Evaluation is precompiled per package name, once, on first use:

* every event version and listed version of the name becomes a boundary; sorted distinct
  boundaries ``b0 < b1 < ...`` cut the version line into regions: ``(-inf, b0)``, ``[b0]``,
  ``(b0, b1)``, ``[b1]`` ... numbered 0, 1, 2, 3 ...; no advisory can tell two versions of the
  same region apart, so the affected set is computed once per region;
* matching a package is then: parse its version (cached), bisect, read the region's set.

That keeps matching to a few microseconds per package even for names with hundreds of
advisories.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tracesec.engines.model import Severity
from tracesec.engines.sca import names, versions
from tracesec.engines.sca.osvstore import OsvIndex
from tracesec.engines.sca.versions import VersionError

logger = logging.getLogger(__name__)

_INTRODUCED, _FIXED, _LAST_AFFECTED, _LIMIT = "introduced", "fixed", "last_affected", "limit"
# Position below every region: OSV's introduced "0" means "from the first version on".
_ZERO = -1


@dataclass(frozen=True, slots=True)
class Advisory:
    id: str
    aliases: tuple[str, ...]
    summary: str
    severity: Severity | None
    modified: str
    cwe: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """One advisory that affects one package version."""

    advisory: Advisory
    fixed_version: str | None  # lowest fixed version above the installed one, if any


@dataclass(slots=True)
class _Range:
    kind: str
    # (position, event kind, original version string), sorted by position
    events: list[tuple[int, str, str]]


@dataclass(slots=True)
class _KindTable:
    keys: list[Any] = field(default_factory=list)  # sorted distinct boundary versions
    regions: list[tuple[int, ...]] = field(default_factory=list)  # entry indexes per region
    # boundary -> index, a hash lookup before bisecting; only a shortcut, since some univers
    # versions compare equal without hashing equal (Maven "1.0" and "1.0.0")
    rank: dict[Any, int] = field(default_factory=dict)


def _dedupe_sorted(keys: list[Any]) -> list[Any]:
    keys.sort()
    unique: list[Any] = []
    for key in keys:
        if not unique or unique[-1] != key:
            unique.append(key)
    return unique


def _position(table: _KindTable, key: Any) -> int:
    try:
        found = table.rank.get(key)
    except TypeError:  # an unhashable version object
        found = None
    if found is not None:
        return 2 * found + 1
    keys = table.keys
    index = bisect.bisect_left(keys, key)
    if index < len(keys) and keys[index] == key:
        return 2 * index + 1
    return 2 * index


def _affected_at(pos: int, events: list[tuple[int, str, str]]) -> bool:
    """The OSV spec's evaluation of one sorted range at one region position."""
    affected = False
    limits: list[int] = []
    for event_pos, kind, _ in events:
        if kind == _INTRODUCED:
            if pos >= event_pos:
                affected = True
        elif kind == _FIXED:
            if pos >= event_pos:
                affected = False
        elif kind == _LAST_AFFECTED:
            if pos > event_pos:
                affected = False
        else:
            limits.append(event_pos)
    if affected and limits:
        return any(pos < limit for limit in limits)
    return affected


class CompiledPackage:
    """All advisories of one (ecosystem, name), ready to answer ``match(version)``."""

    def __init__(self, ecosystem: str, entries: Sequence[Mapping[str, Any]]) -> None:
        self.ecosystem = ecosystem
        self.advisories: list[Advisory] = []
        self.exact: dict[str, set[int]] = {}
        self.ranges: list[list[_Range]] = []
        self.tables: dict[str, _KindTable] = {}
        # results per (region positions, exact-listed version): no advisory can tell two
        # versions with the same key apart, so neither can the answer
        self._hits: dict[tuple[Any, ...], tuple[Hit, ...]] = {}
        self._merged: dict[tuple[Any, ...], tuple[MergedHit, ...]] = {}
        self._compile(entries)

    def _compile(self, entries: Sequence[Mapping[str, Any]]) -> None:
        raw_keys: dict[str, list[Any]] = {}
        pending: list[tuple[int, str, list[tuple[Any, str, str]]]] = []
        listed: list[tuple[int, Any]] = []
        eco_kind = self.ecosystem
        for index, entry in enumerate(entries):
            level = entry.get("severity")
            self.advisories.append(
                Advisory(
                    id=entry["id"],
                    aliases=tuple(entry.get("aliases", ())),
                    summary=entry.get("summary", ""),
                    severity=Severity(level) if level else None,
                    modified=entry.get("modified", ""),
                    cwe=tuple(entry.get("cwe", ())),
                )
            )
            self.ranges.append([])
            for text in entry.get("versions", ()):
                self.exact.setdefault(text, set()).add(index)
                try:
                    key = versions.parse(eco_kind, text)
                except VersionError:
                    continue  # still matched by its exact string
                raw_keys.setdefault(eco_kind, []).append(key)
                listed.append((index, key))
            for rng in entry.get("ranges", ()):
                kind = versions.kind_for(self.ecosystem, rng["type"])
                parsed: list[tuple[Any, str, str]] = []
                try:
                    for event_kind, text in rng["events"]:
                        if event_kind == _INTRODUCED and text == "0":
                            parsed.append((None, event_kind, text))
                        else:
                            parsed.append((versions.parse(kind, text), event_kind, text))
                except VersionError as exc:
                    # one unparseable bound makes the whole range meaningless; the
                    # record's `versions` list (if any) still applies
                    logger.debug("sca.match.range_skipped id=%s: %s", entry["id"], exc)
                    continue
                raw_keys.setdefault(kind, []).extend(k for k, _, _ in parsed if k is not None)
                pending.append((index, kind, parsed))
        for kind, keys in raw_keys.items():
            table = _KindTable(keys=_dedupe_sorted(keys))
            try:
                table.rank = {key: index for index, key in enumerate(table.keys)}
            except TypeError:
                table.rank = {}
            self.tables[kind] = table
        region_sets: dict[str, list[set[int]]] = {
            kind: [set() for _ in range(2 * len(table.keys) + 1)]
            for kind, table in self.tables.items()
        }
        for index, key in listed:
            table = self.tables[eco_kind]
            region_sets[eco_kind][_position(table, key)].add(index)
        for index, kind, parsed in pending:
            table = self.tables[kind]
            events = [
                (_ZERO if key is None else _position(table, key), event_kind, text)
                for key, event_kind, text in parsed
            ]
            events.sort(key=lambda event: event[0])  # OSV: evaluate in version order
            self.ranges[index].append(_Range(kind=kind, events=events))
            self._mark(region_sets[kind], index, events)
        for kind, sets in region_sets.items():
            self.tables[kind].regions = [tuple(sorted(s)) for s in sets]

    @staticmethod
    def _mark(sets: list[set[int]], index: int, events: list[tuple[int, str, str]]) -> None:
        # The state can only change at an event position or just after it (last_affected
        # is inclusive), so evaluate there and fill the stretch up to the next change.
        last = len(sets) - 1
        points = sorted(
            {min(max(p, 0), last) for p, _, _ in events}
            | {min(max(p + 1, 0), last) for p, _, _ in events}
            | {0}
        )
        for n, start in enumerate(points):
            if _affected_at(start, events):
                end = points[n + 1] if n + 1 < len(points) else last + 1
                for pos in range(start, end):
                    sets[pos].add(index)

    def _cache_key(self, version: str) -> tuple[tuple[Any, ...], dict[str, int]]:
        positions: dict[str, int] = {}
        for kind, table in self.tables.items():
            try:
                key = versions.parse(kind, version)
            except VersionError:
                continue
            positions[kind] = _position(table, key)
        exact = version if version in self.exact else None
        return (tuple(positions.items()), exact), positions

    def match(self, version: str) -> tuple[Hit, ...]:
        cache_key, positions = self._cache_key(version)
        cached = self._hits.get(cache_key)
        if cached is None:
            cached = self._hits[cache_key] = self._evaluate(version, positions)
        return cached

    def match_merged(self, version: str) -> tuple[MergedHit, ...]:
        """``merge_aliases(match(version))``, cached the same way."""
        cache_key, positions = self._cache_key(version)
        cached = self._merged.get(cache_key)
        if cached is None:
            hits = self._hits.get(cache_key)
            if hits is None:
                hits = self._hits[cache_key] = self._evaluate(version, positions)
            cached = tuple(merge_aliases(hits, fix_key=fix_order(self.ecosystem, hits)))
            self._merged[cache_key] = cached
        return cached

    def _evaluate(self, version: str, positions: Mapping[str, int]) -> tuple[Hit, ...]:
        hits: set[int] = set(self.exact.get(version, ()))
        for kind, pos in positions.items():
            hits.update(self.tables[kind].regions[pos])
        return tuple(
            Hit(advisory=self.advisories[i], fixed_version=self._fix_for(i, positions))
            for i in sorted(hits)
        )

    def _fix_for(self, index: int, positions: Mapping[str, int]) -> str | None:
        """Lowest `fixed` above the installed version, in a range that affects it."""
        best: tuple[int, str] | None = None
        for rng in self.ranges[index]:
            pos = positions.get(rng.kind)
            if pos is None or not _affected_at(pos, rng.events):
                continue
            for event_pos, kind, text in rng.events:
                if kind == _FIXED and event_pos > pos:
                    if best is None or event_pos < best[0]:
                        best = (event_pos, text)
                    break
        return best[1] if best else None


class Matcher:
    """Matches packages against an ``OsvIndex``; compiled names are cached for its lifetime."""

    def __init__(self, index: OsvIndex) -> None:
        self.index = index
        self._compiled: dict[tuple[str, str], CompiledPackage | None] = {}
        self._by_spelling: dict[tuple[str, str], CompiledPackage | None] = {}
        self._rows: dict[str, dict[str, list[str]]] = {}

    def compiled(self, ecosystem: str, name: str) -> CompiledPackage | None:
        spelling = (ecosystem, name)
        try:
            return self._by_spelling[spelling]
        except KeyError:
            pass
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
                compiled = CompiledPackage(ecosystem, self.index.entries(ecosystem, normalized))
            self._compiled[cache_key] = compiled
        self._by_spelling[spelling] = compiled
        return compiled

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


def fix_order(ecosystem: str, hits: Sequence[Hit]) -> Callable[[str], Any] | None:
    """Ecosystem ordering for fixed versions when all of them parse, else None (string order)."""
    if not versions.is_supported(ecosystem):
        return None

    def key(text: str) -> Any:
        return versions.parse(ecosystem, text)

    try:
        for hit in hits:
            if hit.fixed_version:
                key(hit.fixed_version)
    except VersionError:
        return None
    return key


# --------------------------------------------------------------------------- alias merging

_PREFERENCE = (("GHSA-",), ("PYSEC-", "GO-", "RUSTSEC-"), ("CVE-",))


def _rank(advisory_id: str) -> tuple[int, str]:
    for rank, prefixes in enumerate(_PREFERENCE):
        if advisory_id.startswith(prefixes):
            return rank, advisory_id
    return len(_PREFERENCE), advisory_id


def canonical_id(ids: set[str]) -> str:
    """GHSA first, then PYSEC/GO/RUSTSEC, then CVE, then anything else; ties by id."""
    return min(ids, key=_rank)


@dataclass(frozen=True, slots=True)
class MergedHit:
    canonical_id: str
    aliases: tuple[str, ...]  # every other id of the group, sorted
    summary: str
    severity: Severity | None
    fixed_version: str | None
    hits: tuple[Hit, ...]
    cwe: tuple[str, ...] = ()


def merge_aliases(hits: Sequence[Hit], fix_key: Any = None) -> list[MergedHit]:
    """One group per vulnerability: records that name each other as aliases are one finding.

    The group's severity is the highest any of its records states. Its fix advice is the
    highest of the records' advice, so following it fixes the vulnerability by every source.
    ``fix_key`` orders fixed-version strings (ecosystem ordering); plain string order if None.
    """
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(a: str, b: str) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_b] = root_a

    for hit in hits:
        find(hit.advisory.id)
        for alias in hit.advisory.aliases:
            union(hit.advisory.id, alias)
    groups: dict[str, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(find(hit.advisory.id), []).append(hit)
    merged = []
    for members in groups.values():
        ids = {h.advisory.id for h in members} | {a for h in members for a in h.advisory.aliases}
        canonical = canonical_id(ids)
        primary = min(members, key=lambda h: _rank(h.advisory.id))
        levels = [h.advisory.severity for h in members if h.advisory.severity is not None]
        fixes = [h.fixed_version for h in members if h.fixed_version]
        fixed = None
        if fixes:
            fixed = max(fixes, key=fix_key) if fix_key else max(fixes)
        merged.append(
            MergedHit(
                canonical_id=canonical,
                aliases=tuple(sorted(ids - {canonical})),
                summary=primary.advisory.summary
                or next((h.advisory.summary for h in members if h.advisory.summary), ""),
                severity=max(levels, key=lambda s: s.rank) if levels else None,
                fixed_version=fixed,
                hits=tuple(members),
                cwe=tuple(sorted({c for h in members for c in h.advisory.cwe})),
            )
        )
    merged.sort(key=lambda m: _rank(m.canonical_id))
    return merged
