"""System checks for the Forge/Bitbucket settings.

Without ``TRACE_FORGE_TARGET`` every Atlassian endpoint defaults to the local emulator, which is
right for the demo and the tests and wrong for a deployment: ``trace check --deploy`` (Django's
deployment checks) refuses it, and an app id that was not given explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register

TARGETS = ("emulator", "atlassian")
_APP_ARI = re.compile(r"^ari:cloud:ecosystem::app/[0-9a-f-]{36}$")


@register(Tags.security)
def check_forge_target(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    target = settings.TRACE_FORGE_TARGET
    if target in TARGETS:
        return []
    return [
        Error(
            f"TRACE_FORGE_TARGET is {target!r}, which is neither 'emulator' nor 'atlassian'.",
            hint="Set TRACE_FORGE_TARGET=atlassian in production, or leave it unset locally.",
            id="trace.E001",
        )
    ]


@register(Tags.security, deploy=True)
def check_forge_target_for_deploy(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    if settings.TRACE_FORGE_TARGET != "atlassian":
        return [
            Error(
                "TRACE_FORGE_TARGET is not 'atlassian': Forge tokens, the Bitbucket API and git "
                "would all be the local emulator's.",
                hint="Set TRACE_FORGE_TARGET=atlassian and FORGE_APP_ID (the app's ARI).",
                id="trace.E002",
            )
        ]
    app_id = settings.FORGE_APP_ID
    if not app_id:
        return [
            Error(
                "FORGE_APP_ID is not set: invocation tokens cannot be checked against the app.",
                hint="Set FORGE_APP_ID to the app's ARI, ari:cloud:ecosystem::app/<uuid>, as the "
                "Forge developer console shows it.",
                id="trace.E003",
            )
        ]
    if not _APP_ARI.match(app_id):
        return [
            Error(
                f"FORGE_APP_ID {app_id!r} is not a Forge app ARI.",
                hint="It reads ari:cloud:ecosystem::app/<uuid> (forge-app/manifest.yml app.id).",
                id="trace.E004",
            )
        ]
    return []
