"""Canary through the dashboard: a real scan of planted credentials (every detector family in
Python, JS, Java, Go, YAML and .env, on lines SAST reports too) recorded by the real recording
service; no planted value may appear in any database row, API response, page or export."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from django.apps import apps
from django.utils import timezone

from tests.engines.canary import Canaries, assert_clean, plant
from tests.support.builders import make_repository, make_scan
from tests.support.organizations import OrgWithPeople
from tracesec.engines.model import Engine, ScanConfig
from tracesec.findings.models import Finding
from tracesec.findings.recording import findings_record
from tracesec.scans.execution import run_engines
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db


def test_planted_credentials_reach_no_row_response_page_or_export(
    org_a: OrgWithPeople,
    client_for,
    api_client_for,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    c = Canaries.fresh()
    plant(tmp_path, c)
    result = run_engines(tmp_path, ScanConfig(engines=(Engine.SAST, Engine.SECRETS)))
    repository = make_repository(org_a.organization)
    scan = make_scan(repository)
    findings_record(scan=scan, result=result, now=timezone.now())
    scan.status = ScanState.COMPLETED
    scan.save(update_fields=["status"])

    rows = list(Finding.objects.filter(repository=repository))
    assert len(rows) == len(result.findings) > 40
    assert {"sast", "secrets"} == {row.engine for row in rows}
    # one credential, one row: the credential rule rides on the Secrets finding
    folded = [row for row in rows if row.extra.get("related")]
    assert len(folded) == 4
    assert not [row for row in rows if "hardcoded-credentials" in row.rule_id]

    for model in apps.get_models():
        for row in model.objects.all().values():
            for value in row.values():
                blob = bytes(value) if isinstance(value, bytes | memoryview) else str(value)
                assert_clean(blob, c, f"table {model._meta.db_table}")

    api = api_client_for(org_a.viewer)
    listing = api.get("/api/v1/findings?status=all&limit=100")
    assert listing.status_code == 200
    assert listing.json()["count"] == len(rows)
    assert_clean(listing.content, c, "the findings API")
    page = client_for(org_a.viewer)
    for row in rows:
        detail = api.get(f"/api/v1/findings/{row.pk}")
        assert detail.status_code == 200
        assert_clean(detail.content, c, f"API finding {row.rule_id}")
        html = page.get(f"/findings/{row.pk}/")
        assert html.status_code == 200
        assert_clean(html.content, c, f"finding page {row.rule_id}")
    folded_page = page.get(f"/findings/{folded[0].pk}/").content.decode()
    assert folded[0].extra["related"][0]["rule_id"] in folded_page
    tls = next(r for r in rows if r.rule_id == "trace.python.tls-verification.disabled")
    assert "verify=False" in tls.snippet  # the line is shown, its token masked

    # paths are the dashboard's own URLs (house may move the views, not the URLs)
    pages = (
        "/findings/?status=all",
        "/",
        "/findings/export.csv?status=all",
        f"/repositories/{repository.pk}/",
        f"/scans/{scan.pk}/",
        f"/scans/{scan.pk}/export.csv",
        f"/scans/{scan.pk}/export.sarif",
    )
    for url in pages:
        response = page.get(url)
        assert response.status_code == 200, url
        assert_clean(response.content, c, url)
    sarif = page.get("/findings/export.sarif?status=all")
    assert len([r for run in json.loads(sarif.content)["runs"] for r in run["results"]]) == len(
        rows
    )
    assert_clean(sarif.content, c, "the SARIF export")
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert_clean(logged, c, "the logs")
