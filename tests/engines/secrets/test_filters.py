from __future__ import annotations

import random
import string

import pytest

from tracesec.engines.secrets import filters, redact
from tracesec.engines.secrets.matcher import Matcher


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"${DB_PASSWORD}", "templated reference"),
        (b"{{ vault_token }}", "templated reference"),
        (b"%(password)s", "templated reference"),
        (b"<%= ENV['X'] %>", "templated reference"),
        (b"#{secret}", "templated reference"),
        (b"$API_KEY", "templated reference"),
        (b"<your-token>", "templated reference"),
        (b"s3cr3t-R4nd0m-V4lue", ""),
    ],
)
def test_templated(value: bytes, expected: str) -> None:
    assert filters.templated(value) == expected


@pytest.mark.parametrize(
    ("value", "is_placeholder"),
    [
        (b"changeme", True),
        (b"your_api_key_here", True),
        (b"xxxxxxxxxxxxxxxx", True),
        (b"aaaaaaaaaaaa", True),
        (b"abcdefghijkl", True),
        (b"1234567890ab", True),
        (b"REDACTED", True),
        (b"password", True),
        (b"Tq7#vLp2@Zr9", False),
    ],
)
def test_placeholder(value: bytes, is_placeholder: bool) -> None:
    assert bool(filters.placeholder(value)) is is_placeholder


def test_documentation_examples_are_known() -> None:
    assert filters.known_example(b"AKIAIOSFODNN7EXAMPLE")
    assert filters.known_example(b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    assert not filters.known_example(b"AKIAZ3MPLQ7W2XK4TY5N")


# Joined at run time, so no key-shaped literal sits in the tree.
_STRIPE_DOCS_KEY = "sk_" + "test_" + "4eC39HqLyjWDarjtT1zdp7dc"
_AZURITE_KEY = (
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq" + "/K1SZFPTOtr/KBHBeksoGMGw=="
)
_JWT_IO_TOKEN = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


@pytest.mark.parametrize(
    ("line", "look_alike"),
    [
        (f"STRIPE_SECRET_KEY={_STRIPE_DOCS_KEY}", f"STRIPE_SECRET_KEY={_STRIPE_DOCS_KEY[:-4]}Xq7Z"),
        (
            f'"Blob": "AccountName=devstoreaccount1;AccountKey={_AZURITE_KEY};"',
            f'"Blob": "AccountName=acme;AccountKey=Q{_AZURITE_KEY[1:]};"',
        ),
        (f'TOKEN = "{_JWT_IO_TOKEN}"', f'TOKEN = "{_JWT_IO_TOKEN[:-6]}Zk3pQ9"'),
    ],
)
def test_published_example_keys_are_not_findings(line: str, look_alike: str) -> None:
    """Stripe's documented test key, Azurite's account key and jwt.io's token are in every
    tutorial; a key of the same shape that differs by a few characters is still reported."""
    matcher = Matcher()
    assert matcher.scan(line.encode()) == []
    assert len(matcher.scan(look_alike.encode())) == 1


@pytest.mark.parametrize(
    ("value", "is_hash"),
    [
        (b"5f4dcc3b5aa765d61d8327deb882cf99", True),  # md5
        (b"da39a3ee5e6b4b0d3255bfef95601890afd80709", True),  # sha1
        (b"sha512-Zm9vYmFy", True),  # SRI integrity
        (b"$2b$12$abcdefghijklmnopqrstuv", True),  # bcrypt
        (b"5f4dcc3b5aa765d61d8327deb882cf9", False),  # 31 hex: not a digest length
    ],
)
def test_hash_like(value: bytes, is_hash: bool) -> None:
    assert bool(filters.hash_like(value)) is is_hash


def test_public_material() -> None:
    assert filters.public_material(b"-----BEGIN PUBLIC KEY-----")
    assert filters.public_material(b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")
    assert filters.public_material(b"-----BEGIN CERTIFICATE-----")
    assert not filters.public_material(b"-----BEGIN RSA PRIVATE KEY-----")


def test_entropy() -> None:
    assert filters.shannon_entropy(b"") == 0.0
    assert filters.shannon_entropy(b"aaaa") == 0.0
    assert filters.shannon_entropy(b"abcd") == pytest.approx(2.0)
    assert filters.low_entropy(b"aaaaaaab", 3.0)
    assert not filters.low_entropy(b"aZ3$kP9!qW", 3.0)


@pytest.mark.parametrize(
    ("value", "preview"),
    [
        (b"ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_\u20266789"),
        (b"0123456789abcdef", "01\u2026ef"),
        (b"short1", "\u2026"),
        (b"twelve-chars", "t\u2026s"),
    ],
)
def test_mask_reveals_at_most_a_quarter(value: bytes, preview: str) -> None:
    assert redact.mask(value) == preview
    shown = len(preview) - 1
    assert shown <= len(value) // 4


def test_redact_hashes_the_raw_value() -> None:
    import hashlib

    result = redact.redact(b"s3cr3t-value-123")
    assert result.sha256 == hashlib.sha256(b"s3cr3t-value-123").hexdigest()


def test_masked_line_hides_every_span_and_neutralises_control_characters() -> None:
    line = b"a = 'SECRETSECRETSECRET1' \x1b[31m b = 'SECRETSECRETSECRET1'"
    first = line.index(b"SECRET")
    second = line.index(b"SECRET", first + 1 + 20)
    text = redact.masked_line(line, [(first, first + 20), (second, second + 20)])
    assert "SECRETSECRETSECRET1" not in text
    assert "\x1b" not in text


def test_masked_line_keeps_tab_indentation() -> None:
    line = b'\t\treturn sql.Open("mysql", "app:Hq7zK2wP9xL4m@tcp(db)/app")\x1b'
    start = line.index(b"Hq7z")
    text = redact.masked_line(line, [(start, start + 13)])
    assert text.startswith("\t\treturn sql.Open(")
    assert "Hq7zK2wP9xL4m" not in text
    assert text.endswith("?")  # the escape character is still neutralised


def test_masked_line_caps_long_lines() -> None:
    line = b"x" * 5000 + b" token=ABCDEFGHIJKLMNOPQRSTUVWX " + b"y" * 5000
    start = line.index(b"ABCD")
    text = redact.masked_line(line, [(start, start + 24)])
    assert len(text) <= redact.MAX_SNIPPET_CHARS + 2
    assert "ABCDEFGHIJKLMNOPQRSTUVWX" not in text


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"SecretBytes", "type or class name"),
        (b"AWSSecretKey", "type or class name"),
        (b"3.0-3.12", "number or version"),
        (b"settings.DB_PASSWORD", "identifier"),
        (b"Tr0ub4dor&3", ""),
        (b"kVq7pZ2mW9", ""),
        (b"user_2fa_secret_v2", "identifier"),
        # a lower-case random key (a ZAP API key): digits spread through it
        (b"v9dn0balpqas1pcc281tn5ood1", ""),
    ],
)
def test_looks_like_identifier(value: bytes, reason: str) -> None:
    assert filters.looks_like_identifier(value) == reason


# Random at run time, so no credential-shaped literal sits in the tree.
_CIPHER = "".join(random.Random(7).choices(string.ascii_letters + string.digits + "+/", k=64))


@pytest.mark.parametrize(
    "encrypted",
    [
        f"  secretKey: vault:v1:{_CIPHER}",
        f"    STRIPE_SECRET_KEY: ENC[AES256_GCM,data:{_CIPHER},iv:{_CIPHER[:22]}=,type:str]",
        f"spring.datasource.password=ENC({_CIPHER[:40]})",
        '    "SecretKey": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/'
        f'{_CIPHER[:12]}/)"',
        f"      <password>{{{_CIPHER[:44]}=}}</password>",
        f'  db_password: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:{_CIPHER[:20]}"',
    ],
)
def test_encrypted_values_and_secret_store_references_are_not_findings(encrypted: str) -> None:
    """SOPS, Jasypt, Vault transit, Maven's encrypted passwords, Key Vault references and
    Secrets Manager ARNs keep the secret elsewhere; the same line with the value in clear is
    a finding."""
    value = _value_of(encrypted)
    assert filters.encrypted(value.encode())
    assert Matcher().scan(encrypted.encode()) == []
    clear = encrypted.replace(value, _CIPHER[:24])
    assert Matcher().scan(clear.encode()), clear


def _value_of(line: str) -> str:
    """The encrypted value or reference in ``line``: from its marker to a quote or a tag."""
    for marker in ("vault:v1:", "ENC[", "ENC(", "@Microsoft", "arn:aws", "{"):
        at = line.find(marker)
        if at >= 0:
            return line[at:].split('"')[0].split("</")[0]
    raise AssertionError(line)
