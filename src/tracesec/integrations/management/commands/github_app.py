"""`trace manage github_app import|status`: put the GitHub App's secrets into the key ring.

    trace manage github_app import --private-key app.private-key.pem \\
        --webhook-secret-file hook.txt --client-secret-file client.txt
    trace manage github_app status

Secrets are read from files (or `-` for standard input), never from arguments, sealed by the
configured KMS and stored only as ciphertext. Only fingerprints are printed.
"""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tracesec.integrations.github.app_secrets import (
    AppSecret,
    AppSecretMissing,
    app_secret_import,
    app_secret_status,
)
from tracesec.integrations.github.config import app_id
from tracesec.kms import KmsError

_MAX_BYTES = 64 * 1024


def _read(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read(_MAX_BYTES + 1)
    path = Path(source)
    if not path.is_file():
        raise CommandError(f"{source}: no such file")
    with path.open("rb") as handle:
        return handle.read(_MAX_BYTES + 1)


class Command(BaseCommand):
    help = "Import the GitHub App's private key and secrets into the KMS key ring, or show them."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        imp = actions.add_parser("import", help="seal and store the app's secrets")
        imp.add_argument("--private-key", metavar="PEM_FILE", help="the .pem GitHub generated")
        imp.add_argument("--webhook-secret-file", metavar="FILE")
        imp.add_argument("--client-secret-file", metavar="FILE")
        actions.add_parser("status", help="show which secrets are imported (fingerprints)")

    def handle(self, *args: Any, **options: Any) -> None:
        if not app_id():
            raise CommandError("GITHUB_APP_ID is not set.")
        if options["action"] == "status":
            found = app_secret_status()
            for name in AppSecret:
                self.stdout.write(f"{name.value}: {found.get(name.value, 'not imported')}")
            return
        sources = {
            AppSecret.PRIVATE_KEY: options.get("private_key"),
            AppSecret.WEBHOOK_SECRET: options.get("webhook_secret_file"),
            AppSecret.CLIENT_SECRET: options.get("client_secret_file"),
        }
        if not any(sources.values()):
            raise CommandError(
                "Name at least one of --private-key, --webhook-secret-file, --client-secret-file."
            )
        if list(sources.values()).count("-") > 1:
            raise CommandError("Only one secret can come from standard input.")
        for name, source in sources.items():
            if not source:
                continue
            value = _read(source)
            if len(value) > _MAX_BYTES:
                raise CommandError(f"{name.value}: the file is too large")
            try:
                printed = app_secret_import(name, value)
            except ValueError as error:
                raise CommandError(f"{name.value}: {error}") from None
            except (AppSecretMissing, KmsError) as error:
                raise CommandError(f"{name.value}: {error}") from None
            self.stdout.write(f"{name.value}: imported ({printed})")
