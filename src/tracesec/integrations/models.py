"""Connections to source-code hosts and the Bitbucket/Forge state behind them.

Secrets are never stored in clear: pairing codes and nonces as keyed HMACs, the in-flight app
token only KMS-encrypted in a single-use `CredentialExchange` that lives at most 60 seconds.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from tracesec.common.models import BaseModel


class Provider(models.TextChoices):
    BITBUCKET = "bitbucket", "Bitbucket Cloud"
    GITHUB = "github", "GitHub"


class ConnectionStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    INACTIVE = "inactive", "Inactive"


class SyncStatus(models.TextChoices):
    NEVER = "never", "Never synced"
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    OK = "ok", "Completed"
    FAILED = "failed", "Failed (nothing changed)"


class Connection(BaseModel):
    """An organization's link to one workspace (Bitbucket) or account (GitHub)."""

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="connections"
    )
    provider = models.CharField(max_length=20, choices=Provider.choices)
    status = models.CharField(
        max_length=10, choices=ConnectionStatus.choices, default=ConnectionStatus.ACTIVE
    )
    external_id = models.CharField(max_length=64)  # Bitbucket: workspace UUID (bare)
    slug = models.CharField(max_length=200, blank=True)
    display_name = models.CharField(max_length=200, blank=True)
    connected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    connected_at = models.DateTimeField(default=timezone.now)
    inactive_reason = models.CharField(max_length=40, blank=True)  # machine code
    inactive_message = models.CharField(max_length=300, blank=True)  # tells the admin what to do
    inactive_at = models.DateTimeField(null=True, blank=True)
    last_sync_status = models.CharField(
        max_length=10, choices=SyncStatus.choices, default=SyncStatus.NEVER
    )
    last_sync_at = models.DateTimeField(null=True, blank=True)
    last_sync_message = models.CharField(max_length=300, blank=True)
    last_sync_counts = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "provider", "external_id"], name="connection_unique"
            )
        ]
        ordering = ("provider", "display_name", "id")

    def __str__(self) -> str:
        return f"{self.get_provider_display()} {self.display_name or self.external_id}"

    @property
    def is_active(self) -> bool:
        return self.status == ConnectionStatus.ACTIVE


class InstallationStatus(models.TextChoices):
    UNPAIRED = "unpaired", "Installed, not paired"
    PAIRED = "paired", "Paired"
    UNINSTALLED = "uninstalled", "Uninstalled"


class ForgeInstallation(BaseModel):
    """One installation of the Trace Forge app (a new one on every reinstall)."""

    installation_id = models.CharField(max_length=64, unique=True)  # bare UUID
    workspace_uuid = models.CharField(max_length=64, db_index=True)
    status = models.CharField(
        max_length=12, choices=InstallationStatus.choices, default=InstallationStatus.UNPAIRED
    )
    # Set once at pairing and never changed: an installation can never move to another org.
    connection = models.ForeignKey(
        Connection, on_delete=models.PROTECT, null=True, blank=True, related_name="installations"
    )
    token_pull_url = models.URLField(max_length=500, blank=True)
    api_base_url = models.URLField(max_length=200, blank=True)
    app_version = models.CharField(max_length=40, blank=True)
    environment_type = models.CharField(max_length=20, blank=True)
    environment_id = models.CharField(max_length=200, blank=True)
    installer_account_id = models.CharField(max_length=128, blank=True)
    # Accounts Forge named as installer/upgrader: both actions need workspace admin rights.
    admin_account_ids = models.JSONField(default=list, blank=True)
    scopes = models.JSONField(default=list, blank=True)
    paired_at = models.DateTimeField(null=True, blank=True)
    paired_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    paired_by_principal = models.CharField(max_length=128, blank=True)  # who showed the code
    uninstalled_at = models.DateTimeField(null=True, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"installation {self.installation_id}"

    @property
    def verified_admins(self) -> set[str]:
        return {a for a in [self.installer_account_id, *self.admin_account_ids] if a}


class PairingCode(models.Model):
    installation = models.ForeignKey(
        ForgeInstallation, on_delete=models.CASCADE, related_name="pairing_codes"
    )
    code_hmac = models.CharField(max_length=64, unique=True)
    principal = models.CharField(max_length=128, blank=True)  # Atlassian account that asked
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"pairing code {self.pk} for installation {self.installation_id}"


class TokenRequest(models.Model):
    """An outstanding just-in-time token pull; the nonce itself is only in flight."""

    installation = models.ForeignKey(
        ForgeInstallation, on_delete=models.CASCADE, related_name="token_requests"
    )
    nonce_hmac = models.CharField(max_length=64, unique=True)
    purpose = models.CharField(max_length=80)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"token request {self.pk} ({self.purpose})"


class CredentialExchange(models.Model):
    """A KMS-encrypted app token waiting (≤ 60 s) for the one worker that claims it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    installation = models.ForeignKey(
        ForgeInstallation, on_delete=models.CASCADE, related_name="exchanges"
    )
    token_request = models.OneToOneField(
        TokenRequest, on_delete=models.CASCADE, related_name="exchange"
    )
    ciphertext = models.BinaryField()
    key_id = models.CharField(max_length=200)
    token_expires_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"exchange {self.pk}"


class UsedInvocationToken(models.Model):
    """`jti` of every accepted Forge invocation token until it expires (replay refusal)."""

    jti = models.CharField(max_length=256, unique=True)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"used token {self.pk}"


# -- GitHub -----------------------------------------------------------------------------------


class SealedAppSecret(BaseModel):
    """A GitHub App secret (private key PEM, webhook secret, client secret), KMS-sealed.

    Only the ciphertext is stored; the encryption context names the app and the secret, so a
    ciphertext copied to another row or app does not open. `fingerprint` identifies the value
    (SHA-256 of the public key for a private key) without revealing it.
    """

    app_id = models.CharField(max_length=40)
    name = models.CharField(max_length=40)  # private_key | webhook_secret | client_secret
    ciphertext = models.BinaryField()
    key_id = models.CharField(max_length=200)
    fingerprint = models.CharField(max_length=100, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["app_id", "name"], name="sealed_app_secret_unique")
        ]

    def __str__(self) -> str:
        return f"GitHub app {self.app_id} {self.name}"


class GitHubInstallationStatus(models.TextChoices):
    PENDING = "pending", "Installed, not bound"
    BOUND = "bound", "Bound"
    SUSPENDED = "suspended", "Suspended"
    DELETED = "deleted", "Uninstalled"


class GitHubInstallation(BaseModel):
    """One installation of the Trace GitHub App on a GitHub account (user or organization)."""

    installation_id = models.BigIntegerField(unique=True)
    account_id = models.BigIntegerField(db_index=True)
    account_login = models.CharField(max_length=100, blank=True)
    account_type = models.CharField(max_length=20, blank=True)  # User | Organization
    repository_selection = models.CharField(max_length=10, blank=True)  # all | selected
    permissions = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=10,
        choices=GitHubInstallationStatus.choices,
        default=GitHubInstallationStatus.PENDING,
    )
    # Set once when bound and never changed: an installation can never move to another org.
    connection = models.ForeignKey(
        Connection,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="github_installations",
    )
    bound_at = models.DateTimeField(null=True, blank=True)
    bound_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    bound_by_github_login = models.CharField(max_length=100, blank=True)
    suspended_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"GitHub installation {self.installation_id} ({self.account_login})"


class GitHubSetupState(models.Model):
    """The `state` of one install flow: bound to a user and an organization, single use.

    Only an HMAC of the state is stored; the state itself travels through GitHub and back.
    """

    state_hmac = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"GitHub setup state {self.pk}"


class GitHubWebhookDelivery(models.Model):
    """`X-GitHub-Delivery` of every accepted webhook: a redelivery is acknowledged, not applied."""

    delivery_id = models.CharField(max_length=64, unique=True)
    event = models.CharField(max_length=60)
    action = models.CharField(max_length=60, blank=True)
    installation_id = models.BigIntegerField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"GitHub delivery {self.delivery_id}"


class ForgePushDelivery(models.Model):
    """One forwarded Bitbucket push, keyed by installation, repository, branch and new head: a
    Forge redelivery (or a replay with a fresh invocation token) of the same push changes nothing.
    Forge events carry no delivery id, so the push's own identity is the key."""

    push_key = models.CharField(max_length=64, unique=True)  # sha256 hex of the identity
    installation_id = models.CharField(max_length=64)
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"Forge push {self.push_key[:12]}"
