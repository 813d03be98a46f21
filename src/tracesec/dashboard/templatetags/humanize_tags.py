"""Template filters for counts and times in words, built into every template (settings
TEMPLATES builtins): ``{{ n|counted:"finding" }}``, ``{{ n|counted:"repository,repositories" }}``,
``{{ scan.created_at|ago }}``. The wording itself lives in ``tracesec.engines.humanize``."""

from __future__ import annotations

from datetime import datetime

from django import template
from django.utils import timezone

from tracesec.engines import humanize

register = template.Library()


@register.filter
def counted(count: int | None, nouns: str) -> str:
    singular, _, plural = nouns.partition(",")
    return humanize.counted(int(count or 0), singular, plural)


@register.filter
def ago(moment: datetime | None) -> str:
    return humanize.ago(moment, timezone.now()) if moment else ""
