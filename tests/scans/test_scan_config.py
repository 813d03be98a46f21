"""The engines' configuration of a dashboard scan follows the organization's settings."""

from __future__ import annotations

import pytest

from tests.support.builders import make_org, make_repository, make_scan
from tracesec.scans.execution import scan_config

pytestmark = pytest.mark.django_db


def test_in_code_suppressions_follow_the_organization_setting() -> None:
    org = make_org("Acme")
    scan = make_scan(make_repository(org))
    assert scan_config(scan).in_code_suppressions is True
    org.allow_in_code_suppressions = False
    org.save(update_fields=["allow_in_code_suppressions"])
    scan.refresh_from_db()
    assert scan_config(scan).in_code_suppressions is False
