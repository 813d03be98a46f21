"""The dashboard's navigation as data. Add a page with one `NavItem` line (explicit, no magic).

`url_name` is a `dashboard:` URL name or any namespaced name; `minimum_role` hides the link
from lower roles (the view must still check with `membership_required(...)`).
"""

from __future__ import annotations

from dataclasses import dataclass

from tracesec.organizations.models import Role


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    minimum_role: str = Role.VIEWER


MAIN_NAV: tuple[NavItem, ...] = (
    NavItem("Overview", "dashboard:overview"),
    NavItem("Repositories", "repositories:list"),
    NavItem("Findings", "dashboard:findings"),
)

SETTINGS_NAV: tuple[NavItem, ...] = (
    NavItem("Integrations", "dashboard:settings_integrations"),
    NavItem("Members", "dashboard:settings_members"),
    NavItem("Scan schedule", "schedules:settings"),
    NavItem("API tokens", "dashboard:settings_tokens"),
    NavItem("Deadlines & suppressions", "dashboard:settings_sla"),
    NavItem("Pull-request checks", "dashboard:settings_pull_request_gate"),
    NavItem("Notifications", "notifications:settings", Role.ADMIN),
    NavItem("Audit log", "dashboard:settings_audit", Role.ADMIN),
)


@dataclass(frozen=True)
class IntegrationPanel:
    """A card on Settings → Integrations: `template` is included with the page context
    (`request`, `current_membership`, `current_organization`, ...)."""

    key: str
    title: str
    template: str


INTEGRATION_PANELS: tuple[IntegrationPanel, ...] = (
    # Later issues add e.g. IntegrationPanel("bitbucket", "Bitbucket Cloud",
    # "integrations/bitbucket/_panel.html") here.
    IntegrationPanel("bitbucket", "Bitbucket Cloud", "integrations/bitbucket/_panel.html"),
    IntegrationPanel("github", "GitHub", "integrations/github/_panel.html"),
)
