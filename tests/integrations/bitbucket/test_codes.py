"""Pairing-code and nonce primitives."""

from __future__ import annotations

import math

import pytest

from tracesec.integrations.bitbucket.codes import (
    ALPHABET,
    CODE_LENGTH,
    InvalidCode,
    digests_match,
    display_code,
    generate_code,
    generate_nonce,
    is_nonce_shaped,
    keyed_digest,
    normalize_code,
)


def test_alphabet_has_no_lookalikes() -> None:
    assert not set("01OILU") & set(ALPHABET)
    assert len(set(ALPHABET)) == len(ALPHABET) == 30


def test_entropy_at_least_55_bits() -> None:
    assert CODE_LENGTH * math.log2(len(ALPHABET)) >= 55


def test_codes_are_random_and_well_formed() -> None:
    codes = {generate_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == CODE_LENGTH and set(c) <= set(ALPHABET) for c in codes)
    # every symbol shows up (crude check that the full alphabet is used)
    assert set("".join(codes)) == set(ALPHABET)


def test_display_and_normalize_round_trip() -> None:
    code = generate_code()
    shown = display_code(code)
    assert shown.count("-") == 2
    assert len(shown) == 14
    assert normalize_code(shown) == code
    assert normalize_code(" " + shown.lower().replace("-", " ") + " ") == code


@pytest.mark.parametrize(
    "bad", ["", "ABC", "ABCD-EFGH-JKM0", "ABCD-EFGH-JKMNP", "ABCD-EFGH-JKÉN", None]
)
def test_normalize_refuses_bad_input(bad: str) -> None:
    with pytest.raises(InvalidCode):
        normalize_code(bad)


def test_nonce_entropy_and_shape() -> None:
    nonce = generate_nonce()
    assert len(nonce) >= 43  # 32 bytes url-safe
    assert is_nonce_shaped(nonce)
    assert not is_nonce_shaped("short")
    assert not is_nonce_shaped("x" * 129)
    assert not is_nonce_shaped("a" * 40 + "/")
    # `$` alone would accept a trailing newline; the Forge app refuses it, so must Trace.
    assert not is_nonce_shaped("a" * 40 + "\n")
    assert not is_nonce_shaped(123)


def test_keyed_digest_is_key_and_purpose_separated() -> None:
    a = keyed_digest(b"k1", "pairing", "CODE")
    assert a == keyed_digest(b"k1", "pairing", "CODE")
    assert a != keyed_digest(b"k2", "pairing", "CODE")
    assert a != keyed_digest(b"k1", "nonce", "CODE")
    assert "CODE" not in a
    assert digests_match(a, a)
    assert not digests_match(a, keyed_digest(b"k1", "pairing", "CODF"))
    with pytest.raises(ValueError, match="HMAC key"):
        keyed_digest(b"", "pairing", "x")
