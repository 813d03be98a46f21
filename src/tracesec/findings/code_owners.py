"""Who CODEOWNERS says should fix a finding: suggestions for the assign control, never an
assignment (a person picks one).

The scan that last saw the finding kept the rule of the repository's CODEOWNERS that decides
the finding's path (``scans.Scan.code_owners``, see ``engines.codeowners.ownership``). Each owner
of that rule is matched to a member of the finding's organization by email, or, for ``@login``
in a GitHub repository, by the GitHub login Trace knows for a member; owners that match nobody
(teams, groups, display names, people without a Trace account) are shown as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracesec.engines.codeowners import parse_owner
from tracesec.findings.models import Finding
from tracesec.integrations.selectors import github_logins_of_users
from tracesec.organizations.models import Membership


@dataclass(frozen=True)
class OwnerSuggestion:
    owner: str  # as written in the file
    member: Membership | None  # the member it names, if any


@dataclass(frozen=True)
class CodeOwnersSuggestion:
    file: str
    line: int
    pattern: str
    owners: tuple[OwnerSuggestion, ...]

    @property
    def members(self) -> list[Membership]:
        return [o.member for o in self.owners if o.member is not None]


def code_owner_suggestion(
    finding: Finding, members: Sequence[Membership]
) -> CodeOwnersSuggestion | None:
    """The CODEOWNERS rule deciding ``finding``'s path, its owners matched to ``members`` (the
    finding's organization's memberships), or None when the scan found no rule for it."""
    scan = finding.last_seen_scan
    kept = (scan.code_owners if scan is not None else None) or {}
    index = (kept.get("paths") or {}).get(finding.path)
    rules = kept.get("rules") or []
    if not isinstance(index, int) or not 0 <= index < len(rules):
        return None
    rule = rules[index]
    by_email = {m.user.email.lower(): m for m in members}
    by_user_id = {m.user_id: m for m in members}
    logins: dict[str, int] = {}
    if finding.repository.provider == "github":
        logins = github_logins_of_users(
            organization_id=finding.organization_id, user_ids=list(by_user_id)
        )
    owners = []
    for text in rule.get("owners") or []:
        owner = parse_owner(str(text))
        member = None
        if owner is not None and owner.kind == "email":
            member = by_email.get(owner.value)
        elif owner is not None and owner.kind == "user" and owner.value.lower() in logins:
            member = by_user_id.get(logins[owner.value.lower()])
        owners.append(OwnerSuggestion(str(text), member))
    return CodeOwnersSuggestion(
        file=str(kept.get("file", "CODEOWNERS")),
        line=int(rule.get("line", 0)),
        pattern=str(rule.get("pattern", "")),
        owners=tuple(owners),
    )
