"""OSV matching semantics, on hand-written records and on the real exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracesec.engines.model import Severity
from tracesec.engines.sca import names, osvstore
from tracesec.engines.sca.index_matcher import Matcher
from tracesec.engines.sca.matching import canonical_id, merge_aliases


def _record(record_id: str, ecosystem: str, name: str, *, ranges=(), versions=(), **extra):
    return {
        "id": record_id,
        "modified": "2024-01-01T00:00:00Z",
        "affected": [
            {
                "package": {"ecosystem": ecosystem, "name": name},
                "ranges": list(ranges),
                "versions": list(versions),
            }
        ],
        **extra,
    }


def _matcher(tmp_path: Path, *records: dict) -> Matcher:
    source = tmp_path / "records"
    source.mkdir(exist_ok=True)
    for record in records:
        (source / f"{record['id']}.json").write_text(json.dumps(record))
    index_dir = tmp_path / "index"
    osvstore.build_index(source, index_dir, "test")
    return Matcher(osvstore.OsvIndex.open(index_dir))


def _ids(matcher: Matcher, ecosystem: str, name: str, version: str) -> list[str]:
    return sorted(hit.advisory.id for hit in matcher.match(ecosystem, name, version))


def eco(*events: dict) -> dict:
    return {"type": "ECOSYSTEM", "events": list(events)}


def test_events_are_sorted_by_version_before_evaluation(tmp_path):
    # listed newest branch first, as 2.6 % of real PyPI ranges are
    rng = eco({"introduced": "5.0"}, {"fixed": "5.0.8"}, {"introduced": "4.2"}, {"fixed": "4.2.15"})
    matcher = _matcher(tmp_path, _record("PYSEC-1", "PyPI", "Django", ranges=[rng]))
    assert _ids(matcher, "PyPI", "django", "5.0.7") == ["PYSEC-1"]
    assert _ids(matcher, "PyPI", "django", "4.2.14") == ["PYSEC-1"]
    assert _ids(matcher, "PyPI", "django", "4.2.15") == []
    assert _ids(matcher, "PyPI", "django", "4.1") == []
    assert _ids(matcher, "PyPI", "django", "5.0.8") == []
    assert _ids(matcher, "PyPI", "django", "5.1") == []


def test_introduced_zero_fixed_and_fix_advice(tmp_path):
    rng = eco({"introduced": "0"}, {"fixed": "1.2.0"}, {"introduced": "2.0.0"}, {"fixed": "2.3.1"})
    matcher = _matcher(tmp_path, _record("GHSA-aaaa", "npm", "left-pad", ranges=[rng]))
    for version, fixed in [("0.0.1", "1.2.0"), ("1.1.9", "1.2.0"), ("2.1.0", "2.3.1")]:
        (hit,) = matcher.match("npm", "left-pad", version)
        assert hit.fixed_version == fixed
    assert matcher.match("npm", "left-pad", "1.2.0") == ()
    assert matcher.match("npm", "left-pad", "2.3.1") == ()


def test_last_affected_is_inclusive_and_limit_bounds_the_range(tmp_path):
    last = eco({"introduced": "1.0"}, {"last_affected": "1.4"})
    limited = eco({"introduced": "0"}, {"limit": "3.0"})
    matcher = _matcher(
        tmp_path,
        _record("OSV-LAST", "PyPI", "pkg-a", ranges=[last]),
        _record("OSV-LIMIT", "PyPI", "pkg-b", ranges=[limited]),
    )
    assert _ids(matcher, "PyPI", "pkg-a", "1.4") == ["OSV-LAST"]
    assert _ids(matcher, "PyPI", "pkg-a", "1.4.1") == []
    assert _ids(matcher, "PyPI", "pkg-a", "0.9") == []
    (hit,) = matcher.match("PyPI", "pkg-a", "1.2")
    assert hit.fixed_version is None
    assert _ids(matcher, "PyPI", "pkg-b", "2.9") == ["OSV-LIMIT"]
    assert _ids(matcher, "PyPI", "pkg-b", "3.0") == []


def test_versions_list_and_git_ranges(tmp_path):
    git = {"type": "GIT", "repo": "https://x", "events": [{"introduced": "abc"}, {"fixed": "def"}]}
    matcher = _matcher(
        tmp_path,
        _record("OSV-LIST", "PyPI", "listed", versions=["1.0", "1.1"], ranges=[git]),
        _record("OSV-GIT", "PyPI", "gitonly", ranges=[git]),
    )
    assert _ids(matcher, "PyPI", "listed", "1.1") == ["OSV-LIST"]
    assert _ids(matcher, "PyPI", "listed", "1.1.0") == ["OSV-LIST"]  # PEP 440 equality
    assert _ids(matcher, "PyPI", "listed", "1.2") == []
    # a record with only GIT ranges and no versions cannot affect a lockfile version
    assert matcher.compiled("PyPI", "gitonly") is None


def test_semver_range_and_go_versions(tmp_path):
    semver = {"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.17.0"}]}
    matcher = _matcher(tmp_path, _record("GO-2023-1", "Go", "golang.org/x/net", ranges=[semver]))
    assert _ids(matcher, "Go", "golang.org/x/net", "0.0.0-20200226121028-0de0cce0169b") == [
        "GO-2023-1"
    ]
    assert _ids(matcher, "Go", "golang.org/x/net", "v0.16.0") == ["GO-2023-1"]
    assert _ids(matcher, "Go", "golang.org/x/net", "0.17.0") == []
    assert _ids(matcher, "Go", "golang.org/x/Net", "0.16.0") == []  # module paths are exact


def test_ecosystem_ordering_maven_and_rubygems(tmp_path):
    maven = eco({"introduced": "2.0-beta9"}, {"fixed": "2.15.0"})
    gem = eco({"introduced": "0"}, {"fixed": "2.2.0.rc1"})
    matcher = _matcher(
        tmp_path,
        _record("GHSA-m", "Maven", "org.apache.logging.log4j:log4j-core", ranges=[maven]),
        _record("GHSA-r", "RubyGems", "rack", ranges=[gem]),
    )
    log4j = "org.apache.logging.log4j:log4j-core"
    assert _ids(matcher, "Maven", log4j, "2.14.1") == ["GHSA-m"]
    assert _ids(matcher, "Maven", log4j, "2.0") == ["GHSA-m"]  # 2.0 > 2.0-beta9 in Maven
    assert _ids(matcher, "Maven", log4j, "2.15.0") == []
    assert _ids(matcher, "RubyGems", "rack", "2.1.9") == ["GHSA-r"]
    assert _ids(matcher, "RubyGems", "rack", "2.2.0.beta") == ["GHSA-r"]
    assert _ids(matcher, "RubyGems", "rack", "2.2.0") == []


def test_withdrawn_records_are_not_imported(tmp_path):
    rng = eco({"introduced": "0"})
    matcher = _matcher(
        tmp_path,
        _record("GHSA-gone", "npm", "pkg", ranges=[rng], withdrawn="2024-02-01T00:00:00Z"),
        _record("GHSA-here", "npm", "pkg", ranges=[rng]),
    )
    assert _ids(matcher, "npm", "pkg", "1.0.0") == ["GHSA-here"]


def test_unparseable_bound_drops_only_that_range(tmp_path):
    bad = eco({"introduced": "not a version!"}, {"fixed": "2.0"})
    good = eco({"introduced": "3.0"}, {"fixed": "3.1"})
    matcher = _matcher(tmp_path, _record("PYSEC-x", "PyPI", "p", ranges=[bad, good]))
    assert _ids(matcher, "PyPI", "p", "1.0") == []
    assert _ids(matcher, "PyPI", "p", "3.0.5") == ["PYSEC-x"]


def test_installed_version_that_does_not_parse_still_matches_listed_strings(tmp_path):
    matcher = _matcher(tmp_path, _record("PYSEC-v", "PyPI", "p", versions=["1.0-custom+build!x"]))
    assert _ids(matcher, "PyPI", "p", "1.0-custom+build!x") == ["PYSEC-v"]
    assert _ids(matcher, "PyPI", "p", "weird version") == []


def test_pep503_names():
    assert names.normalize("PyPI", "Flask_Login") == "flask-login"
    assert names.normalize("PyPI", "zope.interface") == "zope-interface"
    assert names.normalize("PyPI", "A__b-.C") == "a-b-c"
    assert names.normalize("Maven", "org.Foo:Bar") == "org.Foo:Bar"
    assert names.purl("Maven", "org.yaml:snakeyaml", "1.30") == "pkg:maven/org.yaml/snakeyaml@1.30"
    assert names.purl("npm", "@babel/core", "7.0.0") == "pkg:npm/%40babel/core@7.0.0"
    assert names.purl("PyPI", "Flask_Login", "0.1") == "pkg:pypi/flask-login@0.1"
    assert names.purl("Go", "golang.org/x/net", "0.1.0") == "pkg:golang/golang.org/x/net@0.1.0"


def test_aliases_merge_into_one_canonical_finding_with_highest_severity(tmp_path):
    rng = eco({"introduced": "0"}, {"fixed": "2.0"})
    matcher = _matcher(
        tmp_path,
        _record(
            "PYSEC-2024-1",
            "PyPI",
            "p",
            ranges=[rng],
            aliases=["CVE-2024-0001"],
            severity=[{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
        ),
        _record(
            "GHSA-abcd-efgh-ijkl",
            "PyPI",
            "p",
            ranges=[eco({"introduced": "0"}, {"fixed": "2.1"})],
            aliases=["CVE-2024-0001"],
            database_specific={"severity": "MODERATE"},
        ),
        _record("PYSEC-2024-2", "PyPI", "p", ranges=[rng]),
    )
    merged = merge_aliases(matcher.match("PyPI", "p", "1.0"))
    assert [m.canonical_id for m in merged] == ["GHSA-abcd-efgh-ijkl", "PYSEC-2024-2"]
    first = merged[0]
    assert first.aliases == ("CVE-2024-0001", "PYSEC-2024-1")
    assert first.severity is Severity.CRITICAL  # 9.8 from the PYSEC twin beats MODERATE
    assert first.fixed_version == "2.1"  # the fix that satisfies every source
    assert merged[1].severity is None


def test_canonical_preference():
    assert canonical_id({"CVE-1", "PYSEC-1", "GHSA-1"}) == "GHSA-1"
    assert canonical_id({"CVE-1", "GO-2020-1"}) == "GO-2020-1"
    assert canonical_id({"CVE-1", "OSV-1"}) == "CVE-1"


# --------------------------------------------------------------------------- real data


def test_django_507_out_of_order_events_real_pypi(osv_index_dir):
    matcher = Matcher(osvstore.OsvIndex.open(osv_index_dir))
    hits = {hit.advisory.id: hit.fixed_version for hit in matcher.match("PyPI", "Django", "5.0.7")}
    # these five list the 5.0 branch before 4.2; in-list-order evaluation clears 5.0.7
    assert hits == {
        "PYSEC-2024-67": "5.0.8",
        "PYSEC-2024-68": "5.0.8",
        "PYSEC-2024-69": "5.0.8",
        "PYSEC-2024-70": "5.0.8",
        "PYSEC-2024-102": "5.0.9",
    }
    # fixed in 5.0.7 itself
    assert "PYSEC-2024-57" not in hits


@pytest.mark.parametrize(
    ("ecosystem", "name", "version", "expected"),
    [
        ("PyPI", "requests", "2.25.1", {"PYSEC-2023-74"}),
        ("PyPI", "PyYAML", "5.3.1", {"PYSEC-2021-142"}),
        ("PyPI", "jinja2", "2.11.2", {"PYSEC-2021-66"}),
        ("npm", "minimist", "1.2.5", {"GHSA-xvch-5gv4-984h"}),
        ("npm", "handlebars", "4.0.11", {"GHSA-f2jv-r9rf-7988"}),
        (
            "Maven",
            "org.apache.logging.log4j:log4j-core",
            "2.14.1",
            {"GHSA-jfh8-c2jp-5v3q", "GHSA-7rjr-3q55-vv33", "GHSA-p6xc-xr62-6r2g"},
        ),
        ("Go", "github.com/gin-gonic/gin", "1.6.3", {"GO-2021-0052", "GO-2023-1737"}),
        ("PyPI", "requests", "2.32.3", set()),
        ("npm", "minimist", "1.2.6", set()),
    ],
)
def test_real_advisories(osv_index_dir, ecosystem, name, version, expected):
    matcher = Matcher(osvstore.OsvIndex.open(osv_index_dir))
    assert {hit.advisory.id for hit in matcher.match(ecosystem, name, version)} == expected


def test_one_record_listing_a_package_in_several_affected_blocks(tmp_path):
    record = _record(
        "GHSA-multi", "Maven", "g:a", ranges=[eco({"introduced": "0"}, {"fixed": "1.0"})]
    )
    record["affected"].append(
        {
            "package": {"ecosystem": "Maven", "name": "g:a"},
            "ranges": [eco({"introduced": "2.0"}, {"fixed": "2.5"})],
        }
    )
    matcher = _matcher(tmp_path, record)
    assert _ids(matcher, "Maven", "g:a", "0.5") == ["GHSA-multi"]
    assert _ids(matcher, "Maven", "g:a", "2.1") == ["GHSA-multi"]
    assert _ids(matcher, "Maven", "g:a", "1.5") == []


def test_precompiled_and_freshly_compiled_agree(osv_index_dir):
    from tracesec.engines.sca.matching import CompiledPackage

    index = osvstore.OsvIndex.open(osv_index_dir)
    for name in ("django", "urllib3", "jinja2", "pillow"):
        entries, stored = index.package_data("PyPI", name)
        assert stored is not None
        loaded = CompiledPackage.from_json("PyPI", entries, stored)
        fresh = CompiledPackage.compile("PyPI", entries)
        for version in ("0.1", "1.4", "2.2.9", "3.2.4", "4.2.14", "5.0.7", "9.9"):
            assert loaded.match(version) == fresh.match(version)
            assert loaded.match_merged(version) == fresh.match_merged(version)


def test_match_merged_agrees_with_merge_aliases(osv_index_dir):
    matcher = Matcher(osvstore.OsvIndex.open(osv_index_dir))
    for name, version in (("Django", "3.2.4"), ("urllib3", "1.26.4"), ("Pillow", "8.0.0")):
        merged = matcher.match_merged("PyPI", name, version)
        assert merged
        compiled = matcher.compiled("PyPI", name)
        assert compiled is not None
        fix_key = None
        expected = merge_aliases(matcher.match("PyPI", name, version), fix_key=fix_key)
        assert [m.canonical_id for m in merged] == [m.canonical_id for m in expected]
        assert [m.severity for m in merged] == [m.severity for m in expected]


def test_severity_sources():
    from tracesec.engines.sca.severity import record_severity

    v4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"
    assert record_severity({"severity": [{"type": "CVSS_V4", "score": v4}]}) is Severity.CRITICAL
    low = "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N"
    assert record_severity({"severity": [{"type": "CVSS_V3", "score": low}]}) is Severity.LOW
    # a computed v4/v3 base score wins over the database's own level
    ghsa = {
        "database_specific": {"severity": "LOW"},
        "severity": [{"type": "CVSS_V4", "score": v4}],
    }
    assert record_severity(ghsa) is Severity.CRITICAL
    # ... which is the fallback without one, and wins over a v2 vector
    v2 = "AV:N/AC:L/Au:N/C:C/I:C/A:C"
    fallback = {
        "database_specific": {"severity": "MODERATE"},
        "severity": [{"type": "CVSS_V2", "score": v2}],
    }
    assert record_severity(fallback) is Severity.MEDIUM
    assert record_severity({"severity": [{"type": "CVSS_V2", "score": v2}]}) is Severity.CRITICAL
    assert record_severity({"severity": [{"type": "CVSS_V3", "score": "garbage"}]}) is None
    assert record_severity({}) is None


def test_cvss_vector_and_score_are_kept():
    from tracesec.engines.sca.severity import CvssScore, record_cvss

    v3 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
    v4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N"
    record = {
        "severity": [{"type": "CVSS_V3", "score": v3}],
        "affected": [{"severity": [{"type": "CVSS_V4", "score": v4}]}],
    }
    scored = record_cvss(record)
    assert scored is not None
    assert (scored.kind, scored.vector, scored.version) == ("CVSS_V4", v4, "4.0")
    assert scored.score == 6.9  # computed by the cvss library, not taken from anywhere
    only_v3 = record_cvss({"severity": [{"type": "CVSS_V3", "score": v3}]})
    assert only_v3 is not None
    assert (only_v3.score, only_v3.version) == (9.8, "3.1")
    assert CvssScore.from_json(only_v3.to_json()) == only_v3
    assert CvssScore.from_json(None) is None
    assert CvssScore.from_json({"type": "CVSS_V3"}) is None


def test_summary_falls_back_to_the_first_sentences_of_details():
    from tracesec.engines.sca.osvstore import _summary

    details = (
        "Requests is a HTTP library. Since Requests 2.3.0, Requests has been leaking\n"
        "Proxy-Authorization headers. More text follows here."
    )
    assert _summary({"details": details}) == (
        "Requests is a HTTP library. Since Requests 2.3.0, Requests has been leaking "
        "Proxy-Authorization headers."
    )
    assert _summary({"summary": " XSS in foo ", "details": details}) == "XSS in foo"
    # whole sentences, never cut mid-sentence (a 200-character one stays whole) ...
    long_sentence = "Django " + "allows a crafted value " * 8 + "to slow the server."
    assert 180 < len(long_sentence) < 600
    assert _summary({"details": f"{long_sentence} Second sentence."}) == long_sentence
    # ... unless one runs away: then it ends at a word, with an ellipsis
    runaway = _summary({"details": "word " * 300})
    assert len(runaway) <= 600
    assert runaway.endswith("word…")


def test_purls_are_lowercased_where_the_purl_spec_says_so():
    """purl-spec types: composer vendor and name, npm scope and name are case-insensitive
    and must be lowercased; NuGet and Maven names keep their case."""
    assert names.purl("Packagist", "Laravel/Framework", "5.5.0") == (
        "pkg:composer/laravel/framework@5.5.0"
    )
    assert names.purl("npm", "@Angular/Core", "12.3.1") == "pkg:npm/%40angular/core@12.3.1"
    assert names.purl("NuGet", "Newtonsoft.Json", "13.0.3") == "pkg:nuget/Newtonsoft.Json@13.0.3"
    assert names.purl("Maven", "org.Foo:Bar", "1") == "pkg:maven/org.Foo/Bar@1"
