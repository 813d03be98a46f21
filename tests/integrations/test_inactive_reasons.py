"""Every provider words its own reasons for an inactive connection: in its own name, short
enough for the connection's columns, and no code claimed by two providers."""

from __future__ import annotations

from tracesec.integrations.models import Connection
from tracesec.integrations.registry import PROVIDERS, provider_label


def host_name(provider: str) -> str:
    """What admins call the host: the label's first word (Bitbucket Cloud → Bitbucket)."""
    return provider_label(provider).split()[0]


def test_each_provider_names_itself_in_its_reasons() -> None:
    for name, factory in PROVIDERS.items():
        reasons = factory().inactive_reasons
        assert reasons, name
        others = [host_name(other) for other in PROVIDERS if other != name]
        for reason in reasons:
            assert host_name(name) in reason.message, reason.code
            assert not any(other in reason.message for other in others), reason.code


def test_reasons_fit_the_connection_and_no_code_is_shared() -> None:
    code_length = Connection._meta.get_field("inactive_reason").max_length
    message_length = Connection._meta.get_field("inactive_message").max_length
    codes = [r.code for factory in PROVIDERS.values() for r in factory().inactive_reasons]
    assert len(codes) == len(set(codes))
    for factory in PROVIDERS.values():
        for reason in factory().inactive_reasons:
            assert len(reason.code) <= code_length
            assert len(reason.message) <= message_length
