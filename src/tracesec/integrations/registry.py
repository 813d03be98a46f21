"""Explicit registry of providers (no discovery, no dotted paths): one line per provider."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tracesec.integrations.base import CredentialHalt, HaltCode, Provider
from tracesec.integrations.bitbucket.provider import BitbucketProvider
from tracesec.integrations.github.provider import GitHubProvider
from tracesec.integrations.models import Provider as ProviderName

PROVIDERS: Mapping[str, Callable[[], Provider]] = {
    BitbucketProvider.name: BitbucketProvider,
    GitHubProvider.name: GitHubProvider,
}


def provider_for(name: str) -> Provider:
    factory = PROVIDERS.get(name)
    if factory is None:
        raise CredentialHalt(HaltCode.UNSUPPORTED_PROVIDER, f"Provider {name!r} is not supported.")
    return factory()


def provider_label(name: str) -> str:
    """How users read a provider's name (``models.Provider`` choices); an unknown one as stored."""
    return str(ProviderName(name).label) if name in ProviderName.values else (name or "provider")
