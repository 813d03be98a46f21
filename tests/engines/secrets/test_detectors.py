"""Table-driven check of every detector's own examples and counter-examples."""

from __future__ import annotations

import pytest
import re2

from tracesec.engines.secrets.detectors.base import B64, Detector, fake
from tracesec.engines.secrets.detectors.registry import DETECTORS
from tracesec.engines.secrets.matcher import Matcher

MATCHER = Matcher()
AC_MATCHER = Matcher(prefilter="aho-corasick")

EXAMPLES = [(d.id, ex) for d in DETECTORS for ex in d.examples]
COUNTER_EXAMPLES = [(d.id, ex) for d in DETECTORS for ex in d.counter_examples]


def _ids(matcher: Matcher, text: str) -> list[str]:
    return [hit.detector.id for hit in matcher.scan(text.encode())]


@pytest.mark.parametrize(("detector_id", "example"), EXAMPLES, ids=[i for i, _ in EXAMPLES])
def test_example_is_found_once_by_its_detector(detector_id: str, example: str) -> None:
    assert _ids(MATCHER, example) == [detector_id]


@pytest.mark.parametrize(
    ("detector_id", "example"), COUNTER_EXAMPLES, ids=[i for i, _ in COUNTER_EXAMPLES]
)
def test_counter_example_is_not_found_by_its_detector(detector_id: str, example: str) -> None:
    assert detector_id not in _ids(MATCHER, example)


@pytest.mark.parametrize("detector", DETECTORS, ids=[d.id for d in DETECTORS])
def test_detector_is_well_formed(detector: Detector) -> None:
    assert detector.examples, "every detector carries true-positive examples"
    assert detector.counter_examples, "every detector carries false-positive examples"
    assert detector.keywords
    assert all(k == k.lower() for k in detector.keywords)
    for example in detector.examples:
        assert any(k in example.lower() for k in detector.keywords), "prefilter would miss it"
    regex = re2.compile(detector.pattern.encode())
    assert max(detector.groups) <= regex.groups


def test_an_aws_secret_passed_after_its_key_id_is_found_with_it() -> None:
    """The SDKs' static credentials take the id and the secret as positional arguments, with
    no name that says "secret" (Go's NewStaticCredentialsProvider, Java's BasicAWSCredentials)."""
    key_id = fake("AKIA", 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "pair")
    secret = fake("", 40, B64, "pair")
    go = f'credentials.NewStaticCredentialsProvider(\n\t"{key_id}",\n\t"{secret}",\n\t"",\n)'
    java = f'new BasicAWSCredentials("{key_id}", "{secret}")'
    for text in (go, java):
        hits = MATCHER.scan(text.encode())
        assert [(h.detector.id, h.value.decode()) for h in hits] == [
            ("aws-access-key-id", key_id),
            ("aws-secret-access-key", secret),
        ]
    assert _ids(MATCHER, f'new BasicAWSCredentials("{key_id}", secretFromVault)') == [
        "aws-access-key-id"
    ]


def test_enough_credential_types_across_provider_families() -> None:
    ids = {d.id for d in DETECTORS}
    assert len(ids) == len(DETECTORS), "detector ids are unique"
    assert len([d for d in DETECTORS if not d.generic]) >= 60
    expected = {
        "aws-access-key-id",  # cloud
        "gcp-api-key",
        "azure-storage-account-key",
        "github-pat",  # VCS / CI
        "gitlab-pat",
        "atlassian-api-token",
        "circleci-token",
        "stripe-secret-key",  # payment
        "square-access-token",
        "slack-bot-token",  # messaging
        "telegram-bot-token",
        "sendgrid-api-key",  # e-mail
        "mailgun-api-key",
        "npm-access-token",  # package registries
        "pypi-upload-token",
        "rubygems-api-key",
        "private-key",  # keys
        "database-url-password",  # databases
        "jdbc-url-password",
        "jwt-signing-secret",  # JWT
        "generic-secret",
    }
    assert expected <= ids


def test_both_prefilters_select_the_same_detectors() -> None:
    corpus = "\n".join(ex for d in DETECTORS for ex in (*d.examples, *d.counter_examples))
    data = corpus.encode()
    assert MATCHER.candidates(data) == AC_MATCHER.candidates(data)
    assert [(h.detector.id, h.start) for h in MATCHER.scan(data)] == [
        (h.detector.id, h.start) for h in AC_MATCHER.scan(data)
    ]


def test_generic_loses_to_a_specific_detector_on_the_same_value() -> None:
    token = DETECTORS[0].examples[0].split('"')[1]  # an AWS key id from the examples
    line = f'my_secret_token = "{token}"'
    assert _ids(MATCHER, line) == ["aws-access-key-id"]


def test_prefilter_skips_regexes_without_keywords() -> None:
    assert MATCHER.candidates(b"nothing to see here\n") == []


def test_kubernetes_secret_data_is_judged_decoded() -> None:
    """The base64 text is the span; the decoded value is what is hashed and filtered."""
    import base64

    from tracesec.engines.secrets.detectors.base import fake

    secret = fake("", 18, "abcdefghijkmnpqrstuvwxyzACDEFGH2345679!#%", "k8s-test")
    encoded = base64.b64encode(secret.encode()).decode()
    manifest = (
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {encoded}\n"
    )
    [hit] = MATCHER.scan(manifest.encode())
    assert hit.detector.id == "kubernetes-secret-data"
    assert hit.value == secret.encode()
    assert manifest.encode()[hit.start : hit.end] == encoded.encode()
    placeholder = base64.b64encode(b"changeme").decode()
    assert MATCHER.scan(f"kind: Secret\ndata:\n  password: {placeholder}\n".encode()) == []


def test_kubernetes_secret_sections_decide_how_a_value_is_read() -> None:
    """``data:`` values are base64 and decoded; ``stringData:`` values are plain text."""
    import base64

    from tracesec.engines.secrets.detectors.base import fake

    plain = fake("", 20, "abcdefghijkmnpqrstuvwxyzACDEFGH2345679", "k8s-plain")
    token = fake("", 22, "abcdefghijkmnpqrstuvwxyzACDEFGH2345679", "k8s-token")
    encoded = base64.b64encode(token.encode()).decode()
    manifest = (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\n"
        f"stringData:\n  # written by the deploy job\n  db-password: '{plain}'\n"
        "  smtp-password: ${SMTP_PASSWORD}\n"
        f"data:\n  api-token: {encoded}\n"
    )
    hits = {hit.detector.id: hit.value for hit in MATCHER.scan(manifest.encode())}
    assert hits == {
        "kubernetes-secret-stringdata": plain.encode(),
        "kubernetes-secret-data": token.encode(),
    }
