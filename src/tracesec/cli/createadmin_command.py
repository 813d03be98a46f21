"""`trace createadmin`: a staff superuser (Django admin), optionally with an organization."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from tracesec.cli import exit_codes
from tracesec.cli.django_setup import setup_django


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "createadmin",
        help="create a superuser (Django admin) and optionally an organization",
        description="Create a staff superuser. The password is read from a prompt or stdin.",
    )
    p.add_argument("--email", required=True, help="the admin's email (login)")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    p.add_argument("--organization", help="also create this organization, owned by the admin")
    p.set_defaults(func=_createadmin)


def _createadmin(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    setup_django()
    from django.contrib.auth import password_validation
    from django.core.exceptions import ValidationError
    from django.db import transaction

    from tracesec.accounts.models import User
    from tracesec.organizations.services import organization_create

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            err.write("error: the passwords do not match\n")
            return exit_codes.USAGE
    email = args.email.strip().lower()
    try:
        password_validation.validate_password(password, user=User(email=email))
    except ValidationError as exc:
        err.write("error: " + " ".join(exc.messages) + "\n")
        return exit_codes.USAGE
    if User.objects.filter(email__iexact=email).exists():
        err.write(f"error: a user with email {email} already exists\n")
        return exit_codes.USAGE
    with transaction.atomic():
        user = User.objects.create_superuser(email=email, password=password)
        if args.organization:
            organization_create(name=args.organization, owner=user)
    out.write(f"created admin {email}\n")
    return exit_codes.OK
