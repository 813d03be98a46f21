"""Re-matching stored inventories against the advisories an import changed (no checkout).

A scan stores its dependency inventory; when an OSV import brings new or changed records,
only the packages those records name are looked at again, and only hits that involve a
changed record count. Findings are built by the engine's own ``to_finding``, so their
fingerprints are the ones the next scan of the repository produces.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tracesec.engines.model import Finding, Package
from tracesec.engines.sca import names
from tracesec.engines.sca.engine import matcher_for, to_finding
from tracesec.engines.sca.osvstore import OsvIndex


@dataclass(frozen=True, slots=True)
class AdvisoryHit:
    """A finding opened by an advisory update, with the advisory's publish date."""

    finding: Finding
    published: str


def rematch_packages(
    index: OsvIndex,
    packages: Iterable[Package],
    changed: Mapping[tuple[str, str], Mapping[str, str]],
) -> list[AdvisoryHit]:
    """Hits of ``packages`` that involve an advisory of ``changed`` (see ``ImportStats``)."""
    matcher = matcher_for(index)
    hits: dict[str, AdvisoryHit] = {}
    for pkg in packages:
        if not pkg.version:
            continue
        advisories = changed.get((pkg.ecosystem, names.normalize(pkg.ecosystem, pkg.name)))
        if not advisories:
            continue
        for merged in matcher.match_merged(pkg.ecosystem, pkg.name, pkg.version):
            involved = [hit.advisory.id for hit in merged.hits if hit.advisory.id in advisories]
            if not involved:
                continue
            finding = to_finding(pkg, merged)
            published = min((advisories[i] for i in involved if advisories[i]), default="")
            hits.setdefault(finding.fingerprint, AdvisoryHit(finding, published))
    return list(hits.values())
