"""The local OSV index: built once per source from an ``all.zip`` export, read fast at scan time.

Layout: one SQLite file per *source* in the index directory (``PyPI.sqlite``, ``npm.sqlite``,
``demo.sqlite`` ...). A source is one import unit; it may hold records for several
ecosystems (GitHub's npm export also lists Maven packages). Each file is built under a
temporary name and swapped in with ``os.replace``, so a scan that is reading the old file
keeps a consistent view and a failed import leaves the previous index untouched.

Rows are grouped per (ecosystem, normalized name) and stored as compact JSON prepared at
import time: withdrawn records and GIT ranges are dropped, severity is computed once.
A scan loads the names of the ecosystems it needs in one query and decodes only the rows of
packages it actually finds.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tracesec.engines.sca import names, severity, versions
from tracesec.engines.sca.matching import CompiledPackage
from tracesec.engines.sca.versions import ORDERED_RANGE_TYPES

logger = logging.getLogger(__name__)

FORMAT_VERSION = "2"  # 2: rows hold {"entries", "compiled"}
SUFFIX = ".sqlite"
# One advisory JSON is a few KB; anything this large inside an export is not an advisory.
MAX_RECORD_BYTES = 8 * 1024 * 1024
_SOURCE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class OsvIndexError(Exception):
    """The index is missing, unreadable, or an import could not produce one."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    source: str
    path: Path
    imported_at: str
    record_count: int
    withdrawn_count: int
    skipped_count: int
    origin: str
    ecosystems: Mapping[str, int]  # ecosystem -> number of records affecting it
    etag: str = ""
    last_modified: str = ""


# (ecosystem, normalized name) -> {advisory id: published date} of the advisories that are new
# or whose matching content changed in an import, compared with the index it replaced
ChangedAdvisories = Mapping[tuple[str, str], Mapping[str, str]]


@dataclass(frozen=True, slots=True)
class ImportStats:
    source: str
    path: Path
    records: int
    withdrawn: int
    skipped: int
    ecosystems: Mapping[str, int]
    changed: ChangedAdvisories = field(default_factory=dict)

    @property
    def changed_advisory_ids(self) -> set[str]:
        return {advisory for ids in self.changed.values() for advisory in ids}


def check_source_name(source: str) -> str:
    if not _SOURCE_NAME.match(source):
        raise OsvIndexError(
            f"invalid source name {source!r}: use letters, digits, '.', '_' or '-' "
            "(e.g. an ecosystem name such as PyPI or crates.io)"
        )
    return source


# --------------------------------------------------------------------------- reading input


def iter_records(path: Path) -> Iterator[tuple[str, bytes | None]]:
    """(member name, raw JSON or None when oversized) for every ``*.json`` in a zip or tree."""
    if path.is_dir():
        for member in sorted(path.rglob("*.json")):
            if not member.is_file():
                continue
            if member.stat().st_size > MAX_RECORD_BYTES:
                yield str(member), None
                continue
            yield str(member), member.read_bytes()
        return
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.is_dir() or not info.filename.endswith(".json"):
                    continue
                if info.file_size > MAX_RECORD_BYTES:
                    yield info.filename, None
                    continue
                yield info.filename, archive.read(info)
        return
    if path.is_file() and path.suffix == ".json":
        yield str(path), path.read_bytes()
        return
    raise OsvIndexError(f"{path} is not a zip archive, a directory or an OSV .json file")


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, str)]


def _compact_ranges(affected: Mapping[str, Any]) -> list[dict[str, Any]]:
    ranges = []
    for rng in affected.get("ranges") or ():
        if not isinstance(rng, Mapping) or rng.get("type") not in ORDERED_RANGE_TYPES:
            continue  # GIT ranges name commits, which a lockfile version cannot be compared to
        events = []
        for event in rng.get("events") or ():
            if not isinstance(event, Mapping):
                continue
            for kind in ("introduced", "fixed", "last_affected", "limit"):
                value = event.get(kind)
                if isinstance(value, str) and value:
                    events.append([kind, value])
        if events:
            ranges.append({"type": rng["type"], "events": events})
    return ranges


MAX_SUMMARY_CHARS = 600


def _summary(record: Mapping[str, Any]) -> str:
    """The record's summary, else the first sentences of its details (PYSEC records have
    no summary, and their details run to paragraphs). Whole sentences: a title cut mid-word
    reads as broken; only a runaway single sentence is shortened, at a word."""
    summary = str(record.get("summary") or "").strip()
    if summary:
        return _shorten(summary)
    details = " ".join(str(record.get("details") or "").split())
    text = ""
    for sentence in re.split(r"(?<=[.!?])\s", details):
        text = f"{text} {sentence}".strip()
        if len(text) >= 80:  # "Requests is a HTTP library." alone says nothing
            break
    return _shorten(text)


def _shorten(text: str) -> str:
    if len(text) <= MAX_SUMMARY_CHARS:
        return text
    return text[: MAX_SUMMARY_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def compact_entries(record: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(ecosystem, normalized name, compact entry) for each affected package of a record."""
    record_id = record.get("id")
    if not isinstance(record_id, str) or not record_id:
        raise ValueError("record without an id")
    level = severity.record_severity(record)
    specific = record.get("database_specific")
    cwes = _strings(specific.get("cwe_ids")) if isinstance(specific, Mapping) else []
    base = {
        "id": record_id,
        "aliases": sorted(set(_strings(record.get("aliases"))) - {record_id}),
        "summary": _summary(record),
        "severity": level.value if level is not None else None,
        "modified": str(record.get("modified") or ""),
        "published": str(record.get("published") or ""),
        "cwe": cwes,
    }
    for affected in record.get("affected") or ():
        if not isinstance(affected, Mapping):
            continue
        package = affected.get("package")
        if not isinstance(package, Mapping):
            continue
        ecosystem = str(package.get("ecosystem") or "").split(":", 1)[0]
        name = package.get("name")
        if not ecosystem or not isinstance(name, str) or not name:
            continue
        ranges = _compact_ranges(affected)
        versions = _strings(affected.get("versions"))
        if not ranges and not versions:
            continue
        entry: dict[str, Any] = dict(base)
        entry["ranges"] = ranges
        entry["versions"] = versions
        yield ecosystem, names.normalize(ecosystem, name), entry


# --------------------------------------------------------------------------- building


def _row(ecosystem: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """A package's stored row: its entries and, where we order the ecosystem, the
    precompiled matcher, so scans skip the sorting and region computation."""
    row: dict[str, Any] = {"entries": entries}
    if versions.is_supported(ecosystem):
        row["compiled"] = CompiledPackage.compile(ecosystem, entries).to_json()
    return row


def build_index(
    input_path: Path,
    index_dir: Path,
    source: str,
    *,
    origin: str = "",
    etag: str = "",
    last_modified: str = "",
    ecosystems: Iterable[str] | None = None,
) -> ImportStats:
    """Import every OSV record under ``input_path`` into ``index_dir/<source>.sqlite``.

    ``ecosystems`` keeps only the affected packages of those ecosystems. Atomic: the new
    file replaces the old one only once it is complete.
    """
    wanted = set(ecosystems) if ecosystems is not None else None
    check_source_name(source)
    index_dir.mkdir(parents=True, exist_ok=True)
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    per_ecosystem: dict[str, set[str]] = defaultdict(set)
    records = withdrawn = skipped = 0
    for member, raw in iter_records(input_path):
        if raw is None:
            skipped += 1
            logger.warning("osv.import.skip_oversized", extra={"member": member})
            continue
        try:
            record = json.loads(raw)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            if record.get("withdrawn"):
                withdrawn += 1
                continue
            entries = [
                item for item in compact_entries(record) if wanted is None or item[0] in wanted
            ]
        except (ValueError, RecursionError) as exc:
            skipped += 1
            logger.warning("osv.import.skip_invalid member=%s: %s", member, exc)
            continue
        if not entries and wanted is not None:
            continue  # a record about other ecosystems only
        records += 1
        for ecosystem, name, entry in entries:
            bucket = grouped[(ecosystem, name)]
            if bucket and bucket[-1]["id"] == entry["id"]:
                # one record may list the same package in several `affected` blocks (one
                # per branch); they are one advisory with several ranges
                bucket[-1]["ranges"].extend(entry["ranges"])
                bucket[-1]["versions"].extend(entry["versions"])
            else:
                bucket.append(entry)
            per_ecosystem[ecosystem].add(entry["id"])
    if records == 0:
        raise OsvIndexError(
            f"no OSV records found in {input_path} "
            f"({withdrawn} withdrawn, {skipped} unreadable): nothing was imported"
        )
    final = index_dir / f"{source}{SUFFIX}"
    changed = changed_advisories(final, grouped)
    tmp = index_dir / f".{source}{SUFFIX}.tmp-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    try:
        with sqlite3.connect(tmp) as conn:
            conn.executescript(
                """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE ecosystems (ecosystem TEXT PRIMARY KEY, records INTEGER NOT NULL);
                CREATE TABLE affected (
                    ecosystem TEXT NOT NULL, name TEXT NOT NULL, data TEXT NOT NULL,
                    PRIMARY KEY (ecosystem, name)) WITHOUT ROWID;
                """
            )
            conn.executemany(
                "INSERT INTO affected VALUES (?, ?, ?)",
                (
                    (eco, name, json.dumps(_row(eco, entries), separators=(",", ":")))
                    for (eco, name), entries in sorted(grouped.items())
                ),
            )
            conn.executemany(
                "INSERT INTO ecosystems VALUES (?, ?)",
                ((eco, len(ids)) for eco, ids in sorted(per_ecosystem.items())),
            )
            meta = {
                "format_version": FORMAT_VERSION,
                "source": source,
                "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "record_count": str(records),
                "withdrawn_count": str(withdrawn),
                "skipped_count": str(skipped),
                "origin": origin or str(input_path),
                "etag": etag,
                "last_modified": last_modified,
            }
            conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.close()
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
    logger.info(
        "osv.import.done source=%s records=%d withdrawn=%d skipped=%d",
        source,
        records,
        withdrawn,
        skipped,
    )
    return ImportStats(
        source=source,
        path=final,
        records=records,
        withdrawn=withdrawn,
        skipped=skipped,
        ecosystems={eco: len(ids) for eco, ids in sorted(per_ecosystem.items())},
        changed=changed,
    )


def _match_key(entry: Mapping[str, Any]) -> str:
    """What decides whether an entry affects a version, and how it reads: a change to any
    of it is a changed advisory (``published`` alone is not: it was added to the format)."""
    return json.dumps(
        {k: v for k, v in entry.items() if k != "published"}, sort_keys=True, default=str
    )


def changed_advisories(
    previous: Path, grouped: Mapping[tuple[str, str], list[dict[str, Any]]]
) -> dict[tuple[str, str], dict[str, str]]:
    """The entries of ``grouped`` that the index file ``previous`` lacks or holds otherwise.

    Withdrawn or removed advisories are not listed: they open nothing. Without a readable
    previous file every entry is new (a first import).
    """
    old: dict[tuple[str, str], dict[str, str]] = {}
    if previous.is_file():
        try:
            conn = _connect_ro(previous)
            try:
                for eco, name, data in conn.execute("SELECT ecosystem, name, data FROM affected"):
                    old[(eco, name)] = {
                        entry["id"]: _match_key(entry) for entry in json.loads(data)["entries"]
                    }
            finally:
                conn.close()
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            logger.warning("osv.import.previous_unreadable: %s", exc)
            old = {}
    changed: dict[tuple[str, str], dict[str, str]] = {}
    for key, entries in grouped.items():
        before = old.get(key, {})
        for entry in entries:
            if before.get(entry["id"]) != _match_key(entry):
                changed.setdefault(key, {})[entry["id"]] = entry.get("published", "")
    return changed


# --------------------------------------------------------------------------- reading the index


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def source_files(index_dir: Path) -> list[Path]:
    if not index_dir.is_dir():
        return []
    return sorted(p for p in index_dir.glob(f"*{SUFFIX}") if not p.name.startswith("."))


def read_info(path: Path) -> SourceInfo:
    try:
        conn = _connect_ro(path)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            ecosystems = dict(conn.execute("SELECT ecosystem, records FROM ecosystems"))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise OsvIndexError(f"{path.name} is not a readable Trace OSV index ({exc})") from exc
    if meta.get("format_version") != FORMAT_VERSION:
        raise OsvIndexError(
            f"{path.name} has index format {meta.get('format_version')!r}, "
            f"expected {FORMAT_VERSION!r}: re-import it"
        )
    return SourceInfo(
        source=meta.get("source", path.stem),
        path=path,
        imported_at=meta.get("imported_at", ""),
        record_count=int(meta.get("record_count", "0")),
        withdrawn_count=int(meta.get("withdrawn_count", "0")),
        skipped_count=int(meta.get("skipped_count", "0")),
        origin=meta.get("origin", ""),
        ecosystems=ecosystems,
        etag=meta.get("etag", ""),
        last_modified=meta.get("last_modified", ""),
    )


class OsvIndex:
    """Read-only view over every source file of an index directory."""

    def __init__(self, sources: list[SourceInfo]) -> None:
        self.sources = sources
        self._names: dict[str, dict[str, list[str]]] = {}

    @classmethod
    def open(cls, index_dir: Path | None) -> OsvIndex:
        hint = "run `trace vulndb import PATH` or `trace vulndb sync` first"
        if index_dir is None:
            raise OsvIndexError(f"no OSV index configured: {hint}")
        files = source_files(index_dir)
        if not files:
            raise OsvIndexError(f"no OSV index in {index_dir}: {hint}")
        try:
            sources = [read_info(path) for path in files]
        except OsvIndexError as exc:
            raise OsvIndexError(f"{exc}; {hint}") from exc
        return cls(sources)

    @property
    def ecosystems(self) -> set[str]:
        return {eco for info in self.sources for eco in info.ecosystems}

    @property
    def version(self) -> str:
        return ", ".join(f"{s.source}@{s.imported_at}" for s in self.sources)

    def rows(self, ecosystem: str) -> dict[str, list[str]]:
        """normalized name -> JSON rows (one per source) for one ecosystem, loaded once."""
        loaded = self._names.get(ecosystem)
        if loaded is None:
            loaded = {}
            for info in self.sources:
                if ecosystem not in info.ecosystems:
                    continue
                conn = _connect_ro(info.path)
                try:
                    cursor = conn.execute(
                        "SELECT name, data FROM affected WHERE ecosystem = ?", (ecosystem,)
                    )
                    for name, data in cursor:
                        loaded.setdefault(name, []).append(data)
                finally:
                    conn.close()
            self._names[ecosystem] = loaded
        return loaded

    def package_data(
        self, ecosystem: str, normalized_name: str
    ) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        """(entries, precompiled matcher or None) for one package.

        Entries are de-duplicated by id across sources; when several sources know the
        package, the precompiled forms cannot be combined and None asks for a compile.
        """
        rows = [json.loads(data) for data in self.rows(ecosystem).get(normalized_name, ())]
        if len(rows) == 1:
            return rows[0]["entries"], rows[0].get("compiled")
        by_id: dict[str, dict[str, Any]] = {}
        for row in rows:
            for entry in row["entries"]:
                seen = by_id.get(entry["id"])
                if seen is None or entry.get("modified", "") > seen.get("modified", ""):
                    by_id[entry["id"]] = entry
        return list(by_id.values()), None


def status(index_dir: Path) -> list[SourceInfo | OsvIndexError]:
    results: list[SourceInfo | OsvIndexError] = []
    for path in source_files(index_dir):
        try:
            results.append(read_info(path))
        except OsvIndexError as exc:
            results.append(exc)
    return results


def iter_sources(index_dir: Path) -> Iterable[SourceInfo]:
    for item in status(index_dir):
        if isinstance(item, SourceInfo):
            yield item
