"""App authentication: the RS256 app JWT GitHub requires, and the app's secrets sealed in the
KMS key ring (never stored in clear, bound to their app and name), imported by a command that
prints fingerprints only."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.core.management import CommandError, call_command

from tests.integrations.github.github_setup import (
    APP_ID,
    WEBHOOK_SECRET,
    GitHubSetup,
    private_key_pem,
)
from tracesec.integrations.github.app_jwt import app_jwt, app_jwt_sign
from tracesec.integrations.github.app_secrets import (
    AppSecret,
    AppSecretMissing,
    app_secret_open,
)
from tracesec.integrations.models import SealedAppSecret

pytestmark = pytest.mark.django_db


def public_key() -> Any:
    return serialization.load_pem_private_key(private_key_pem(), password=None).public_key()


def test_app_jwt_has_the_claims_github_requires() -> None:
    now = 1_800_000_000
    token = app_jwt_sign(app=str(APP_ID), private_key_pem=private_key_pem(), now=now)
    assert jwt.get_unverified_header(token)["alg"] == "RS256"
    claims = jwt.decode(
        token,
        public_key(),
        algorithms=["RS256"],
        options={"verify_exp": False, "verify_iat": False},
    )
    assert claims["iss"] == str(APP_ID)
    assert now - 60 <= claims["iat"] < now  # backdated, at most 60 s
    assert claims["exp"] - claims["iat"] <= 600  # GitHub's ten-minute limit
    assert claims["exp"] - now <= 600


def test_app_jwt_is_signed_with_the_sealed_key(github: GitHubSetup) -> None:
    claims = jwt.decode(app_jwt(), public_key(), algorithms=["RS256"])
    assert claims["iss"] == str(APP_ID)


def test_secrets_are_stored_only_sealed(github: GitHubSetup) -> None:
    rows = {row.name: row for row in SealedAppSecret.objects.all()}
    assert set(rows) == {"private_key", "webhook_secret", "client_secret"}
    pem_line = private_key_pem().splitlines()[1]
    assert pem_line not in bytes(rows["private_key"].ciphertext)
    assert WEBHOOK_SECRET not in bytes(rows["webhook_secret"].ciphertext)
    assert rows["private_key"].fingerprint.startswith("SHA256:")
    assert app_secret_open(AppSecret.WEBHOOK_SECRET) == WEBHOOK_SECRET


def test_a_ciphertext_moved_to_another_secret_or_app_does_not_open(github: GitHubSetup) -> None:
    webhook = SealedAppSecret.objects.get(name="webhook_secret")
    SealedAppSecret.objects.filter(name="client_secret").update(
        ciphertext=bytes(webhook.ciphertext), key_id=webhook.key_id
    )
    with pytest.raises(AppSecretMissing):
        app_secret_open(AppSecret.CLIENT_SECRET)
    SealedAppSecret.objects.filter(name="private_key").update(app_id="9999")
    github.settings.GITHUB_APP_ID = "9999"
    with pytest.raises(AppSecretMissing):
        app_secret_open(AppSecret.PRIVATE_KEY)


def test_import_command_seals_from_files_and_prints_only_fingerprints(
    github: GitHubSetup, tmp_path: Path
) -> None:
    SealedAppSecret.objects.all().delete()
    pem = tmp_path / "app.pem"
    pem.write_bytes(private_key_pem())
    hook = tmp_path / "hook.txt"
    hook.write_text("another-webhook-secret-0123456789\n")
    out = io.StringIO()
    call_command(
        "github_app",
        "import",
        "--private-key",
        str(pem),
        "--webhook-secret-file",
        str(hook),
        stdout=out,
    )
    printed = out.getvalue()
    assert "private_key: imported (SHA256:" in printed
    assert "another-webhook-secret" not in printed
    assert app_secret_open(AppSecret.WEBHOOK_SECRET) == b"another-webhook-secret-0123456789"
    out = io.StringIO()
    call_command("github_app", "status", stdout=out)
    assert "client_secret: not imported" in out.getvalue()


@pytest.mark.parametrize("kind", ["garbage", "ec", "empty"])
def test_import_command_refuses_what_is_not_an_rsa_key(
    github: GitHubSetup, tmp_path: Path, kind: str
) -> None:
    before = bytes(SealedAppSecret.objects.get(name="private_key").ciphertext)
    path = tmp_path / "bad.pem"
    if kind == "ec":
        path.write_bytes(
            ec.generate_private_key(ec.SECP256R1()).private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    else:
        path.write_bytes(b"" if kind == "empty" else b"-----BEGIN NONSENSE-----\n")
    with pytest.raises(CommandError):
        call_command("github_app", "import", "--private-key", str(path), stdout=io.StringIO())
    assert bytes(SealedAppSecret.objects.get(name="private_key").ciphertext) == before
