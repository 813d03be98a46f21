"""Per-package decisions: the lowest upgrade that fixes every advisory of an installed package."""

from __future__ import annotations

from tracesec.engines.model import Engine, Finding, Location, Severity
from tracesec.engines.sca.decisions import (
    AdvisoryRow,
    crosses_major,
    decide,
    decide_findings,
    highest,
    major_of,
)


def row(
    advisory: str,
    fixed: str | None,
    severity: Severity = Severity.HIGH,
    *,
    package: str = "Django",
    version: str = "3.2.0",
    ecosystem: str = "PyPI",
    manifest: str = "requirements.txt",
) -> AdvisoryRow:
    return AdvisoryRow(
        ecosystem=ecosystem,
        package=package,
        version=version,
        manifest_path=manifest,
        advisory_id=advisory,
        fixed_version=fixed,
        severity=severity,
        fingerprint=f"fp-{advisory}",
    )


def test_lowest_version_fixing_every_advisory_uses_ecosystem_order() -> None:
    # string order would pick 3.2.9 over 3.2.25
    [decision] = decide(
        [row("GHSA-a", "3.2.9"), row("GHSA-b", "3.2.25", Severity.CRITICAL), row("GHSA-c", "3.2.1")]
    )
    assert decision.fixed_version == "3.2.25"
    assert decision.advisories == ("GHSA-a", "GHSA-b", "GHSA-c")
    assert decision.severity is Severity.CRITICAL
    assert decision.major_upgrade is False
    assert decision.unfixed == ()
    assert decision.advice == "upgrade Django 3.2.0 \u2192 3.2.25 fixes 3 advisories"


def test_major_upgrade_and_unfixed_advisories_are_said() -> None:
    [decision] = decide(
        [
            row("GHSA-x", "5.0.1", package="lodash", version="4.17.15", ecosystem="npm"),
            row("GHSA-y", None, package="lodash", version="4.17.15", ecosystem="npm"),
        ]
    )
    assert decision.fixed_version == "5.0.1"
    assert decision.major_upgrade is True
    assert decision.unfixed == ("GHSA-y",)
    assert decision.advice == (
        "upgrade lodash 4.17.15 \u2192 5.0.1 fixes 1 advisory (major version upgrade); "
        "1 advisory without a fixed version (GHSA-y): consider replacing lodash"
    )


def test_no_fix_at_all() -> None:
    [decision] = decide([row("GHSA-z", None)])
    assert decision.fixed_version is None
    assert decision.major_upgrade is None
    assert "upgrade" not in decision.advice
    assert "consider replacing Django" in decision.advice


def test_groups_by_installed_package_and_manifest() -> None:
    rows = [
        row("GHSA-a", "3.2.5"),
        row("GHSA-b", "3.2.7", package="django"),  # PEP 503: the same package
        row("GHSA-a", "3.2.5", manifest="other/requirements.txt"),
        row("GHSA-a", "4.0", version="2.2.0"),
        row("GHSA-c", "1.0", Severity.LOW, package="pyyaml", version="0.9"),
    ]
    decisions = decide(rows)
    assert [(d.manifest_path, d.package, d.version, len(d.advisories)) for d in decisions] == [
        ("requirements.txt", "Django", "3.2.0", 2),
        ("other/requirements.txt", "Django", "3.2.0", 1),
        ("requirements.txt", "Django", "2.2.0", 1),
        ("requirements.txt", "pyyaml", "0.9", 1),
    ]
    assert decisions[0].fingerprints == ("fp-GHSA-a", "fp-GHSA-b")
    assert decisions[2].major_upgrade is True


def test_the_same_advisory_twice_counts_once() -> None:
    [decision] = decide([row("GHSA-a", "3.2.5"), row("GHSA-a", "3.2.5")])
    assert decision.advisories == ("GHSA-a",)


def test_versions_that_do_not_parse_fall_back_to_string_order() -> None:
    assert highest("PyPI", ["not a version", "1.0"]) == "not a version"
    assert highest("Go", ["v1.2.10", "v1.2.9"]) == "v1.2.10"
    assert highest("PyPI", []) is None


def test_major_numbers() -> None:
    assert major_of("v2.3.4") == 2
    assert major_of("1!2.0") == 2
    assert major_of("latest") is None
    assert crosses_major("0.21.0", "1.6.0") is True
    assert crosses_major("1.2", "1.9") is False
    assert crosses_major("x", "1.0") is None


def test_decisions_from_scan_findings_ignore_other_engines() -> None:
    extra = {
        "ecosystem": "npm",
        "package": "axios",
        "version": "0.21.0",
        "manifest_path": "package-lock.json",
        "advisory_id": "GHSA-1",
        "fixed_version": "0.21.1",
        "direct": True,
        "dev": False,
    }
    sca = Finding(
        engine=Engine.SCA,
        rule_id="GHSA-1",
        severity=Severity.HIGH,
        title="t",
        message="m",
        location=Location(path="package-lock.json", start_line=1, end_line=1),
        fingerprint="fp",
        extra=extra,
    )
    sast = Finding(
        engine=Engine.SAST,
        rule_id="r",
        severity=Severity.HIGH,
        title="t",
        message="m",
        location=Location(path="a.py", start_line=1, end_line=1),
        fingerprint="fp2",
    )
    [decision] = decide_findings([sca, sast])
    assert decision.fixed_version == "0.21.1"
    assert decision.direct is True
    assert decision.dev is False
    assert decision.fingerprints == ("fp",)
