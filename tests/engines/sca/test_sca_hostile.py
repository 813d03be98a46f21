"""Hostile and huge manifests cost bounded time and memory and end as parse errors."""

from __future__ import annotations

import json
import time
import tracemalloc

import pytest

from tests.engines.sca.sca_testpaths import HOSTILE
from tracesec.engines.sca.extractors import (
    ParseError,
    package_lock,
    pnpm_lock,
    requirements,
    yarn_lock,
)
from tracesec.engines.sca.extractors.base import MAX_YAML_ALIASES


def _bounded(func, *, seconds: float, megabytes: float | None = None):
    # time and memory are measured in separate runs: tracemalloc slows Python code ~10x
    started = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - started
    assert elapsed < seconds, elapsed
    if megabytes is not None:
        tracemalloc.start()
        try:
            func()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < megabytes * 1024 * 1024, peak
    return result


@pytest.mark.parametrize("extractor", [pnpm_lock, yarn_lock])
def test_yaml_alias_bomb_at_a_lockfile_path_is_refused_quickly(extractor):
    bomb = (HOSTILE / "yamlBomb.yml").read_bytes()
    assert extractor.matches("web/pnpm-lock.yaml") or extractor.matches("web/yarn.lock")
    content = bomb if extractor is pnpm_lock else b"__metadata:\n  version: 8\n" + bomb

    def parse():
        with pytest.raises(ParseError) as caught:
            extractor.extract("pnpm-lock.yaml", content, None, [])
        return str(caught.value)

    message = _bounded(parse, seconds=1.0, megabytes=20)
    assert "alias bomb" in message


def test_many_aliases_are_refused_even_without_expansion():
    aliases = "\n".join(f"k{i}: *a" for i in range(MAX_YAML_ALIASES + 1))
    content = f"lockfileVersion: '9.0'\nbase: &a x\n{aliases}\n".encode()
    with pytest.raises(ParseError) as caught:
        pnpm_lock.extract("pnpm-lock.yaml", content, None, [])
    assert str(caught.value) == (
        f"YAML uses more than {MAX_YAML_ALIASES} aliases; refusing (alias bomb?)"
    )


def test_deeply_nested_package_lock_is_a_parse_error():
    depth = 100_000
    content = (
        '{"lockfileVersion": 1, "dependencies": ' + '{"a": ' * depth + "{}" + "}" * depth + "}"
    ).encode()
    with pytest.raises(ParseError) as caught:
        _bounded(lambda: package_lock.extract("package-lock.json", content, None, []), seconds=5)
    assert str(caught.value) in ("JSON nested too deeply", "dependencies nested too deeply")


def test_nested_v1_dependencies_deeper_than_recursion_limit_are_a_parse_error():
    # decodable JSON, but deeper than the recursive walk of v1 `dependencies` allows
    depth = 5_000
    text = (
        '{"lockfileVersion": 1, "dependencies": '
        + '{"a": {"version": "1.0.0", "dependencies": ' * depth
        + "{}"
        + "}}" * depth
        + "}"
    )
    with pytest.raises(ParseError) as caught:
        package_lock.extract("package-lock.json", text.encode(), None, [])
    assert str(caught.value) in ("JSON nested too deeply", "dependencies nested too deeply")


def test_huge_valid_package_lock_parses_in_bounded_time():
    count = 20_000
    packages = {"": {"dependencies": {}}}
    for i in range(count):
        packages[f"node_modules/pkg-{i}"] = {"version": f"1.{i % 100}.{i % 7}"}
    content = json.dumps({"lockfileVersion": 3, "packages": packages}, indent=2).encode()
    result = _bounded(
        lambda: package_lock.extract("package-lock.json", content, None, []),
        seconds=5,
    )
    assert len(result) == count
    # lines 1-6 hold the header and the root entry; then 3 lines per package
    assert result[-1].line == 7 + 3 * (count - 1)


def test_huge_requirements_file():
    content = "".join(f"pkg{i}=={i % 10}.0\n" for i in range(30_000)).encode()
    result = _bounded(
        lambda: requirements.extract("requirements.txt", content, None, []), seconds=5
    )
    assert len(result) == 30_000
    assert result[29_999].line == 30_000
