"""Reading the YAML Trace keeps its rules in (rule files, handler inputs), safely."""

from __future__ import annotations

import yaml

# Words rule regexes share, each kept once: a rule writes `{token}` inside a group of its
# regex and loading the file fills it in (before YAML reads it: a token with backslashes
# belongs in a single-quoted or plain scalar, which keep them).
#
# The names a guard may have, for every pack's guard regexes: a check named
# `isAllowedHost`, `IsTrustedOrigin`, `is_approved_url` that ends the handler when it fails
# clears the value it checks (`{guard-words}`, or `{guard-words-lower}` for snake_case).
GUARD_WORDS = (
    "Valid",
    "Safe",
    "Allowed",
    "Approved",
    "Permitted",
    "Whitelisted",
    "Trusted",
    "Preferred",
    "Known",
)
# C#: the types a handler's parameter may have that are not the client's data (numbers,
# dates, ids, the framework's own objects, injected services), for the regexes that take a
# parameter for request data unless it has one of them
CSHARP_NOT_REQUEST_TYPES = (
    r"int|long|short|byte|uint|ulong|ushort|sbyte|decimal|double|float|bool|char|Guid|DateTime"
    r"|DateTimeOffset|DateOnly|TimeOnly|TimeSpan|CancellationToken|Int32|Int64|Boolean"
    r"|HttpContext|HttpRequest|HttpResponse|ClaimsPrincipal|ModelStateDictionary|I(?!Form)[A-Z]\w*"
    r"|\w*(?:Context|Db|Service|Services|Repository|Store|Client|Factory|Logger|Options|Manager"
    r"|Provider|Handler|Environment|Cache|Settings|Configuration|Engine|Writer|Encoder|Generator)"
    r"(?:<.*>)?"
)
_VOCABULARY = {
    "{guard-words}": "|".join(GUARD_WORDS),
    "{guard-words-lower}": "|".join(word.lower() for word in GUARD_WORDS),
    "{csharp-not-request-types}": CSHARP_NOT_REQUEST_TYPES,
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
