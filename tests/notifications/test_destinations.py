"""Webhook URLs: http(s) only; with private addresses refused (production), no SSRF."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from typing import Any

import pytest

from tracesec.notifications.destinations import (
    WebhookUrlRefused,
    check_webhook_url,
    webhook_target,
)


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


def test_delivery_target_is_pinned_to_the_vetted_address(settings: Any, monkeypatch: Any) -> None:
    """DNS rebinding: the name is resolved once, checked, and the POST goes to that address.
    A second lookup (the one an HTTP client would make) could answer 127.0.0.1."""
    settings.TRACE_WEBHOOK_ALLOW_PRIVATE = False
    answers = iter(["93.184.216.34", "127.0.0.1"])

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        assert host == "hooks.example.com"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    target = webhook_target("https://hooks.example.com:8443/in?x=1")
    assert target.url == "https://93.184.216.34:8443/in?x=1"
    assert target.host_header == "hooks.example.com:8443"
    assert target.sni_hostname == "hooks.example.com"


def test_ipv6_target_keeps_brackets_and_needs_no_sni(settings: Any) -> None:
    settings.TRACE_WEBHOOK_ALLOW_PRIVATE = True
    target = webhook_target("http://[::1]:9000/hook")
    assert target.url == "http://[::1]:9000/hook"
    assert target.sni_hostname is None
