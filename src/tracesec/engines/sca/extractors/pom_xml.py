"""Maven's ``pom.xml``: dependencies with ``${property}`` interpolation, versions managed in
``dependencyManagement``, and properties/management inherited from parent POMs *that are in
the scanned tree* (found through ``lookup``; nothing is downloaded).

XML is read with expat directly so each element keeps its line; a DOCTYPE (and with it any
entity declaration) is refused, so entity expansion and external entities cannot happen.
"""

from __future__ import annotations

import posixpath
import re
import xml.parsers.expat
from dataclasses import dataclass, field

from tracesec.engines.model import Package
from tracesec.engines.sca.extractors.base import (
    Lookup,
    ParseError,
    basename,
    decode,
    package,
)

NAME = "pom.xml"
ECOSYSTEM = "Maven"
MAX_PARENT_DEPTH = 10
_PROPERTY = re.compile(r"\$\{([^}]+)\}")


def matches(path: str) -> bool:
    name = basename(path)
    return name == "pom.xml" or name.endswith(".pom")


@dataclass
class _Element:
    tag: str
    line: int
    children: list[_Element] = field(default_factory=list)
    text: str = ""

    def child(self, tag: str) -> _Element | None:
        for item in self.children:
            if item.tag == tag:
                return item
        return None

    def value(self, tag: str) -> str:
        item = self.child(tag)
        return item.text.strip() if item is not None else ""


def _parse_xml(content: bytes) -> _Element:
    if not decode(content).strip():  # size, binary and encoding checks, shared messages
        raise ParseError("empty file")
    parser = xml.parsers.expat.ParserCreate()
    stack: list[_Element] = []
    root: list[_Element] = []

    def refuse_doctype(*_args: object) -> None:
        raise ParseError("pom.xml declares a DOCTYPE; refusing (entity expansion)")

    def start(tag: str, _attrs: dict[str, str]) -> None:
        element = _Element(tag=tag.rsplit("}", 1)[-1], line=parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(element)
        else:
            root.append(element)
        stack.append(element)

    def end(_tag: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        if stack:
            stack[-1].text += data

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(content, True)
    except xml.parsers.expat.ExpatError as exc:
        raise ParseError(
            f"invalid XML: {xml.parsers.expat.errors.messages[exc.code]} at line {exc.lineno}"
        ) from exc
    except RecursionError as exc:
        raise ParseError("XML nested too deeply") from exc
    if not root:
        raise ParseError("empty file")
    if root[0].tag != "project":
        raise ParseError(f"not a pom.xml: root element is <{root[0].tag}>, expected <project>")
    return root[0]


@dataclass
class _Model:
    properties: dict[str, str]
    managed: dict[str, str]  # "group:artifact" -> version (raw)


def _model(project: _Element, inherited: _Model | None) -> _Model:
    properties = dict(inherited.properties) if inherited else {}
    managed = dict(inherited.managed) if inherited else {}
    parent = project.child("parent")
    group = project.value("groupId") or (parent.value("groupId") if parent else "")
    version = project.value("version") or (parent.value("version") if parent else "")
    properties.update(
        {
            "project.groupId": group,
            "pom.groupId": group,
            "project.artifactId": project.value("artifactId"),
            "project.version": version,
            "pom.version": version,
        }
    )
    if parent is not None:
        properties["project.parent.version"] = parent.value("version")
        properties["project.parent.groupId"] = parent.value("groupId")
    props = project.child("properties")
    if props is not None:
        for item in props.children:
            properties[item.tag] = item.text.strip()
    management = project.child("dependencyManagement")
    deps = management.child("dependencies") if management is not None else None
    if deps is not None:
        for dep in deps.children:
            if dep.tag == "dependency" and dep.value("version"):
                managed[f"{dep.value('groupId')}:{dep.value('artifactId')}"] = dep.value("version")
    return _Model(properties=properties, managed=managed)


def _interpolate(value: str, properties: dict[str, str]) -> str:
    for _ in range(10):  # properties may refer to properties; bounded against cycles
        replaced = _PROPERTY.sub(lambda m: properties.get(m.group(1), m.group(0)), value)
        if replaced == value:
            break
        value = replaced
    return value


def _concrete(version: str) -> str:
    """A single version from a Maven version spec; "" when it cannot be pinned down."""
    if "${" in version:
        return ""
    if version.startswith(("[", "(")):
        first = version[1:].split(",", 1)[0].rstrip("])").strip()
        return first if version.startswith("[") and first else ""
    return version


def _parent_model(
    path: str, project: _Element, lookup: Lookup | None, depth: int, notes: list[str] | None
) -> _Model | None:
    parent = project.child("parent")
    if parent is None or lookup is None or depth >= MAX_PARENT_DEPTH:
        return None
    relative = parent.value("relativePath") or "../pom.xml"
    target = posixpath.normpath(posixpath.join(posixpath.dirname(path), relative))
    if not target.endswith((".xml", ".pom")):
        target = posixpath.join(target, "pom.xml")
    content = lookup(target) if not target.startswith("../") else None
    if content is None:
        if notes is not None:
            notes.append(
                f"{path}:{parent.line}: parent POM {parent.value('groupId')}:"
                f"{parent.value('artifactId')} is not in the tree; inherited versions unknown"
            )
        return None
    try:
        parent_project = _parse_xml(content)
    except ParseError as exc:
        if notes is not None:
            notes.append(f"{path}:{parent.line}: parent POM {target}: {exc}")
        return None
    grandparent = _parent_model(target, parent_project, lookup, depth + 1, notes)
    return _model(parent_project, grandparent)


def _dependencies(project: _Element) -> list[_Element]:
    """Direct dependencies, including those of profiles active by default."""
    holders = [project.child("dependencies")]
    profiles = project.child("profiles")
    for profile in profiles.children if profiles is not None else ():
        activation = profile.child("activation")
        if activation is not None and activation.value("activeByDefault") == "true":
            holders.append(profile.child("dependencies"))
    return [
        dep
        for holder in holders
        if holder is not None
        for dep in holder.children
        if dep.tag == "dependency"
    ]


def extract(
    path: str, content: bytes, lookup: Lookup | None = None, notes: list[str] | None = None
) -> list[Package]:
    project = _parse_xml(content)
    model = _model(project, _parent_model(path, project, lookup, 0, notes))
    packages: list[Package] = []
    seen: set[tuple[str, str]] = set()
    for dep in _dependencies(project):
        group = _interpolate(dep.value("groupId"), model.properties)
        artifact = _interpolate(dep.value("artifactId"), model.properties)
        if not group or not artifact:
            if notes is not None:
                notes.append(f"{path}:{dep.line}: dependency without groupId or artifactId")
            continue
        name = f"{group}:{artifact}"
        raw = dep.value("version") or model.managed.get(name, "")
        version = _concrete(_interpolate(raw, model.properties))
        if raw and not version and notes is not None:
            notes.append(f"{path}:{dep.line}: version {raw!r} of {name} cannot be resolved")
        if (name, version) in seen:
            continue
        seen.add((name, version))
        scope = dep.value("scope")
        packages.append(
            package(ECOSYSTEM, name, version, path, dep.line, direct=True, dev=scope == "test")
        )
    return packages
