"""`trace demo`: a demo organization and user, then Trace, a worker and the emulator locally.

`trace demo` is built from `_demo_processes` (web + worker + emulator); further services are
appended there with one `ProcessSpec` each.
"""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

import httpx

from tracesec.cli import exit_codes, readiness
from tracesec.cli.demo_github import demo_github_app_import, demo_github_client_id
from tracesec.cli.django_setup import prepare_service, web_process, worker_process
from tracesec.cli.supervisor import ProcessSpec, ServiceLog, Supervisor

DEMO_EMAIL = "demo@trace.local"
DEMO_ORGANIZATION = "Acme Corp"
DEMO_WORKSPACE = "acme"  # the emulator's demo workspace (src/trace_emulator/fixtures)
DEMO_EMULATOR_PORT = 8401  # Trace's emulator defaults point here (config/settings/atlassian.py)


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "demo",
        help="set up a demo organization and user, then run Trace locally",
        description=(
            "Create the data directory, apply migrations, create a demo organization and user, "
            "then run the web server, a worker and the Bitbucket + Forge emulator until Ctrl-C; "
            "once all three answer, print the URLs and logins and a final ready line."
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="bind address (default: %(default)s)")
    p.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    p.add_argument(
        "--emulator-port",
        type=int,
        default=DEMO_EMULATOR_PORT,
        help="port of the Bitbucket Cloud + Forge emulator (default: %(default)s)",
    )
    p.add_argument(
        "--setup-only", action="store_true", help="prepare data and print the login, do not serve"
    )
    p.add_argument(
        "--verbose",
        action="store_true",
        help="show the services' logs here too (always written to DATA/logs/demo.log)",
    )
    p.set_defaults(func=_demo)


def demo_seed(directory: Path) -> tuple[str, str]:
    """Create (once) the demo user and organization. Returns (email, password)."""
    from django.db import transaction

    from tracesec.accounts.models import User
    from tracesec.organizations.models import Membership
    from tracesec.organizations.services import organization_create

    password_file = directory / "demo_password"
    if not password_file.exists():
        password_file.touch(mode=0o600)
        password_file.write_text(secrets.token_urlsafe(12))
    password = password_file.read_text().strip()
    with transaction.atomic():
        user = User.objects.filter(email=DEMO_EMAIL).first()
        if user is None:
            user = User.objects.create_user(
                email=DEMO_EMAIL, password=password, full_name="Demo Admin"
            )
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        if not Membership.objects.filter(user=user).exists():
            organization_create(name=DEMO_ORGANIZATION, owner=user)
    return DEMO_EMAIL, password


def _emulator_process(args: argparse.Namespace, directory: Path) -> ProcessSpec:
    # Its own process, as in production Atlassian is another service. Installing the app into
    # the demo workspace at start-up fires the lifecycle event at Trace (retried by the app if
    # Trace is not listening yet), so a fresh pairing code is ready on the settings page.
    return ProcessSpec(
        name="emulator",
        argv=[
            sys.executable,
            "-m",
            "trace_emulator",
            "--port",
            str(args.emulator_port),
            "--remote-url",
            f"http://{args.host}:{args.port}",
            "--state-dir",
            str(directory / "emulator"),
            "--function-token-ttl",
            "cached",
            "--install",
            DEMO_WORKSPACE,
            "--ready-format",
            "text",
            "--github-client-id",
            os.environ["GITHUB_APP_CLIENT_ID"],
        ],
    )


def demo_advisories(out: TextIO) -> None:
    """Import the OSV advisories bundled for the demo once, so SCA finds something offline."""
    from django.conf import settings

    from tracesec.cli import vulndb_command

    osv_db = Path(settings.TRACE_OSV_DB)
    if osv_db.is_dir() and any(osv_db.glob("*.sqlite")):
        return
    parser = argparse.ArgumentParser(prog="trace")
    vulndb_command.add_parser(parser.add_subparsers())
    # The first import, before any scan: no stored inventory to re-match yet.
    args = parser.parse_args(
        ["vulndb", "import", "--bundled-demo", "--no-rematch", "--db", str(osv_db)]
    )
    args.func(args, out, sys.stderr)


def _demo_processes(args: argparse.Namespace, directory: Path) -> list[ProcessSpec]:
    trace_url = f"http://{args.host}:{args.port}"
    emulator_url = f"http://127.0.0.1:{args.emulator_port}"
    return [
        replace(
            web_process(args.host, args.port, 2), ready=readiness.http_ok(f"{trace_url}/healthz")
        ),
        replace(worker_process(), ready=readiness.WorkerAnswers()),
        replace(
            _emulator_process(args, directory),
            ready=readiness.emulator_installed(emulator_url, DEMO_WORKSPACE),
        ),
    ]


def _demo_banner(args: argparse.Namespace, directory: Path, email: str, password: str) -> str:
    return (
        "\nTrace demo\n"
        f"  Trace:      http://{args.host}:{args.port}/\n"
        f"    sign in:  {email} / {password}  (owner of {DEMO_ORGANIZATION})\n"
        f"  Bitbucket + Forge emulator: {os.environ['TRACE_EMULATOR_URL']}/\n"
        "    act as:   Ada Admin (workspace admin of acme) or Max Member (not an admin)\n"
        f"  GitHub emulator: {os.environ['TRACE_EMULATOR_URL']}/github/\n"
        "    sign in as: Olivia Owner (owner of the northwind organization)\n"
        f"  Data:       {directory}\n\n"
        "  Try it: in the emulator, act as Ada Admin and open Workspace settings > Trace to see\n"
        "  the pairing code; in Trace, Settings > Integrations > Bitbucket > Connect workspace.\n"
        "  The emulator starts fresh on every run and installs the app again, so pair again\n"
        "  after a restart (the old connection shows as inactive).\n"
        "  GitHub: in Trace, Settings > Integrations > GitHub > Install on GitHub, then install\n"
        "  the app on northwind as Olivia Owner and authorize it.\n\n"
    )


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    os.environ.setdefault("TRACE_BASE_URL", f"http://{args.host}:{args.port}")
    # Must be set before Django reads its settings: every Atlassian URL derives from it.
    os.environ.setdefault("TRACE_EMULATOR_URL", f"http://127.0.0.1:{args.emulator_port}")
    directory = prepare_service(out, err)
    if directory is None:
        return exit_codes.CONFIG_ERROR
    demo_github_client_id(directory)  # before any process starts: they inherit it
    # The set-up steps' info logs (audit, advisory import) would interleave with the banner.
    logging.getLogger("tracesec").setLevel(logging.WARNING)
    email, password = demo_seed(directory)
    demo_advisories(out)
    banner = _demo_banner(args, directory, email, password)
    if args.setup_only:
        out.write(banner)
        return exit_codes.OK
    log_path = directory / "logs" / "demo.log"
    log_path.parent.mkdir(exist_ok=True)
    where = "below" if args.verbose else f"in {log_path}"
    out.write(f"starting the web server, a worker and the emulator (their logs are {where})...\n")
    out.flush()

    def ready() -> None:
        try:
            demo_github_app_import(f"http://127.0.0.1:{args.emulator_port}")
        except httpx.HTTPError as error:
            out.write(f"warning: the demo GitHub App could not be imported ({error})\n")
        out.write(banner + f"Trace is ready at http://{args.host}:{args.port}/ (Ctrl-C to stop)\n")
        out.flush()

    with log_path.open("w", encoding="utf-8") as sink:
        log = ServiceLog(sink, echo=out if args.verbose else None)
        supervisor = Supervisor(_demo_processes(args, directory), out=out, log=log, on_ready=ready)
        return supervisor.run()
