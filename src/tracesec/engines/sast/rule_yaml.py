"""Reading the YAML Trace keeps its rules in (rule files, handler inputs), safely."""

from __future__ import annotations

import yaml

# The names a guard may have, one vocabulary for every pack's guard regexes: a check named
# `isAllowedHost`, `IsTrustedOrigin`, `is_approved_url` that ends the handler when it fails
# clears the value it checks. A rule writes `{guard-words}` (or `{guard-words-lower}`, for
# snake_case names) inside a group of its regex, and loading the file fills it in.
GUARD_WORDS = ("Valid", "Safe", "Allowed", "Approved", "Permitted", "Whitelisted", "Trusted")
_VOCABULARY = {
    "{guard-words}": "|".join(GUARD_WORDS),
    "{guard-words-lower}": "|".join(word.lower() for word in GUARD_WORDS),
}


def with_vocabulary(text: str) -> str:
    """A rule file's text with its vocabulary filled in, as a scan reads it."""
    for token, words in _VOCABULARY.items():
        text = text.replace(token, words)
    return text


def load_rules_yaml(text: str) -> dict:
    """One rule file's YAML, read safely, its vocabulary filled in."""
    text = with_vocabulary(text)
    # The C loader when PyYAML has one: the pure-Python one costs more than the bundle saves.
    if getattr(yaml, "__with_libyaml__", False):
        return yaml.load(text, Loader=yaml.CSafeLoader)  # type: ignore[no-any-return]
    return yaml.safe_load(text)  # type: ignore[no-any-return]
