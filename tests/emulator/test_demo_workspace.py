"""The demo workspace builds into real git repositories with the agreed content."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from trace_emulator import fakesecrets, gitstore, seed
from trace_emulator.model import World

REPOS = [
    "payments-api",
    "web-storefront",
    "billing-service",
    "edge-gateway",
    "infra-scripts",
    "docs-site",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[World, dict[str, Path]]:
    world = World(tmp_path_factory.mktemp("git"))
    seed.load_seed(world, seed.DEMO_SEED)
    ws = world.workspace("acme")
    assert ws is not None
    built = {r.slug: seed.ensure_built(world, r) for r in ws.repositories}
    return world, built


def _show(git_dir: Path, path: str, ref: str = "main") -> str:
    return gitstore.read_file(git_dir, path, ref).decode()


def test_six_repositories_with_history(demo: tuple[World, dict[str, Path]]) -> None:
    world, built = demo
    assert sorted(built) == sorted(REPOS)
    ws = world.workspace("acme")
    assert ws is not None
    assert ws.name == "Acme Corp"
    admins = sorted(world.users[a].nickname for a, admin in ws.members.items() if admin)
    members = sorted(world.users[a].nickname for a, admin in ws.members.items() if not admin)
    assert (admins, members) == (["ada"], ["max"])
    for slug, git_dir in built.items():
        count = subprocess.run(
            ["git", f"--git-dir={git_dir}", "rev-list", "--count", "main"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert int(count) >= 2, slug


def test_placeholders_are_replaced_with_fake_secrets(demo: tuple[World, dict[str, Path]]) -> None:
    _world, built = demo
    settings = _show(built["payments-api"], "payments/settings_local.py")
    assert "@@FAKE" not in settings
    assert re.search(r'AWS_ACCESS_KEY_ID = "AKIA[A-Z2-7]{16}"', settings)
    assert re.search(r"sk_live_[0-9A-Za-z]{24}", _show(built["web-storefront"], "src/config.ts"))
    props = _show(built["billing-service"], "src/main/resources/application.properties")
    assert re.search(r"xoxb-\d{12}-\d{13}-[0-9A-Za-z]{24}", props)
    key = _show(built["infra-scripts"], "deploy/id_rsa")
    assert key.startswith("-----BEGIN RSA PRIVATE KEY-----")
    assert "@@" not in key
    assert "postgres://admin:" in _show(built["infra-scripts"], "scripts/backup.sh")


def test_github_token_only_in_history(demo: tuple[World, dict[str, Path]]) -> None:
    _world, built = demo
    git_dir = built["edge-gateway"]
    assert "deploy/registry.env" not in gitstore.list_files(git_dir)
    old = _show(git_dir, "deploy/registry.env", "main~1")
    token = re.search(r"GITHUB_TOKEN=(ghp_[0-9A-Za-z]{36})", old)
    assert token is not None
    assert fakesecrets.fake_value("github_pat", "edge") == token.group(1)


def test_vulnerable_manifests(demo: tuple[World, dict[str, Path]]) -> None:
    _world, built = demo
    reqs = _show(built["payments-api"], "requirements.txt")
    for pin in (
        "Django==3.2.4",
        "requests==2.25.1",
        "PyYAML==5.3.1",
        "Jinja2==2.11.2",
        "urllib3==1.26.4",
    ):
        assert pin in reqs
    lock = _show(built["web-storefront"], "package-lock.json")
    assert '"lockfileVersion": 3' in lock
    assert '"node_modules/lodash"' in lock
    pom = _show(built["billing-service"], "pom.xml")
    assert "<log4j.version>2.14.1</log4j.version>" in pom
    assert "2.9.10.1" in pom
    gomod = _show(built["edge-gateway"], "go.mod")
    assert "github.com/gin-gonic/gin v1.6.3" in gomod
    docs_lock = _show(built["docs-site"], "package-lock.json")
    assert '"lockfileVersion": 1' in docs_lock
    assert '"version": "0.3.6"' in docs_lock


def test_fixture_history_is_deterministic(tmp_path: Path) -> None:
    shas = []
    for n in range(2):
        world = World(tmp_path / f"g{n}")
        seed.load_seed(world, seed.DEMO_SEED)
        repo = world.workspace("acme").find_repository("edge-gateway")  # type: ignore[union-attr]
        shas.append(gitstore.head_commit(seed.ensure_built(world, repo)))
    assert shas[0] == shas[1]
