"""factory_boy factories for the service's models. Later apps add theirs here."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import factory
from django.utils import timezone

from tracesec.accounts.models import User
from tracesec.api.models import ApiToken
from tracesec.organizations.models import Invitation, Membership, Organization, Role

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def _save(obj: User, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            obj.save()


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Org {n}")
    slug = factory.Sequence(lambda n: f"org-{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    organization = factory.SubFactory(OrganizationFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.MEMBER


class InvitationFactory(factory.django.DjangoModelFactory):
    """Pass `token="..."` to know the raw token; it is stored hashed like the real service does."""

    class Meta:
        model = Invitation
        exclude = ("token",)

    organization = factory.SubFactory(OrganizationFactory)
    email = factory.Sequence(lambda n: f"invitee{n}@example.com")
    role = Role.MEMBER
    token = factory.LazyFunction(lambda: secrets.token_urlsafe(32))
    token_hash = factory.LazyAttribute(lambda o: hashlib.sha256(o.token.encode()).hexdigest())
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))


class ApiTokenFactory(factory.django.DjangoModelFactory):
    """Pass `raw="trc_..."` to know the token; otherwise one is generated (not retrievable)."""

    class Meta:
        model = ApiToken
        exclude = ("raw",)

    organization = factory.SubFactory(OrganizationFactory)
    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"token {n}")
    prefix = factory.Sequence(lambda n: f"{n:08x}")
    raw = factory.LazyAttribute(lambda o: f"trc_{o.prefix}_{secrets.token_urlsafe(32)}")
    token_hash = factory.LazyAttribute(lambda o: hashlib.sha256(o.raw.encode()).hexdigest())
