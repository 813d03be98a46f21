"""Contract: the real Forge app JS (run in Node) and the emulator's Python equivalent send
byte-for-byte the same requests to Trace, and give the same answers.

One emulator, one recording remote; each scenario runs once with `runner="node"` and once with
`runner="python"`, and the recorded requests are compared after replacing the per-run ids
(installation UUID, web trigger URL) with placeholders.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.emulator.recorder import Recorded, RecordingRemote, Reply
from trace_emulator.functions import default_forge_app_dir, node_runner_script
from trace_emulator.testing import RunningEmulator, start_emulator

RUNNER = node_runner_script(default_forge_app_dir())
pytestmark = pytest.mark.skipif(
    not RUNNER.exists() or shutil.which("node") is None,
    reason=f"node half of the contract needs node and {RUNNER} (forge-app helper)",
)
APP_HEADERS = ("content-type",)
PLATFORM_HEADERS = {"authorization", "x-b3-traceid", "x-b3-spanid", "x-forge-oauth-system"}
NONCE = "AbC_-0123456789abcdefghijklmnopqrstuv"


@pytest.fixture(scope="module")
def contract_remote() -> Iterator[RecordingRemote]:
    rec = RecordingRemote()
    yield rec
    rec.stop()


@pytest.fixture(scope="module")
def contract_emu(contract_remote: RecordingRemote) -> Iterator[RunningEmulator]:
    running = start_emulator(remote_url=contract_remote.url, runner="node")
    yield running
    running.stop()


@pytest.fixture
def remote(contract_remote: RecordingRemote) -> RecordingRemote:
    contract_remote.routes.clear()
    contract_remote.requests.clear()
    return contract_remote


def _shape(req: Recorded, replacements: dict[str, str]) -> tuple:
    body = req.body
    for old, new in replacements.items():
        body = body.replace(old.encode(), new.encode())
    app_headers = tuple((h, req.headers.get(h)) for h in APP_HEADERS)
    platform = tuple(sorted(h for h in req.headers if h in PLATFORM_HEADERS))
    return (req.method, req.path, app_headers, platform, body)


def _run_both(
    emu: RunningEmulator, remote: RecordingRemote, scenario: Callable[[dict], list]
) -> None:
    shapes: dict[str, list] = {}
    answers: dict[str, list] = {}
    for runner in ("node", "python"):
        emu.client.config(runner=runner)
        assert emu.client.info()["runner"] == runner
        remote.requests.clear()
        inst = emu.client.install("acme")["installation"]
        answers[runner] = scenario(inst)
        url = inst["webTriggerUrls"]["trace-token-pull"]
        replacements = {url: "<TOKEN-PULL-URL>", inst["id"]: "<INSTALLATION>"}
        shapes[runner] = [
            _shape(r, replacements) for r in remote.requests if r.path != "/forge/v1/uninstall"
        ]
        emu.client.uninstall(inst["id"])
    assert shapes["node"] == shapes["python"]
    assert answers["node"] == answers["python"]
    assert shapes["node"], "the scenario sent nothing"


def test_install_and_token_pull_are_identical(
    contract_emu: RunningEmulator, remote: RecordingRemote
) -> None:
    def scenario(inst: dict) -> list:
        url = inst["webTriggerUrls"]["trace-token-pull"]
        out = [httpx.post(url, json={"nonce": NONCE}).status_code]
        out.append(httpx.post(url, content=b'{"nonce":"' + NONCE.encode() + b'"}').status_code)
        charset = {"content-type": "application/json; charset=utf-8"}
        out.append(httpx.post(url, json={"nonce": NONCE}, headers=charset).status_code)
        return out

    _run_both(contract_emu, remote, scenario)
    assert [r.path for r in remote.requests if r.path != "/forge/v1/uninstall"] == [
        "/forge/v1/lifecycle"
    ] + ["/forge/v1/token-delivery"] * 3


REFUSED = [
    (b'{"nonce":"short"}', {"content-type": "application/json"}, "POST"),
    (b'{"nonce":"' + NONCE.encode() + b'","x":1}', {}, "POST"),
    (b"not json", {}, "POST"),
    (b"", {}, "POST"),
    (b'{"nonce":"' + NONCE.encode() + b'"}', {"content-type": "text/plain"}, "POST"),
    (b'{"nonce":"' + NONCE.encode() + b'"}', {}, "PUT"),
    (b'{"nonce":"' + b"a" * 2000 + b'"}', {}, "POST"),
    (b'["' + NONCE.encode() + b'"]', {}, "POST"),
    (b'{"nonce":"' + NONCE.encode() + b'\\n"}', {}, "POST"),  # trailing newline in the nonce
    (b'{"nonce":"' + NONCE.encode() + b'\\ud800"}', {}, "POST"),  # lone surrogate
]


def test_refused_token_pulls_are_identical(
    contract_emu: RunningEmulator, remote: RecordingRemote
) -> None:
    def scenario(inst: dict) -> list:
        url = inst["webTriggerUrls"]["trace-token-pull"]
        return [
            httpx.request(method, url, content=body, headers=headers).status_code
            for body, headers, method in REFUSED
        ]

    _run_both(contract_emu, remote, scenario)
    assert remote.to("/forge/v1/token-delivery") == []


def test_token_delivery_status_mapping_is_identical(
    contract_emu: RunningEmulator, remote: RecordingRemote
) -> None:
    statuses = [200, 204, 400, 401, 404, 408, 409, 429, 500, 503]
    remote.on("/forge/v1/token-delivery", *[Reply.json(s, {"r": s}) for s in statuses * 2])

    def scenario(inst: dict) -> list:
        url = inst["webTriggerUrls"]["trace-token-pull"]
        return [httpx.post(url, json={"nonce": NONCE}).status_code for _ in statuses]

    _run_both(contract_emu, remote, scenario)
    delivered, refused, failed = 204, 409, 502
    expected = [
        delivered,
        delivered,
        refused,
        failed,
        refused,
        failed,
        refused,
        failed,
        failed,
        failed,
    ]
    # the python run's answers, equal to node's (checked above), follow the static outputs
    assert scenario_answers(contract_emu, remote, statuses) == expected


def scenario_answers(
    emu: RunningEmulator, remote: RecordingRemote, statuses: list[int]
) -> list[int]:
    remote.on("/forge/v1/token-delivery", *[Reply.json(s, {"r": s}) for s in statuses])
    inst = emu.client.install("acme")["installation"]
    url = inst["webTriggerUrls"]["trace-token-pull"]
    try:
        return [httpx.post(url, json={"nonce": NONCE}).status_code for _ in statuses]
    finally:
        emu.client.uninstall(inst["id"])


@pytest.mark.parametrize("first", [401, 404, 429, 503])
def test_lifecycle_retry_decisions_are_identical(
    contract_emu: RunningEmulator, remote: RecordingRemote, first: int
) -> None:
    def scenario(inst: dict) -> list:
        contract_emu.client.advance(1000)  # run any redelivery the app asked for
        return [len(remote.to("/forge/v1/lifecycle"))]

    remote.routes.clear()

    def responder(req: Recorded) -> Reply:
        # fail the first delivery of each installation, accept the redelivery
        n = sum(1 for r in remote.to("/forge/v1/lifecycle") if b"retryContext" not in r.body)
        return Reply.json(first, {"e": 1}) if b"retryContext" not in req.body and n else Reply(204)

    remote.routes["/forge/v1/lifecycle"] = responder
    _run_both(contract_emu, remote, scenario)
