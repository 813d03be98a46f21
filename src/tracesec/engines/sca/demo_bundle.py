"""Builds the bundled demo advisory set (``data/demo-osv.zip``) from full OSV exports.

Only records that affect one of the demo workspace's package versions are kept, copied
byte for byte, with their sources' licence texts and an attribution note inside the zip.
Run it again after changing ``DEMO_PACKAGES``::

    python -m tracesec.engines.sca.demo_bundle ../shared/data/osv \
        src/tracesec/engines/sca/data/demo-osv.zip

The build is deterministic (sorted members, fixed timestamps), so a test can check that the
shipped file is exactly what this module produces.
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from tracesec.engines.sca import osvstore
from tracesec.engines.sca.index_matcher import Matcher

# (ecosystem, package, version) of the demo repositories (docs/internals/demo-content.md)
DEMO_PACKAGES: tuple[tuple[str, str, str], ...] = (
    ("PyPI", "Django", "3.2.4"),
    ("PyPI", "requests", "2.25.1"),
    ("PyPI", "PyYAML", "5.3.1"),
    ("PyPI", "Jinja2", "2.11.2"),
    ("PyPI", "urllib3", "1.26.4"),
    ("npm", "lodash", "4.17.15"),
    ("npm", "axios", "0.21.0"),
    ("npm", "minimist", "1.2.5"),
    ("npm", "jsonwebtoken", "8.5.1"),
    ("npm", "express", "4.17.1"),
    ("npm", "marked", "0.3.6"),
    ("npm", "handlebars", "4.0.11"),
    ("Maven", "org.apache.logging.log4j:log4j-core", "2.14.1"),
    ("Maven", "com.fasterxml.jackson.core:jackson-databind", "2.9.10.1"),
    ("Maven", "org.yaml:snakeyaml", "1.30"),
    ("Go", "golang.org/x/net", "0.0.0-20200226121028-0de0cce0169b"),
    ("Go", "github.com/gin-gonic/gin", "1.6.3"),
    ("Go", "golang.org/x/crypto", "0.0.0-20200622213623-75b288015ac9"),
)

SOURCES = ("PyPI", "npm", "Maven", "Go")
ATTRIBUTION = """Trace demo advisories: a subset of public OSV records
=====================================================

These OSV records are copied unchanged from:
- PyPI/: PyPA Advisory Database (github.com/pypa/advisory-database), CC-BY-4.0
- npm/, Maven/: GitHub Advisory Database (github.com/github/advisory-database), CC-BY-4.0
- Go/: Go Vulnerability Database (github.com/golang/vulndb), CC-BY-4.0

Only records affecting the package versions used by Trace's demo workspace are included.
The licence text of each source is in LICENSES/.
"""
_EPOCH = (2026, 1, 1, 0, 0, 0)
RESOURCE = "demo-osv.zip"


def demo_bundle_path() -> Path:
    """The zip shipped inside the package (``tracesec/engines/sca/data/demo-osv.zip``)."""
    return Path(str(resources.files("tracesec.engines.sca.data").joinpath(RESOURCE)))


def affecting_records(osv_root: Path, index_dir: Path | None = None) -> dict[str, dict[str, bytes]]:
    """source -> {member name: raw JSON} for records that affect a demo package version.

    ``index_dir`` may hold an index already built from the ``SOURCES`` exports of
    ``osv_root``; otherwise one is built in a temporary directory.
    """
    with tempfile.TemporaryDirectory() as tmp:
        if index_dir is None:
            index_dir = Path(tmp)
            for source in SOURCES:
                osvstore.build_index(osv_root / source / "all.zip", index_dir, source)
        matcher = Matcher(osvstore.OsvIndex.open(index_dir))
        ids = {
            hit.advisory.id
            for ecosystem, name, version in DEMO_PACKAGES
            for hit in matcher.match(ecosystem, name, version)
        }
    selected: dict[str, dict[str, bytes]] = {}
    for source in SOURCES:
        members: dict[str, bytes] = {}
        for member, raw in osvstore.iter_records(osv_root / source / "all.zip"):
            if raw is not None and Path(member).stem in ids:
                members[Path(member).name] = raw
        selected[source] = members
    return selected


def build(osv_root: Path, output: Path, index_dir: Path | None = None) -> int:
    records = affecting_records(osv_root, index_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def add(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)

        add("ATTRIBUTION.md", ATTRIBUTION.encode())
        for source in SOURCES:
            add(f"LICENSES/{source}-LICENSE", (osv_root / source / "LICENSE").read_bytes())
            for name in sorted(records[source]):
                add(f"{source}/{name}", records[source][name])
                count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        sys.stderr.write("usage: python -m tracesec.engines.sca.demo_bundle OSV_ROOT OUTPUT.zip\n")
        return 2
    count = build(Path(args[0]), Path(args[1]))
    sys.stdout.write(f"wrote {count} records to {args[1]}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
