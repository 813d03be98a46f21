"""What a notification says, built from Trace's objects; rendered as email, JSON or Slack.

Only titles, locations, severities and ids leave Trace: never a finding's snippet. Titles
and messages are redacted by the engines before they are stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.urls import reverse


class EventKind:
    NEW_FINDINGS = "findings.new"
    ADVISORY_HITS = "advisory.hits"
    CONNECTION_INACTIVE = "connection.inactive"


# how many findings one notification lists; the link leads to the rest
MAX_LISTED = 20


@dataclass(frozen=True, slots=True)
class Notification:
    kind: str
    organization_id: int
    subject: str
    lines: tuple[str, ...]
    link: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.kind,
            "organization_id": self.organization_id,
            "subject": self.subject,
            "lines": list(self.lines),
            "link": self.link,
            "data": self.data,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Notification:
        return cls(
            kind=value["event"],
            organization_id=int(value["organization_id"]),
            subject=value["subject"],
            lines=tuple(value["lines"]),
            link=value["link"],
            data=dict(value.get("data") or {}),
        )


def _absolute(path: str) -> str:
    return f"{settings.BASE_URL}{path}"


def _finding_line(finding: Any, *, with_repository: bool = False) -> str:
    where = f"{finding.path}:{finding.start_line}" if finding.start_line else finding.path
    if with_repository:
        where = f"{finding.repository.full_name}: {where}"
    return f"[{finding.severity.upper()}] {finding.title} ({where})"


def _finding_data(finding: Any) -> dict[str, Any]:
    extra = finding.extra or {}
    return {
        "id": finding.pk,
        "url": _absolute(reverse("findings:detail", args=[finding.pk])),
        "engine": finding.engine,
        "severity": finding.severity,
        "title": finding.title,
        "rule_id": finding.rule_id,
        "path": finding.path,
        "line": finding.start_line,
        "advisory_id": finding.advisory_id,
        "package": finding.package,
        "package_version": finding.package_version,
        "fixed_version": finding.fixed_version,
        "found_by": extra.get("found_by", "scan"),
        "advisory_published": extra.get("advisory_published", ""),
    }


def _listed(findings: Sequence[Any], *, with_repository: bool = False) -> tuple[str, ...]:
    lines = [_finding_line(f, with_repository=with_repository) for f in findings[:MAX_LISTED]]
    if len(findings) > MAX_LISTED:
        lines.append(f"… and {len(findings) - MAX_LISTED} more")
    return tuple(lines)


def _repository_data(repository: Any) -> dict[str, Any]:
    return {"id": repository.pk, "full_name": repository.full_name}


def new_findings(*, repository: Any, findings: Sequence[Any]) -> Notification:
    count = len(findings)
    noun = "finding" if count == 1 else "findings"
    return Notification(
        kind=EventKind.NEW_FINDINGS,
        organization_id=repository.organization_id,
        subject=f"{count} new critical/high {noun} in {repository.full_name}",
        lines=_listed(findings),
        link=_absolute(reverse("dashboard:findings")) + f"?repository={repository.pk}",
        data={
            "repository": _repository_data(repository),
            "findings": [_finding_data(f) for f in findings[:MAX_LISTED]],
            "count": count,
        },
    )


def advisory_hits(*, organization_id: int, findings: Sequence[Any]) -> Notification:
    """Findings opened by one advisory update in one organization (``finding.repository``
    loaded)."""
    count = len(findings)
    advisories = sorted({f.advisory_id for f in findings})
    repositories = sorted({f.repository.full_name for f in findings})
    packages = "package" if count == 1 else "packages"
    where = repositories[0] if len(repositories) == 1 else f"{len(repositories)} repositories"
    return Notification(
        kind=EventKind.ADVISORY_HITS,
        organization_id=organization_id,
        subject=(
            f"New advisory {', '.join(advisories[:3])}{' …' if len(advisories) > 3 else ''}: "
            f"{count} affected {packages} in {where}"
        ),
        lines=(
            "Found by advisory update (no new scan was needed).",
            *_listed(findings, with_repository=True),
        ),
        link=_absolute(reverse("dashboard:findings")),
        data={
            "repositories": [_repository_data(r) for r in _unique_repositories(findings)],
            "advisories": advisories,
            "findings": [_finding_data(f) for f in findings[:MAX_LISTED]],
            "count": count,
        },
    )


def _unique_repositories(findings: Sequence[Any]) -> list[Any]:
    seen: dict[int, Any] = {}
    for finding in findings:
        seen.setdefault(finding.repository_id, finding.repository)
    return sorted(seen.values(), key=lambda r: r.full_name)


def connection_inactive(*, connection: Any) -> Notification:
    name = connection.display_name or connection.external_id
    return Notification(
        kind=EventKind.CONNECTION_INACTIVE,
        organization_id=connection.organization_id,
        subject=f"The {connection.get_provider_display()} connection {name} stopped working",
        lines=(connection.inactive_message or "Trace can no longer reach it. Connect again.",),
        link=_absolute(reverse("dashboard:settings_integrations")),
        data={
            "connection": {
                "id": connection.pk,
                "provider": connection.provider,
                "name": name,
                "reason": connection.inactive_reason,
            }
        },
    )
