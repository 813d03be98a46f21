"""What every extractor shares: the interface, the parse error, and safe decoders.

An extractor is a module with ``NAME``, ``ECOSYSTEM``, ``matches(path) -> bool`` (cheap, no
I/O) and ``extract(path, content, lookup) -> list[Package]``. ``extract`` never opens a path:
when a format refers to another file of the tree (``-r other.txt``, a parent ``pom.xml``) it
asks ``lookup(relative_path)``, which the engine answers from the files of the one walk, or
with None. Entries it deliberately skips (an editable requirement, a local path) are described
in ``notes`` so the engine can report them as skipped with a reason.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import json
import tomllib
from collections.abc import Callable
from typing import Any, Protocol

import yaml

from tracesec.engines.model import Package
from tracesec.engines.sca import names

Lookup = Callable[[str], bytes | None]

# Lockfiles of very large monorepos reach tens of MB; beyond this we refuse rather than
# spend unbounded memory on attacker-supplied content.
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
# The YAML lockfiles we read (pnpm, yarn berry) never use anchors; a few are tolerated.
MAX_YAML_ALIASES = 100
MAX_YAML_NODES = 5_000_000


class ExtractorModule(Protocol):
    NAME: str
    ECOSYSTEM: str

    def matches(self, path: str) -> bool: ...

    def extract(
        self,
        path: str,
        content: bytes,
        lookup: Lookup | None = None,
        notes: list[str] | None = None,
    ) -> list[Package]: ...


class ParseError(Exception):
    """The manifest cannot be read as its format; the message is shown to users."""


def basename(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def decode(content: bytes) -> str:
    """Text of a manifest; refuses oversized, binary and non-UTF-8 content."""
    if len(content) > MAX_MANIFEST_BYTES:
        raise ParseError(f"file too large: {len(content)} bytes (limit {MAX_MANIFEST_BYTES} bytes)")
    if b"\x00" in content[:8192]:
        raise ParseError("binary content (NUL bytes), not a text manifest")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(f"not valid UTF-8 (byte offset {exc.start})") from exc
    return text.removeprefix("\ufeff")


def load_json(content: bytes) -> Any:
    text = decode(content)
    if not text.strip():
        raise ParseError("empty file")
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ParseError("JSON nested too deeply") from exc
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg} at line {exc.lineno}") from exc


def load_toml(content: bytes) -> dict[str, Any]:
    text = decode(content)
    if not text.strip():
        raise ParseError("empty file")
    try:
        return tomllib.loads(text)
    except RecursionError as exc:
        raise ParseError("TOML nested too deeply") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ParseError(f"invalid TOML: {exc}") from exc


def expect_object(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ParseError(f"not a {what}: expected a JSON object at the top level")
    return data


# --------------------------------------------------------------------------- YAML


class YamlMap(dict[str, Any]):
    """A mapping from a YAML document that remembers the 1-based line of each key."""

    lines: dict[str, int]

    def __init__(self) -> None:
        super().__init__()
        self.lines = {}


class _LimitedLoader(yaml.SafeLoader):
    """SafeLoader that counts aliases and nodes while composing, so an alias bomb fails fast."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.alias_count = 0
        self.node_count = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_YAML_ALIASES:
                raise ParseError(
                    f"YAML uses more than {MAX_YAML_ALIASES} aliases; refusing (alias bomb?)"
                )
        self.node_count += 1
        if self.node_count > MAX_YAML_NODES:
            raise ParseError(f"YAML has more than {MAX_YAML_NODES} nodes; refusing")
        return super().compose_node(parent, index)


def _to_python(node: yaml.Node, budget: list[int]) -> Any:
    # Aliases share nodes, so a walk can still blow up; the budget bounds the total work.
    budget[0] -= 1
    if budget[0] < 0:
        raise ParseError("YAML expands to too many values; refusing (alias bomb?)")
    if isinstance(node, yaml.MappingNode):
        result = YamlMap()
        for key_node, value_node in node.value:
            key = _to_python(key_node, budget)
            key = key if isinstance(key, str) else str(key)
            result[key] = _to_python(value_node, budget)
            result.lines[key] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, budget) for item in node.value]
    # Every scalar stays a string: `lockfileVersion: 5.4` must not become a float and
    # `version: 1.10` must not become 1.1.
    value = node.value
    plain = isinstance(node, yaml.ScalarNode) and node.style is None
    if node.tag == "tag:yaml.org,2002:null" or (plain and value in ("", "~", "null")):
        return None
    return str(value)


def load_yaml(content: bytes) -> Any:
    """Parse one YAML document with alias and size limits; scalars are kept as strings."""
    text = decode(content)
    if not text.strip():
        raise ParseError("empty file")
    loader = _LimitedLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        raise ParseError(f"invalid YAML: {str(exc).splitlines()[0]}") from exc
    except RecursionError as exc:
        raise ParseError("YAML nested too deeply") from exc
    finally:
        loader.dispose()
    if node is None:
        raise ParseError("empty file")
    # Without aliases a document expands to exactly its composed nodes; a little reuse is
    # fine, exponential reuse (an alias bomb) is not.
    budget = min(MAX_YAML_NODES, 2 * loader.node_count + 1000)
    try:
        return _to_python(node, [budget])
    except RecursionError as exc:
        raise ParseError("YAML nested too deeply") from exc


# --------------------------------------------------------------------------- line numbers


class Lines:
    """Maps character offsets to 1-based line numbers and finds needles in document order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._cursor = 0

    def line_at(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def find(self, needle: str, *, advance: bool = True) -> int:
        """Line of the next occurrence of ``needle`` after the previous hit (0 if absent).

        Parsers read documents in order, so searching forward from the last hit attributes
        repeated names to the right entry.
        """
        offset = self.text.find(needle, self._cursor)
        if offset == -1:
            offset = self.text.find(needle)
            if offset == -1:
                return 0
        if advance:
            self._cursor = offset + len(needle)
        return self.line_at(offset)


def package(
    ecosystem: str,
    name: str,
    version: str,
    manifest_path: str,
    line: int = 0,
    *,
    direct: bool | None = None,
    dev: bool | None = None,
    hashes: tuple[tuple[str, str], ...] = (),
    depends_on: tuple[str, ...] = (),
) -> Package:
    return Package(
        ecosystem=ecosystem,
        name=name,
        version=version,
        manifest_path=manifest_path,
        line=line,
        purl=names.purl(ecosystem, name, version),
        direct=direct,
        dev=dev,
        hashes=hashes,
        depends_on=depends_on,
    )


_HASH_NAMES = {"sha1": "SHA-1", "sha256": "SHA-256", "sha384": "SHA-384", "sha512": "SHA-512"}


def sri_hashes(integrity: object) -> tuple[tuple[str, str], ...]:
    """Subresource-integrity strings (npm's ``integrity``: "sha512-<base64>", space-separated)
    as (algorithm, hex) pairs; unknown algorithms and malformed values are left out."""
    if not isinstance(integrity, str):
        return ()
    found = []
    for item in integrity.split():
        algorithm, _, encoded = item.partition("-")
        name = _HASH_NAMES.get(algorithm.lower())
        try:
            digest = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            continue
        if name and digest:
            found.append((name, digest.hex()))
    return tuple(found)


def prefixed_hashes(values: object) -> tuple[tuple[str, str], ...]:
    """``["sha256:<hex>", ...]`` (Pipfile.lock, poetry) as (algorithm, hex) pairs."""
    if not isinstance(values, list):
        return ()
    found = []
    for value in values:
        if not isinstance(value, str):
            continue
        algorithm, _, digest = value.partition(":")
        name = _HASH_NAMES.get(algorithm.lower())
        if name and digest and all(c in "0123456789abcdefABCDEF" for c in digest):
            found.append((name, digest.lower()))
    return tuple(found)
