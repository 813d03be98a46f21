"""Pure predicates that tell a credential-shaped string that is not a credential.

Each returns a short reason (for tests and debugging) or ``""`` when the value may be real.
They see the raw value, so they must never log or raise with it.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter

# Documentation keys published by providers as examples (AWS docs, RFCs ...).
KNOWN_EXAMPLES = frozenset(
    {
        b"AKIAIOSFODNN7EXAMPLE",
        b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        b"AKIAI44QH8DHBEXAMPLE",
        b"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        b"ASIAIOSFODNN7EXAMPLE",
    }
)

# Published example credentials that are not credential-shaped enough to carry "EXAMPLE", kept
# as SHA-256 digests so this tree holds no key-shaped literal (push protection, our own scan).
KNOWN_EXAMPLE_DIGESTS = frozenset(
    {
        # Stripe's API reference test keys (sk_test_4eC3..., sk_test_BQok...)
        "2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326",
        "f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397",
        # the Azure Storage emulator's (Azurite's) well-known account key for devstoreaccount1
        "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059",
        # jwt.io's debugger token (HS256, "John Doe", signed with "your-256-bit-secret")
        "7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606",
    }
)

# ${VAR}, $VAR, {{ var }}, %(name)s, <%= x %>, #{x}, ((var)), @var@, $(cmd): references, not values.
_TEMPLATED = re.compile(
    rb"\$\{[^}]*\}|\$\([^)]*\)|^\$[A-Za-z_][A-Za-z0-9_]*$|\{\{.*?\}\}|%\([^)]+\)[sdr]|<%=?.*?%>|"
    rb"#\{[^}]*\}|\(\([^)]*\)\)|^@[A-Za-z_]+@$|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[A-Z_ -]+\]$"
)
# Encrypted at rest or kept in a secret store: SOPS (ENC[AES256_GCM,...]), Jasypt (ENC(...)),
# Vault transit (vault:v1:...), Ansible Vault, Maven's master-password encryption ({...}),
# Azure App Service Key Vault references, AWS Secrets Manager and SSM parameter ARNs.
_ENCRYPTED = re.compile(
    rb"ENC\[[A-Z0-9_]+,|ENC\(|vault:v\d+:|\$ANSIBLE_VAULT;|@Microsoft\.KeyVault\(|"
    rb"arn:aws(?:-[a-z]+)*:(?:secretsmanager|ssm):|\{[A-Za-z0-9+/]{16,}={0,2}\}$"
)
_PLACEHOLDER_WORDS = re.compile(
    rb"(?i)example|placeholder|changeme|change_me|change-me|replace[_-]?me|your[_-]?|"
    rb"dummy|redacted|xxxx|\*\*\*|\.\.\.|insert[_-]?|fake|sample|todo|fixme|passw(?:or)?d|"
    rb"not[_-]?a[_-]?real|lorem|^(?:test|secret|password|passwd|token|none|null|nil|"
    rb"undefined|true|false|empty|default|string|value|admin|root|user|guest|hunter2)$"
)
_SEQUENCES = (
    b"0123456789",
    b"abcdefghijklmnopqrstuvwxyz",
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    b"qwertyuiop",
)
_HEX = re.compile(rb"^[0-9a-fA-F]+$")
HASH_HEX_LENGTHS = frozenset({32, 40, 56, 64, 96, 128})
_HASH_PREFIX = re.compile(
    rb"^(?:sha(?:1|224|256|384|512)[-:=]|md5[-:=]|\$2[aby]?\$\d\d\$|\$argon2)"
)
_PUBLIC_MATERIAL = re.compile(
    rb"-----BEGIN (?:[A-Z0-9 ]+ )?PUBLIC KEY-----|-----BEGIN CERTIFICATE|"
    rb"^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+) AAAA"
)


def shannon_entropy(value: bytes) -> float:
    """Bits per character."""
    if not value:
        return 0.0
    length = len(value)
    return -sum(n / length * math.log2(n / length) for n in Counter(value).values())


def templated(value: bytes) -> str:
    return "templated reference" if _TEMPLATED.search(value) else ""


def encrypted(value: bytes) -> str:
    """Ciphertext kept in the file, or a reference to a secret store: not the secret."""
    return "encrypted or a secret store reference" if _ENCRYPTED.match(value) else ""


def known_example(value: bytes) -> str:
    if value in KNOWN_EXAMPLES or b"EXAMPLE" in value:
        return "documentation example"
    if hashlib.sha256(value).hexdigest() in KNOWN_EXAMPLE_DIGESTS:
        return "documentation example"
    return ""


def placeholder(value: bytes) -> str:
    if _PLACEHOLDER_WORDS.search(value):
        return "placeholder"
    if len(set(value)) <= 2:
        return "repeated characters"
    for seq in _SEQUENCES:
        for size in (8,):
            for i in range(len(seq) - size + 1):
                if seq[i : i + size] in value:
                    return "character sequence"
    if re.search(rb"(.)\1{7,}", value):
        return "repeated characters"
    return ""


def hash_like(value: bytes) -> str:
    if _HASH_PREFIX.search(value):
        return "hash"
    if len(value) in HASH_HEX_LENGTHS and _HEX.match(value):
        return "hex digest length"
    return ""


def public_material(value: bytes) -> str:
    return "public key or certificate" if _PUBLIC_MATERIAL.search(value) else ""


def low_entropy(value: bytes, threshold: float) -> str:
    if threshold and shannon_entropy(value) < threshold:
        return "low entropy"
    return ""


def _digits_throughout(value: bytes) -> bool:
    """Whether digits are spread through a lower-case value as in a random key
    (``v9dn0balpqas1pcc281tn5ood1``), not a name's version or suffix (``token_v2``)."""
    digits = sum(48 <= b <= 57 for b in value)
    return digits >= 4 and digits * 100 >= len(value) * 15


def looks_like_identifier(value: bytes) -> str:
    """``settings.SECRET_KEY``, ``get_password``, ``TOKEN_NAME``: code, not a value."""
    if re.fullmatch(
        rb"[a-z_][a-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:\(\))?", value
    ) and not _digits_throughout(value):
        return "identifier"
    if re.fullmatch(rb"[A-Z_][A-Z0-9_]*", value):
        return "identifier"
    if re.fullmatch(rb"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+(?:\(.*)?", value):
        return "attribute reference"
    if re.fullmatch(rb"[A-Za-z_][A-Za-z0-9_]*\(.*", value):
        return "function call"
    if re.fullmatch(rb"[a-z_]+(?:[|_.,:;/ -]+[a-z_]+)+[|_.,:;/-]*", value):
        return "list of words"
    if value.startswith((b"/", b"./", b"../", b"~/", b"http://", b"https://")):
        return "path or URL"
    # ``password: SecretBytes``, ``secret: PotentialSecret``: a type or class name
    if re.fullmatch(rb"[A-Z][A-Za-z]*[a-z][A-Za-z]*", value):
        return "type or class name"
    if re.fullmatch(rb"[0-9.:_-]+", value):
        return "number or version"
    return ""
