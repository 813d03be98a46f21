"""REST API for findings: list with the dashboard's filters, detail, triage.

Thin: access → selector/service → schema. A token reaches one organization; objects of any
other organization are 404s, exactly like missing ones.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from tracesec.api.auth import request_auth
from tracesec.common.errors import ApplicationError
from tracesec.findings.access import access_finding_by_id
from tracesec.findings.code_owners import code_owner_suggestion
from tracesec.findings.models import Finding
from tracesec.findings.selectors import (
    MAX_ID,
    MAX_VALUES,
    SORTS,
    FindingFilters,
    RepositoryPackageDecision,
    capped_count,
    findings_filter,
    package_decisions,
)
from tracesec.findings.triage import finding_comment, finding_ignore, finding_reopen
from tracesec.organizations.models import Role
from tracesec.organizations.selectors import membership_list

router = Router(tags=["findings"])

EngineName = Literal["sast", "sca", "secrets"]
SeverityName = Literal["critical", "high", "medium", "low", "info"]
StatusName = Literal["open", "ignored", "fixed", "all"]
DueName = Literal["overdue", "soon"]
SortName = Literal["severity", "newest", "oldest", "last_seen", "path", "rule", "repository"]
assert set(SortName.__args__) == set(SORTS)  # type: ignore[attr-defined]


class FindingQuery(Schema):
    engine: list[EngineName] = Field(default_factory=list, description="Repeat for several.")
    severity: list[SeverityName] = Field(default_factory=list)
    status: list[StatusName] = Field(
        default_factory=list, description="Default: open. `all` for any status."
    )
    repository: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        default_factory=list,
        max_length=MAX_VALUES,
        description="Repository id. Repeat for several.",
    )
    scan: int | None = Field(None, ge=1, le=MAX_ID, description="Findings last seen in this scan.")
    rule: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list,
        max_length=MAX_VALUES,
        description="Exact rule id. Repeat for several.",
    )
    assignee: list[Annotated[str, Field(pattern=r"^(me|none|[1-9][0-9]{0,18})$")]] = Field(
        default_factory=list,
        max_length=MAX_VALUES,
        description="`me` (the token's user), `none` (unassigned) or a member's user id. "
        "Repeat for several.",
    )
    due: list[DueName] = Field(
        default_factory=list,
        description="Open findings past their deadline (`overdue`) or due within a week "
        "(`soon`). Repeat for both.",
    )
    cwe: str = Field("", max_length=20, description="`CWE-89` or `89`.")
    package: str = Field("", max_length=200, description="Package name (case-insensitive).")
    path: str = Field("", max_length=200, description="Path prefix.")
    q: str = Field("", max_length=200, description="Text in title, path, rule, package, advisory.")
    sort: SortName = "severity"
    limit: int = Field(50, ge=1, le=100)
    offset: int = Field(0, ge=0, le=10_000_000)


class RepositoryRef(Schema):
    id: int
    full_name: str


class FindingOut(Schema):
    id: int
    repository: RepositoryRef
    engine: str
    rule_id: str
    fingerprint: str
    severity: str
    title: str
    path: str
    start_line: int
    end_line: int
    status: str
    cwe: list[str]
    package: str
    package_version: str
    fixed_version: str
    advisory_id: str
    aliases: list[str]
    ignore_reason: str
    ignore_expires_at: datetime | None
    first_seen_at: datetime
    last_seen_at: datetime
    fixed_at: datetime | None
    first_seen_scan_id: int | None
    last_seen_scan_id: int | None
    fixed_in_scan_id: int | None


class CodeOwnerMemberOut(Schema):
    user_id: int
    email: str


class CodeOwnerOut(Schema):
    owner: str = Field(description="As written in CODEOWNERS: `@login`, `@org/team` or email.")
    member: CodeOwnerMemberOut | None = Field(
        description="The member of this organization it names (by email, or by GitHub login "
        "for a GitHub repository); null for a team or someone without a Trace account."
    )


class CodeOwnersOut(Schema):
    file: str = Field(description="The CODEOWNERS file read by the scan that last saw it.")
    line: int = Field(description="The line of the rule that decides the finding's path.")
    pattern: str
    owners: list[CodeOwnerOut] = Field(
        description="Owners that are members first, then the others, each in file order; "
        "empty when the rule leaves the path without owners."
    )


class FindingDetailOut(FindingOut):
    message: str
    snippet: str = Field(description="Code excerpt; secrets are always masked.")
    owasp: list[str]
    ecosystem: str
    extra: dict[str, Any]
    code_owners: CodeOwnersOut | None = Field(
        description="Who CODEOWNERS suggests should fix it (a suggestion, never an "
        "assignment); null when the repository's CODEOWNERS has no rule for its path."
    )


class FindingPage(Schema):
    items: list[FindingOut]
    count: int = Field(description="Matches, counted up to 2,000 (see count_exact).")
    count_exact: bool = Field(description="False when there are more than 2,000 matches.")
    limit: int
    offset: int


class TriageIn(Schema):
    action: Literal["ignore", "reopen", "comment"]
    reason: Literal["false_positive", "accepted_risk", "used_in_tests", "wont_fix"] | None = Field(
        None, description="Required to ignore."
    )
    # PostgreSQL text cannot hold a NUL (Django's form fields refuse one the same way)
    comment: str = Field("", max_length=5000, pattern=r"^[^\x00]*$")
    expires_at: datetime | None = Field(None, description="Optional end of the ignore (future).")


def _filters(query: FindingQuery) -> FindingFilters:
    raw = query.dict()
    raw["repository"] = [str(pk) for pk in raw["repository"]]
    raw["scan"] = str(raw["scan"] or "")
    return FindingFilters.from_query(raw)


def _out(finding: Finding, detail: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": finding.pk,
        "repository": {"id": finding.repository_id, "full_name": finding.repository.full_name},
        "cwe": finding.cwe_list,
        "aliases": finding.alias_list,
    }
    for name in FindingOut.model_fields:
        if name not in data:
            data[name] = getattr(finding, name)
    if detail:
        for name in ("message", "snippet", "ecosystem", "extra"):
            data[name] = getattr(finding, name)
        data["owasp"] = finding.owasp_list
        data["code_owners"] = _code_owners_out(finding)
    return data


def _code_owners_out(finding: Finding) -> dict[str, Any] | None:
    members = list(membership_list(organization=finding.organization))
    suggestion = code_owner_suggestion(finding, members)
    if suggestion is None:
        return None
    ordered = sorted(suggestion.owners, key=lambda o: o.member is None)  # stable: file order
    return {
        "file": suggestion.file,
        "line": suggestion.line,
        "pattern": suggestion.pattern,
        "owners": [
            {
                "owner": o.owner,
                "member": None
                if o.member is None
                else {"user_id": o.member.user_id, "email": o.member.user.email},
            }
            for o in ordered
        ],
    }


@router.get(
    "/findings",
    response=FindingPage,
    summary="List findings with filters (the same as the dashboard's Findings page)",
)
def finding_list(request: HttpRequest, query: Query[FindingQuery]) -> dict[str, Any]:
    actor = request_auth(request).membership
    filters = _filters(query)
    qs = findings_filter(
        organization_id=actor.organization_id, filters=filters, viewer_id=actor.user_id
    )
    rows = list(qs.select_related("repository")[query.offset : query.offset + query.limit])
    count, exact = capped_count(qs)
    return {
        "items": [_out(f) for f in rows],
        "count": count,
        "count_exact": exact,
        "limit": query.limit,
        "offset": query.offset,
    }


class PackageDecisionOut(Schema):
    repository: RepositoryRef
    ecosystem: str
    package: str
    version: str
    manifest_path: str
    severity: str = Field(description="The worst severity of the package's advisories.")
    advisories: list[str] = Field(description="Canonical advisory ids of its open findings.")
    finding_ids: list[int]
    fixed_version: str | None = Field(
        description="Lowest version that fixes every advisory with a fix; null if none has one."
    )
    major_upgrade: bool | None = Field(description="Whether fixed_version is a new major version.")
    unfixed: list[str] = Field(description="Advisories no release fixes.")
    direct: bool | None
    dev: bool | None
    imported: bool | None = Field(description="Whether the repository's own code imports it.")
    advice: str


class PackageDecisionPage(Schema):
    items: list[PackageDecisionOut]
    complete: bool = Field(
        description="False when only the most severe 5,000 findings were grouped."
    )


def _decision_out(row: RepositoryPackageDecision) -> dict[str, Any]:
    d = row.decision
    return {
        "repository": {"id": row.repository_id, "full_name": row.repository_name},
        "ecosystem": d.ecosystem,
        "package": d.package,
        "version": d.version,
        "manifest_path": d.manifest_path,
        "severity": d.severity.value,
        "advisories": list(d.advisories),
        "finding_ids": list(row.finding_ids),
        "fixed_version": d.fixed_version,
        "major_upgrade": d.major_upgrade,
        "unfixed": list(d.unfixed),
        "direct": d.direct,
        "dev": d.dev,
        "imported": d.imported,
        "advice": d.advice,
    }


@router.get(
    "/findings/packages",
    response=PackageDecisionPage,
    summary="SCA findings grouped per package: the one upgrade that fixes all its advisories",
)
def finding_packages(request: HttpRequest, query: Query[FindingQuery]) -> dict[str, Any]:
    """The same filters as the findings list (SCA findings only); ``limit``, ``offset`` and
    ``sort`` do not apply: packages come most urgent first."""
    actor = request_auth(request).membership
    rows, complete = package_decisions(
        organization_id=actor.organization_id, filters=_filters(query), viewer_id=actor.user_id
    )
    return {"items": [_decision_out(row) for row in rows], "complete": complete}


@router.get("/findings/{finding_id}", response=FindingDetailOut, summary="One finding")
def finding_detail(request: HttpRequest, finding_id: int) -> dict[str, Any]:
    actor = request_auth(request).membership
    return _out(access_finding_by_id(actor, finding_id), detail=True)


@router.post(
    "/findings/{finding_id}/triage",
    response=FindingDetailOut,
    summary="Ignore (with a reason), reopen, or comment on a finding (members and up)",
)
def finding_triage(request: HttpRequest, finding_id: int, payload: TriageIn) -> dict[str, Any]:
    actor = request_auth(request).membership
    finding = access_finding_by_id(actor, finding_id, minimum_role=Role.MEMBER)
    if payload.action == "ignore":
        if payload.reason is None:
            raise ApplicationError(
                "A reason is required to ignore a finding.",
                code="invalid_reason",
                extra={"field": "reason"},
            )
        finding = finding_ignore(
            finding=finding,
            actor=actor.user,
            reason=payload.reason,
            comment=payload.comment,
            expires_at=payload.expires_at,
            request=request,
        )
    elif payload.action == "reopen":
        finding = finding_reopen(
            finding=finding, actor=actor.user, comment=payload.comment, request=request
        )
    else:
        finding_comment(finding=finding, actor=actor.user, body=payload.comment, request=request)
    return _out(access_finding_by_id(actor, finding.pk), detail=True)
