"""The demo GitHub organization builds into real repositories with flaws for all three engines
(checked with the real engines and the advisories bundled for the demo), beside the Bitbucket
workspace in the same emulator."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from trace_emulator import gitstore
from trace_emulator import seed as git_seed
from trace_emulator.__main__ import parser
from trace_emulator.github import seed
from trace_emulator.github.model import GitHubWorld
from trace_emulator.github.testing import GitHubControlError
from trace_emulator.model import World
from trace_emulator.testing import running_emulator
from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.sca import osvstore
from tracesec.engines.sca.demo_bundle import demo_bundle_path
from tracesec.engines.scan import scan

REPOS = ["ledger-jobs", "orders-service", "storefront-web"]


@pytest.fixture(scope="module")
def checkouts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    world = GitHubWorld()
    seed.load(world, seed.read_section(git_seed.DEMO_SEED), git_seed.DEMO_SEED.parent)
    git_world = World(tmp_path_factory.mktemp("git"))
    org = world.account("northwind")
    assert org is not None
    assert org.name == "Northwind Labs"
    out = tmp_path_factory.mktemp("checkouts")
    built = {}
    for repo in world.owned_by(org):
        git_dir = git_seed.ensure_built(git_world, repo.git)
        subprocess.run(["git", "clone", "-q", str(git_dir), str(out / repo.name)], check=True)
        built[repo.name] = out / repo.name
    return built


def test_three_repositories_with_history_and_no_placeholders(checkouts: dict[str, Path]) -> None:
    assert sorted(checkouts) == REPOS
    for name, path in checkouts.items():
        count = subprocess.run(
            ["git", "-C", str(path), "rev-list", "--count", "HEAD"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        assert int(count) >= 2, name
        for file in path.rglob("*"):
            if file.is_file() and ".git" not in file.parts:
                assert b"@@FAKE" not in file.read_bytes(), file
    ledger = checkouts["ledger-jobs"]
    assert not (ledger / "deploy" / "aws.env").exists()
    old = gitstore.read_file(ledger / ".git", "deploy/aws.env", "HEAD~1").decode()
    assert re.search(r"AWS_ACCESS_KEY_ID=AKIA[A-Z2-7]{16}", old)


def test_every_engine_finds_something_in_the_organization(
    checkouts: dict[str, Path], tmp_path: Path
) -> None:
    osvstore.build_index(demo_bundle_path(), tmp_path / "osv", "demo")
    root = next(iter(checkouts.values())).parent
    result = scan(root, ScanConfig(osv_db=tmp_path / "osv"))
    assert all(status.ok for status in result.engines), result.errors
    found: dict[str, set[Engine]] = {name: set() for name in checkouts}
    for finding in result.findings:
        found[finding.location.path.split("/")[0]].add(finding.engine)
    assert found["orders-service"] == {Engine.SAST, Engine.SCA, Engine.SECRETS}
    assert found["storefront-web"] == {Engine.SAST, Engine.SCA, Engine.SECRETS}
    # ledger-jobs' credentials live only in its history; its tree has SAST and SCA flaws.
    assert found["ledger-jobs"] == {Engine.SAST, Engine.SCA}


def test_the_demo_emulator_serves_both_providers() -> None:
    with running_emulator(seed="demo", runner="python") as emu:
        assert [w["slug"] for w in emu.client.workspaces()] == ["acme"]
        logins = {a["login"] for a in emu.github.accounts()}
        assert {"northwind", "olivia-owner", "dan-dev", "oscar-outsider"} <= logins
        assert emu.info["github"]["installUrl"].endswith(
            "/github/apps/trace-security/installations/new"
        )
        assert emu.github.installations() == []  # ready to connect from Trace


def test_app_urls_come_from_the_command_line_or_the_control_plane() -> None:
    args = parser().parse_args(["--github-webhook-url", "http://127.0.0.1:8000/gh/hook"])
    assert args.github_webhook_url == "http://127.0.0.1:8000/gh/hook"
    with running_emulator(
        seed="small", runner="python", github_webhook_url="http://127.0.0.1:8000/gh/hook"
    ) as emu:
        app = emu.github.app()
        assert app["webhookUrl"] == "http://127.0.0.1:8000/gh/hook"
        assert app["setupUrl"] == "http://127.0.0.1:9/integrations/github/setup/"
        changed = emu.github.configure_app(setupUrl="http://127.0.0.1:8000/gh/setup")
        assert changed["setupUrl"] == "http://127.0.0.1:8000/gh/setup"
        with pytest.raises(GitHubControlError):
            emu.github.configure_app(setupUrl="javascript:alert(1)")
        with pytest.raises(GitHubControlError):
            emu.github.configure_app(clientSecret="mine")


def test_app_credentials_survive_a_restart_with_a_state_dir(tmp_path: Path) -> None:
    seen = []
    for _ in range(2):
        with running_emulator(seed="small", mode="subprocess", state_dir=tmp_path) as emu:
            app = emu.github.app()
            seen.append(
                (app["clientId"], app["clientSecret"], app["webhookSecret"], app["privateKeyPem"])
            )
    assert seen[0] == seen[1]
    assert (tmp_path / "keys" / "github-app.json").stat().st_mode & 0o077 == 0
