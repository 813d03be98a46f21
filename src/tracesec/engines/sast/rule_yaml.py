"""Reading the YAML Trace keeps its rules in (rule files, handler inputs), safely."""

from __future__ import annotations

import yaml


def load_rules_yaml(text: str) -> dict:
    """One rule file's YAML, read safely."""
    # The C loader when PyYAML has one: the pure-Python one costs more than the bundle saves.
    if getattr(yaml, "__with_libyaml__", False):
        return yaml.load(text, Loader=yaml.CSafeLoader)  # type: ignore[no-any-return]
    return yaml.safe_load(text)  # type: ignore[no-any-return]
