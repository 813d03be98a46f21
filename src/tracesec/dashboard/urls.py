"""Dashboard URLs (namespace `dashboard`).

Later apps add their pages with one `path(..., include(...))` line in the marked block.
"""

from django.urls import path

from tracesec.dashboard.views import auth, overview, pages, password, settings
from tracesec.findings import views as findings_views

app_name = "dashboard"

urlpatterns = [
    path("", overview.overview, name="overview"),
    # the Findings list is served by the findings app; Repositories by repositories.urls
    path("findings/", findings_views.finding_list, name="findings"),
    path("organizations/new/", pages.organization_create_view, name="organization_create"),
    path("organizations/switch/", pages.organization_switch, name="organization_switch"),
    # Auth
    path("signup/", auth.signup, name="signup"),
    path("signin/", auth.signin, name="signin"),
    path("signout/", auth.signout, name="signout"),
    path("invite/<str:token>/", auth.invitation, name="invitation"),
    path("password-reset/", password.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/sent/",
        password.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        password.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        password.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    # Settings
    path("settings/integrations/", settings.integrations, name="settings_integrations"),
    path("settings/members/", settings.members, name="settings_members"),
    path("settings/members/<int:membership_id>/role/", settings.member_role, name="member_role"),
    path(
        "settings/members/<int:membership_id>/remove/",
        settings.member_remove,
        name="member_remove",
    ),
    path(
        "settings/invitations/<int:invitation_id>/revoke/",
        settings.invitation_revoke_view,
        name="invitation_revoke",
    ),
    path("settings/api-tokens/", settings.tokens, name="settings_tokens"),
    path("settings/deadlines/", settings.sla, name="settings_sla"),
    path(
        "settings/organizations/<int:organization_id>/in-code-suppressions/",
        settings.in_code_suppressions,
        name="settings_in_code_suppressions",
    ),
    path(
        "settings/pull-request-checks/",
        settings.pull_request_gate,
        name="settings_pull_request_gate",
    ),
    path("settings/api-tokens/<int:token_id>/revoke/", settings.token_revoke, name="token_revoke"),
    path("settings/audit-log/", settings.audit, name="settings_audit"),
]
