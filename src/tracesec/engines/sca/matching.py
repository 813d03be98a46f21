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
from functools import lru_cache
from typing import Any

from tracesec.engines.model import Severity
from tracesec.engines.sca import versions
from tracesec.engines.sca.severity import CvssScore
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
    cvss: CvssScore | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """One advisory that affects one package version."""

    advisory: Advisory
    fixed_version: str | None  # lowest fixed version above the installed one, if any
    index: int = 0  # position of the advisory in its CompiledPackage


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
    """All advisories of one (ecosystem, name), ready to answer ``match(version)``.

    Built once at import time (``compile``) and stored with the index (``to_json``), so a
    scan only parses the few boundary versions of each package it meets (``from_json``).
    """

    def __init__(self, ecosystem: str, entries: Sequence[Mapping[str, Any]]) -> None:
        self.ecosystem = ecosystem
        self.advisories: list[Advisory] = [_advisory(entry) for entry in entries]
        self.exact: dict[str, set[int]] = {}
        self.ranges: list[list[_Range]] = [[] for _ in entries]
        self.tables: dict[str, _KindTable] = {}
        self.bound_texts: dict[str, list[str]] = {}
        # alias groups over all of this package's advisories (see merge_aliases)
        self.group_of: list[int] = []
        self.groups: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
        # results per (region positions, exact-listed version): no advisory can tell two
        # versions with the same key apart, so neither can the answer
        self._hits: dict[tuple[Any, ...], tuple[Hit, ...]] = {}
        self._merged: dict[tuple[Any, ...], tuple[MergedHit, ...]] = {}
        self._group()

    # ------------------------------------------------------------------ building

    @classmethod
    def compile(cls, ecosystem: str, entries: Sequence[Mapping[str, Any]]) -> CompiledPackage:
        self = cls(ecosystem, entries)
        eco_kind = ecosystem
        parsed_ranges: list[tuple[int, str, list[tuple[Any, str, str]]]] = []
        listed: list[tuple[int, Any, str]] = []
        bounds: dict[str, list[tuple[Any, str]]] = {}
        for index, entry in enumerate(entries):
            for text in entry.get("versions", ()):
                self.exact.setdefault(text, set()).add(index)
                try:
                    listed.append((index, versions.parse(eco_kind, text), text))
                except VersionError:
                    continue  # still matched by its exact string
            for rng in entry.get("ranges", ()):
                kind = versions.kind_for(ecosystem, rng["type"])
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
                bounds.setdefault(kind, []).extend((k, t) for k, _, t in parsed if k is not None)
                parsed_ranges.append((index, kind, parsed))
        region_sets = self._build(bounds, parsed_ranges)
        # A listed version inside a region its advisory already covers adds nothing; only
        # the others become boundaries (real PyPI lists mostly repeat their ranges, and
        # this keeps Django at ~100 boundaries instead of ~700).
        uncovered = []
        table = self.tables.get(eco_kind)
        for index, key, text in listed:
            if table is None or index not in region_sets[eco_kind][_position(table, key)]:
                uncovered.append((index, key, text))
        if uncovered:
            bounds.setdefault(eco_kind, []).extend((key, text) for _, key, text in uncovered)
            self.ranges = [[] for _ in entries]
            region_sets = self._build(bounds, parsed_ranges)
            table = self.tables[eco_kind]
            for index, key, _ in uncovered:
                region_sets[eco_kind][_position(table, key)].add(index)
        for kind, sets in region_sets.items():
            self.tables[kind].regions = [tuple(sorted(s)) for s in sets]
        return self

    def _build(
        self,
        bounds: Mapping[str, list[tuple[Any, str]]],
        parsed_ranges: list[tuple[int, str, list[tuple[Any, str, str]]]],
    ) -> dict[str, list[set[int]]]:
        self.tables = {}
        for kind, pairs in bounds.items():
            pairs_sorted = sorted(pairs, key=lambda pair: pair[0])
            keys: list[Any] = []
            texts: list[str] = []
            for key, text in pairs_sorted:
                if not keys or keys[-1] != key:
                    keys.append(key)
                    texts.append(text)
            self.tables[kind] = _table(keys)
            self.bound_texts[kind] = texts
        region_sets: dict[str, list[set[int]]] = {
            kind: [set() for _ in range(2 * len(table.keys) + 1)]
            for kind, table in self.tables.items()
        }
        for index, kind, parsed in parsed_ranges:
            table = self.tables[kind]
            events = [
                (_ZERO if key is None else _position(table, key), event_kind, text)
                for key, event_kind, text in parsed
            ]
            events.sort(key=lambda event: event[0])  # OSV: evaluate in version order
            self.ranges[index].append(_Range(kind=kind, events=events))
            _mark(region_sets[kind], index, events)
        return region_sets

    def _group(self) -> None:
        parent: dict[str, str] = {}

        def find(item: str) -> str:
            parent.setdefault(item, item)
            while parent[item] != item:
                parent[item] = parent[parent[item]]
                item = parent[item]
            return item

        for advisory in self.advisories:
            root = find(advisory.id)
            for alias in advisory.aliases:
                other = find(alias)
                if other != root:
                    parent[other] = root
        roots: dict[str, int] = {}
        members: list[list[Advisory]] = []
        for advisory in self.advisories:
            root = find(advisory.id)
            if root not in roots:
                roots[root] = len(members)
                members.append([])
            members[roots[root]].append(advisory)
            self.group_of.append(roots[root])
        for group in members:
            ids = {a.id for a in group} | {alias for a in group for alias in a.aliases}
            canonical = canonical_id(ids)
            cwe = tuple(sorted({c for a in group for c in a.cwe}))
            self.groups.append((canonical, tuple(sorted(ids - {canonical})), cwe))

    def to_json(self) -> dict[str, Any]:
        """The compiled form stored in the index (regions run-length encoded)."""
        tables = {}
        for kind, table in self.tables.items():
            runs: list[list[Any]] = []
            for region in table.regions:
                if runs and runs[-1][1] == list(region):
                    runs[-1][0] += 1
                else:
                    runs.append([1, list(region)])
            tables[kind] = {"bounds": self.bound_texts[kind], "regions": runs}
        return {
            "exact": {text: sorted(indexes) for text, indexes in self.exact.items()},
            "tables": tables,
            "ranges": [
                [[rng.kind, [list(event) for event in rng.events]] for rng in ranges]
                for ranges in self.ranges
            ],
        }

    @classmethod
    def from_json(
        cls, ecosystem: str, entries: Sequence[Mapping[str, Any]], data: Mapping[str, Any]
    ) -> CompiledPackage:
        self = cls(ecosystem, entries)
        self.exact = {text: set(indexes) for text, indexes in data["exact"].items()}
        for kind, stored in data["tables"].items():
            table = _table([versions.parse(kind, text) for text in stored["bounds"]])
            regions: list[tuple[int, ...]] = []
            for count, region in stored["regions"]:
                regions.extend([tuple(region)] * count)
            table.regions = regions
            self.tables[kind] = table
            self.bound_texts[kind] = list(stored["bounds"])
        self.ranges = [
            [_Range(kind=kind, events=[(p, k, t) for p, k, t in events]) for kind, events in rngs]
            for rngs in data["ranges"]
        ]
        return self

    # ------------------------------------------------------------------ matching

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
        """``match(version)`` with aliases merged (see ``merge_aliases``), cached alike."""
        cache_key, positions = self._cache_key(version)
        cached = self._merged.get(cache_key)
        if cached is None:
            hits = self._hits.get(cache_key)
            if hits is None:
                hits = self._hits[cache_key] = self._evaluate(version, positions)
            cached = self._merged[cache_key] = self._merge(hits)
        return cached

    def _evaluate(self, version: str, positions: Mapping[str, int]) -> tuple[Hit, ...]:
        hits: set[int] = set(self.exact.get(version, ()))
        for kind, pos in positions.items():
            hits.update(self.tables[kind].regions[pos])
        return tuple(
            Hit(advisory=self.advisories[i], fixed_version=self._fix_for(i, positions), index=i)
            for i in sorted(hits)
        )

    def _merge(self, hits: Sequence[Hit]) -> tuple[MergedHit, ...]:
        by_group: dict[int, list[Hit]] = {}
        for hit in hits:
            by_group.setdefault(self.group_of[hit.index], []).append(hit)
        fix_key = fix_order(self.ecosystem, hits)
        merged = []
        for group, members in by_group.items():
            canonical, aliases, cwe = self.groups[group]
            merged.append(_merged(canonical, aliases, cwe, members, fix_key))
        merged.sort(key=lambda m: _rank(m.canonical_id))
        return tuple(merged)

    def _fix_for(self, index: int, positions: Mapping[str, int]) -> str | None:
        """Lowest `fixed` above the installed version, in a range that affects it."""
        best: tuple[int, str] | None = None
        ranges = self.ranges[index]
        for rng in ranges:
            pos = positions.get(rng.kind)
            if pos is None:
                continue
            # with several ranges, advise from the one that affects this version
            if len(ranges) > 1 and not _affected_at(pos, rng.events):
                continue
            for event_pos, kind, text in rng.events:
                if kind == _FIXED and event_pos > pos:
                    if best is None or event_pos < best[0]:
                        best = (event_pos, text)
                    break
        return best[1] if best else None


def _advisory(entry: Mapping[str, Any]) -> Advisory:
    level = entry.get("severity")
    return Advisory(
        id=entry["id"],
        aliases=tuple(entry.get("aliases", ())),
        summary=entry.get("summary", ""),
        severity=Severity(level) if level else None,
        modified=entry.get("modified", ""),
        cwe=tuple(entry.get("cwe", ())),
        cvss=CvssScore.from_json(entry.get("cvss")),
    )


def _table(keys: list[Any]) -> _KindTable:
    table = _KindTable(keys=keys)
    try:
        table.rank = {key: index for index, key in enumerate(keys)}
    except TypeError:
        table.rank = {}
    return table


def _mark(sets: list[set[int]], index: int, events: list[tuple[int, str, str]]) -> None:
    # The state can only change at an event position or just after it (last_affected is
    # inclusive), so evaluate there and fill the stretch up to the next change.
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


@lru_cache(maxsize=65536)
def _rank(advisory_id: str) -> tuple[int, str]:
    for rank, prefixes in enumerate(_PREFERENCE):
        if advisory_id.startswith(prefixes):
            return rank, advisory_id
    return len(_PREFERENCE), advisory_id


def _merged(
    canonical: str,
    aliases: tuple[str, ...],
    cwe: tuple[str, ...],
    members: Sequence[Hit],
    fix_key: Any,
) -> MergedHit:
    primary = min(members, key=lambda h: _rank(h.advisory.id))
    levels = [h.advisory.severity for h in members if h.advisory.severity is not None]
    scores = [h.advisory.cvss for h in members if h.advisory.cvss is not None]
    fixes = [h.fixed_version for h in members if h.fixed_version]
    fixed = None
    if fixes:
        fixed = max(fixes, key=fix_key) if fix_key else max(fixes)
    return MergedHit(
        canonical_id=canonical,
        aliases=aliases,
        summary=primary.advisory.summary
        or next((h.advisory.summary for h in members if h.advisory.summary), ""),
        severity=max(levels, key=lambda s: s.rank) if levels else None,
        fixed_version=fixed,
        hits=tuple(members),
        cwe=cwe,
        cvss=max(scores, key=lambda c: c.score) if scores else None,
    )


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
    cvss: CvssScore | None = None  # the highest-scoring vector of the group's records


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
        cwe = tuple(sorted({c for h in members for c in h.advisory.cwe}))
        merged.append(_merged(canonical, tuple(sorted(ids - {canonical})), cwe, members, fix_key))
    merged.sort(key=lambda m: _rank(m.canonical_id))
    return merged
