"""`python -m trace_emulator`: run the Bitbucket Cloud + Forge emulator."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from trace_emulator.config import DEFAULT_APP_UUID, DEFAULT_ENV_UUID, EmulatorConfig
from trace_emulator.seed import DEMO_SEED, FIXTURES


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m trace_emulator",
        description="Local stand-in for Bitbucket Cloud and the Atlassian Forge platform "
        "(REST, git smart HTTP, invocation tokens, lifecycle, web triggers), and for GitHub "
        "with a GitHub App (under /github).",
    )
    p.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback only)")
    p.add_argument("--port", type=int, default=0, help="port (default 0: pick a free one)")
    p.add_argument(
        "--seed",
        default=None,
        help="seed YAML path, or `demo` (default: the demo workspace) / `small` (test seed)",
    )
    p.add_argument("--no-seed", action="store_true", help="start with no workspaces")
    p.add_argument(
        "--state-dir", type=Path, default=None, help="keys and git repos (default: temp)"
    )
    p.add_argument(
        "--remote-url",
        default="http://127.0.0.1:8000",
        help="Trace's Forge remote base URL (manifest variable TRACE_REMOTE_URL)",
    )
    p.add_argument("--app-id", default=DEFAULT_APP_UUID, help="app UUID (the ARI is derived)")
    p.add_argument("--env-id", default=DEFAULT_ENV_UUID, help="environment UUID")
    p.add_argument("--manifest", type=Path, default=None, help="manifest.yml (default: forge-app/)")
    p.add_argument(
        "--envelope",
        choices=["bare", "payload"],
        default="bare",
        help="event body envelope delivered to endpoints (UNCONFIRMED §10.1)",
    )
    p.add_argument(
        "--gating",
        choices=["strict", "lenient"],
        default="strict",
        help="refuse UI FITs to non-admins on the settings page (strict) or mint "
        "anyway (lenient, UNCONFIRMED §10.2)",
    )
    p.add_argument(
        "--runner",
        choices=["auto", "node", "python"],
        default="auto",
        help="run Forge functions as the real JS in node, or the Python equivalent",
    )
    p.add_argument(
        "--function-token-ttl",
        default="random",
        help="life of tokens delivered via function→invokeRemote: random (5-240 min),"
        " cached (≥ 2 h, like direct deliveries) or seconds (UNCONFIRMED §10.4)",
    )
    p.add_argument("--retry-delay", type=float, default=60.0, help="seconds between event retries")
    p.add_argument(
        "--duplicate-scheduled", action="store_true", help="deliver every scheduled trigger twice"
    )
    p.add_argument(
        "--install",
        action="append",
        default=[],
        metavar="WORKSPACE",
        help="install the app into this workspace at start-up (repeatable)",
    )
    p.add_argument(
        "--ready-format",
        choices=["json", "text"],
        default="json",
        help="start-up line on stdout: one JSON object for programs (default) or one line for "
        "people (used by `trace demo`)",
    )
    for name in ("webhook", "setup", "callback"):
        p.add_argument(
            f"--github-{name}-url",
            default=None,
            help=f"the emulated GitHub App's {name} URL (default: under --remote-url, "
            f"/integrations/github/{name}/)",
        )
    p.add_argument(
        "--github-client-id",
        default=None,
        help="the emulated GitHub App's client id (default: kept in --state-dir, or a new one)",
    )
    p.add_argument("--log-level", default="WARNING")
    return p


def _seed(value: str | None) -> Path:
    named = {"demo": DEMO_SEED, "small": FIXTURES / "test-seed.yml"}
    if value is None:
        return DEMO_SEED
    return named.get(value, Path(value))


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s %(message)s")
    from trace_emulator.emulator import Emulator
    from trace_emulator.server import EmulatorServer, ready_line

    config = EmulatorConfig(
        host=args.host,
        port=args.port,
        remote_url=args.remote_url,
        app_uuid=args.app_id,
        environment_uuid=args.env_id,
        seed=None if args.no_seed else _seed(args.seed),
        state_dir=args.state_dir,
        manifest_path=args.manifest,
        envelope=args.envelope,
        gating=args.gating,
        runner=args.runner,
        function_token_ttl=args.function_token_ttl,
        retry_delay=args.retry_delay,
        duplicate_scheduled=args.duplicate_scheduled,
        github_webhook_url=args.github_webhook_url,
        github_setup_url=args.github_setup_url,
        github_callback_url=args.github_callback_url,
        github_client_id=args.github_client_id,
    )
    try:
        emu = Emulator(config)
        server = EmulatorServer(emu)
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"trace_emulator: {exc}", file=sys.stderr)
        return 2
    if args.install:
        _schedule_installs(server, args.install)
    info = server.urls()
    summary = (
        f"Trace emulator on {info['baseUrl']}/  (JWKS {info['jwksUrl']}, app {info['appId']}, "
        f"remote {info['remoteUrl']}); GitHub on {info['github']['webUrl']}/"
    )
    if args.ready_format == "json":
        print(ready_line(server), flush=True)
        print(summary, file=sys.stderr, flush=True)
    else:
        print(summary, flush=True)
    server.serve()
    emu.close()
    return 0


def _schedule_installs(server: object, workspaces: list[str]) -> None:
    """Install after the server is listening (the lifecycle function calls back into us)."""
    import asyncio

    from trace_emulator.errors import ControlError
    from trace_emulator.server import EmulatorServer

    assert isinstance(server, EmulatorServer)
    original = server.server.startup

    async def startup(sockets: object = None) -> None:
        await original(sockets=sockets)  # type: ignore[arg-type]

        async def run() -> None:
            for ws in workspaces:
                try:
                    result = await server.emu.forge.install(ws)
                    print(
                        f"installed into {ws}: installation {result['installation']['id']}",
                        file=sys.stderr,
                        flush=True,
                    )
                except ControlError as exc:
                    print(f"install into {ws} failed: {exc.message}", file=sys.stderr, flush=True)

        asyncio.get_running_loop().create_task(run())

    server.server.startup = startup  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.exit(main())
