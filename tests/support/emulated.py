"""A connected Bitbucket workspace in the emulator, for end-to-end scan tests.

Real everything: the emulator over loopback HTTP (REST, git, Forge functions), Trace's live
server receiving the Forge calls, the real pairing and repository sync services.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracesec.integrations.bitbucket import config as bb_config
from tracesec.integrations.bitbucket.pairing import pairing_redeem
from tracesec.integrations.bitbucket.sync import connection_sync
from tracesec.kms import reset_kms_cache
from tracesec.organizations.models import Membership
from tracesec.repositories.models import Repository

# A file with one SAST and one Secrets finding, pushed by the scan tests.
# Built from pieces so that no scanner flags this test file itself.
TOKEN_ONE = "ghp_" + "R7xkT2mQ9vLp4sWz8bNc" + "3yHd6fJg1aEe0uKi"

CONFIG_V1 = f'''import subprocess


def run(request):
    subprocess.run(request.args["cmd"], shell=True)


GITHUB_TOKEN = "{TOKEN_ONE}"
'''

DEMO_OSV = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "tracesec"
    / "engines"
    / "sca"
    / "data"
    / "demo-osv.zip"
)


@dataclass
class Workspace:
    emu: Any
    installation_id: str
    connection: Any

    def repository(self, slug: str) -> Repository:
        return Repository.objects.select_related("connection").get(
            connection=self.connection, slug=slug
        )


def configure(settings: Any, emu: Any, tmp_path: Path) -> None:
    for name, value in emu.trace_settings().items():
        setattr(settings, name, value)
    settings.BITBUCKET_API_ALLOWED_BASES = [emu.api_base_url]
    settings.FORGE_WEBTRIGGER_ALLOW_LOOPBACK = True
    settings.FORGE_ENVIRONMENT_TYPE = ""
    settings.TRACE_KMS_BACKEND = "local"
    settings.TRACE_KMS_LOCAL_KEY_FILE = tmp_path / "kms" / "keyring.json"
    settings.TRACE_SCAN_WORK_DIR = tmp_path / "scan-work"
    settings.TRACE_SCAN_CACHE_DIR = tmp_path / "scan-cache"
    settings.TRACE_OSV_DB = osv_index(tmp_path / "osv")
    bb_config.reset_caches()
    reset_kms_cache()


def osv_index(directory: Path) -> Path:
    from tracesec.engines.sca.osvstore import build_index

    build_index(DEMO_OSV, directory, "demo")
    return directory


def connect(emu: Any, admin: Membership, workspace: str = "acme") -> Workspace:
    installed = emu.client.install(workspace)
    installation_id = installed["installation"]["id"]
    answer = emu.client.ui_invoke(installation_id, "/forge/v1/pairing-code", account="ada")
    assert answer["ok"], answer
    connection = pairing_redeem(actor=admin, code_text=answer["body"]["code"])
    connection_sync(connection_id=connection.pk)
    return Workspace(emu=emu, installation_id=installation_id, connection=connection)


@contextmanager
def emulator_for(live_server_url: str, **kwargs: Any) -> Iterator[Any]:
    from trace_emulator.testing import start_emulator

    emu = start_emulator(remote_url=live_server_url, runner="python", **kwargs)
    try:
        yield emu
    finally:
        emu.stop()
