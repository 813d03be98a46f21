"""Service sub-commands: serve, worker, demo, createadmin, check, manage.

Settings: `DJANGO_SETTINGS_MODULE` if set, else `tracesec.config.django.local` (SQLite in the
data directory). Production deployments set
`DJANGO_SETTINGS_MODULE=tracesec.config.django.production`.

`trace demo` is built from `_demo_processes` (web + worker); further services (the emulator) are
appended there with one `ProcessSpec` each.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import secrets
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from tracesec.cli import exit_codes, readiness
from tracesec.cli.paths import data_dir
from tracesec.cli.supervisor import ProcessSpec, ServiceLog, Supervisor

LOCAL_SETTINGS = "tracesec.config.django.local"
PRODUCTION_SETTINGS = "tracesec.config.django.production"
DEMO_EMAIL = "demo@trace.local"
DEMO_ORGANIZATION = "Acme Corp"
DEMO_WORKSPACE = "acme"  # the emulator's demo workspace (src/trace_emulator/fixtures)
DEMO_EMULATOR_PORT = 8401  # Trace's emulator defaults point here (config/settings/atlassian.py)


def _prepare_environment(settings_module: str | None = None) -> Path:
    """Pin the data dir (absolute, created) and settings for this process and its children."""
    directory = data_dir().resolve()
    directory.mkdir(parents=True, exist_ok=True)
    os.environ["TRACE_DATA_DIR"] = str(directory)
    if settings_module:
        os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    else:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", LOCAL_SETTINGS)
    return directory


def _setup_django(settings_module: str | None = None) -> Path:
    directory = _prepare_environment(settings_module)
    import django

    django.setup()
    return directory


def _migrate(out: TextIO) -> None:
    from django.core.management import call_command

    out.write("applying database migrations...\n")
    call_command("migrate", interactive=False, verbosity=0)


def _collectstatic() -> None:
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def _web_process(host: str, port: int, workers: int) -> ProcessSpec:
    return ProcessSpec(
        name="web",
        argv=[
            sys.executable,
            "-m",
            "gunicorn",
            "tracesec.config.wsgi:application",
            "--bind",
            f"{host}:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "gthread",
            "--threads",
            "4",
            "--graceful-timeout",
            "15",
            "--access-logfile",
            "-",
            # Masks the tokens of invitation and password-reset links in the access log.
            "--logger-class",
            "tracesec.common.access_log.RedactingAccessLogger",
            # Several Trace servers (demo, tests) may run at once; a shared socket would clash.
            "--no-control-socket",
        ],
    )


def _worker_process(name: str = "worker") -> ProcessSpec:
    return ProcessSpec(name=name, argv=[*_worker_argv(), "--worker-id", name])


def _worker_argv() -> list[str]:
    return [sys.executable, "-m", "django", "db_worker", "--queue-name", "*", "--no-reload"]


# ---------------------------------------------------------------- serve


def _add_serve(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "serve",
        help="run Trace: migrations, web server (gunicorn) and one task worker",
        description=(
            "Apply migrations, collect static files, then run gunicorn and one task worker "
            "until Ctrl-C (graceful shutdown). Uses DJANGO_SETTINGS_MODULE (default: local)."
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="bind address (default: %(default)s)")
    p.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    p.add_argument("--web-workers", type=int, default=2, help="gunicorn processes (default: 2)")
    p.add_argument(
        "--no-worker", action="store_true", help="do not start a task worker (run them apart)"
    )
    p.set_defaults(func=_serve)


def _prepare_service(out: TextIO, err: TextIO) -> Path | None:
    """Settings, migrations and static files; a clear message instead of a traceback on failure."""
    from django.core.exceptions import ImproperlyConfigured
    from django.db import DatabaseError

    try:
        directory = _setup_django()
        _migrate(out)
        _collectstatic()
    except ImproperlyConfigured as exc:
        err.write(f"configuration error: {exc}\n")
        return None
    except DatabaseError as exc:
        # Driver messages name host/database, never the password from DATABASE_URL.
        err.write(f"database error: {type(exc).__name__}: {exc}\n")
        return None
    return directory


def _serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if _prepare_service(out, err) is None:
        return exit_codes.CONFIG_ERROR
    specs = [_web_process(args.host, args.port, args.web_workers)]
    if not args.no_worker:
        specs.append(_worker_process())
    out.write(f"Trace is running at http://{args.host}:{args.port}/ (Ctrl-C to stop)\n")
    out.flush()
    return Supervisor(specs, out=out).run()


# ---------------------------------------------------------------- worker


def _add_worker(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "worker",
        help="run task worker processes (database backend)",
        description="Run N task workers until Ctrl-C. Safe to run on several machines.",
    )
    p.add_argument("--processes", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("--batch", action="store_true", help="run queued tasks, then exit")
    p.set_defaults(func=_worker)


def _worker(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _prepare_environment()
    if args.batch:
        import subprocess

        return subprocess.call([*_worker_argv(), "--batch"])
    host = os.uname().nodename
    specs = [
        _worker_process(f"{host}-{os.getpid()}-{i}"[:64]) for i in range(max(1, args.processes))
    ]
    return Supervisor(specs, out=out).run()


# ---------------------------------------------------------------- demo


def _add_demo(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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
    args = parser.parse_args(["vulndb", "import", "--bundled-demo", "--db", str(osv_db)])
    args.func(args, out, sys.stderr)


def _demo_processes(args: argparse.Namespace, directory: Path) -> list[ProcessSpec]:
    trace_url = f"http://{args.host}:{args.port}"
    emulator_url = f"http://127.0.0.1:{args.emulator_port}"
    return [
        replace(
            _web_process(args.host, args.port, 2), ready=readiness.http_ok(f"{trace_url}/healthz")
        ),
        replace(_worker_process(), ready=readiness.WorkerAnswers()),
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
        f"  Data:       {directory}\n\n"
        "  Try it: in the emulator, act as Ada Admin and open Workspace settings > Trace to see\n"
        "  the pairing code; in Trace, Settings > Integrations > Bitbucket > Connect workspace.\n"
        "  The emulator starts fresh on every run and installs the app again, so pair again\n"
        "  after a restart (the old connection shows as inactive).\n\n"
    )


def _demo(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    os.environ.setdefault("TRACE_BASE_URL", f"http://{args.host}:{args.port}")
    # Must be set before Django reads its settings: every Atlassian URL derives from it.
    os.environ.setdefault("TRACE_EMULATOR_URL", f"http://127.0.0.1:{args.emulator_port}")
    directory = _prepare_service(out, err)
    if directory is None:
        return exit_codes.CONFIG_ERROR
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
        out.write(banner + f"Trace is ready at http://{args.host}:{args.port}/ (Ctrl-C to stop)\n")
        out.flush()

    with log_path.open("w", encoding="utf-8") as sink:
        log = ServiceLog(sink, echo=out if args.verbose else None)
        supervisor = Supervisor(_demo_processes(args, directory), out=out, log=log, on_ready=ready)
        return supervisor.run()


# ---------------------------------------------------------------- createadmin


def _add_createadmin(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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
    _setup_django()
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


# ---------------------------------------------------------------- check / manage


def _add_check(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "check",
        help="run Django's system checks (--deploy: production checks)",
        description=(
            "Run Django's system checks. With --deploy, the deployment checks run under the "
            "production settings (unless DJANGO_SETTINGS_MODULE is set); TRACE_SECRET_KEY must "
            "be set."
        ),
    )
    p.add_argument("--deploy", action="store_true", help="include deployment checks")
    p.set_defaults(func=_check)


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    settings_module = None
    if args.deploy and not os.environ.get("DJANGO_SETTINGS_MODULE"):
        settings_module = PRODUCTION_SETTINGS
    try:
        _setup_django(settings_module)
        call_command("check", deploy=args.deploy, fail_level="WARNING", stdout=out, stderr=err)
    except ImproperlyConfigured as exc:
        err.write(f"configuration error: {exc}\n")
        return exit_codes.CONFIG_ERROR
    except SystemCheckError as exc:
        err.write(f"{exc}\n")
        return exit_codes.CONFIG_ERROR
    return exit_codes.OK


def _add_manage(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "manage",
        help="run a Django management command (e.g. `trace manage migrate`)",
        description="Pass the remaining arguments to Django's manage.py.",
        add_help=False,
    )
    p.add_argument("arguments", nargs=argparse.REMAINDER, help="management command and arguments")
    p.set_defaults(func=_manage)


def _manage(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _prepare_environment()
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["trace manage", *args.arguments])
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else exit_codes.USAGE
    return exit_codes.OK


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _add_serve(subparsers)
    _add_worker(subparsers)
    _add_demo(subparsers)
    _add_createadmin(subparsers)
    _add_check(subparsers)
    _add_manage(subparsers)
