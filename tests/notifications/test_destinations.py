"""Webhook URLs: http(s) only; with private addresses refused (production), no SSRF."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from tracesec.notifications.destinations import WebhookUrlRefused, check_webhook_url


@pytest.mark.parametrize(
    "url",
    [
        "ftp://hooks.example.com/x",
        "file:///etc/passwd",
        "gopher://127.0.0.1:25/",
        "javascript:alert(1)",
        "https:///no-host",
        "https://user:pass@93.184.216.34/hook",
    ],
)
def test_refused_everywhere(url: str, settings: Any) -> None:
    settings.TRACE_WEBHOOK_ALLOW_PRIVATE = True
    with pytest.raises(WebhookUrlRefused):
        check_webhook_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://10.0.0.5/hook",
        "http://192.168.1.1/hook",
        "http://172.16.0.1/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
        "http://100.64.0.1/hook",
    ],
)
def test_private_addresses_refused_unless_allowed(url: str, settings: Any) -> None:
    settings.TRACE_WEBHOOK_ALLOW_PRIVATE = False
    with pytest.raises(WebhookUrlRefused):
        check_webhook_url(url)
    settings.TRACE_WEBHOOK_ALLOW_PRIVATE = True
    assert check_webhook_url(url) == url


def test_public_address_accepted(settings: Any) -> None:
    settings.TRACE_WEBHOOK_ALLOW_PRIVATE = False
    assert check_webhook_url("https://93.184.216.34/hook") == "https://93.184.216.34/hook"


def test_production_settings_never_allow_private() -> None:
    """Even with the variable set, production settings turn it off (fresh interpreter)."""
    code = (
        "from tracesec.config.django import production as p; print(p.TRACE_WEBHOOK_ALLOW_PRIVATE)"
    )
    env = {
        **os.environ,
        "TRACE_SECRET_KEY": "x" * 50,
        "TRACE_WEBHOOK_ALLOW_PRIVATE": "true",
        "DJANGO_SETTINGS_MODULE": "tracesec.config.django.production",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert out.stdout.strip() == "False", out.stderr[-2000:]
