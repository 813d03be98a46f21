"""Hostile and huge manifests cost bounded time and memory and end as parse errors."""

from __future__ import annotations

import json
import time
import tracemalloc

import pytest
from sca_testpaths import HOSTILE

from tracesec.engines.sca.extractors import ParseError, package_lock, pnpm_lock, requirements, yarn_lock
from tracesec.engines.sca.extractors.base import MAX_YAML_ALIASES


def _bounded(func, *, seconds: float, megabytes: float):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = func()
    finally:
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < seconds, elapsed
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
    content = ('{"lockfileVersion": 1, "dependencies": ' + '{"a": ' * depth + "{}" + "}" * depth + "}").encode()
    with pytest.raises(ParseError) as caught:
        _bounded(lambda: package_lock.extract("package-lock.json", content, None, []), seconds=5, megabytes=200)
    assert str(caught.value) in ("JSON nested too deeply", "dependencies nested too deeply")


def test_nested_v1_dependencies_deeper_than_recursion_limit_are_a_parse_error():
    # valid JSON for the decoder (depth 2000 < its C limit) but deeper than our walk allows
    node: dict = {}
    for _ in range(3000):
        node = {"version": "1.0.0", "dependencies": {"a": node}}
    text = json.dumps({"lockfileVersion": 1, "dependencies": {"a": node}})
    with pytest.raises(ParseError):
        package_lock.extract("package-lock.json", text.encode(), None, [])


def test_huge_valid_package_lock_parses_in_bounded_time():
    count = 50_000
    packages = {"": {"dependencies": {}}}
    for i in range(count):
        packages[f"node_modules/pkg-{i}"] = {"version": f"1.{i % 100}.{i % 7}"}
    content = json.dumps({"lockfileVersion": 3, "packages": packages}, indent=2).encode()
    result = _bounded(
        lambda: package_lock.extract("package-lock.json", content, None, []),
        seconds=5,
        megabytes=400,
    )
    assert len(result) == count
    assert result[-1].line == 4 + 3 * (count - 1) + 1  # each entry: key line, version, close


def test_huge_requirements_file():
    content = "".join(f"pkg{i}=={i % 10}.0\n" for i in range(100_000)).encode()
    result = _bounded(
        lambda: requirements.extract("requirements.txt", content, None, []), seconds=5, megabytes=300
    )
    assert len(result) == 100_000
    assert result[99_999].line == 100_000
