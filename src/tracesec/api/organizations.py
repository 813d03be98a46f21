"""Current user, organizations and members. Thin: access → service/selector → schema."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from tracesec.api.auth import request_auth
from tracesec.api.pagination import Pagination
from tracesec.common.errors import NotFoundError
from tracesec.organizations.access import access_membership_by_id
from tracesec.organizations.models import Membership, Role
from tracesec.organizations.selectors import membership_list
from tracesec.organizations.services import membership_remove, membership_role_change

router = Router(tags=["organizations"])


class UserOut(Schema):
    id: int
    email: str
    full_name: str


class OrganizationOut(Schema):
    id: int
    name: str
    slug: str
    role: str


class MemberOut(Schema):
    id: int
    user: UserOut
    role: str
    created_at: datetime


class MemberRoleIn(Schema):
    role: Role


def _organization_out(membership: Membership) -> OrganizationOut:
    org = membership.organization
    return OrganizationOut(id=org.pk, name=org.name, slug=org.slug, role=membership.role)


def actor_for_organization(request: HttpRequest, organization_id: int) -> Membership:
    """A token reaches exactly one organization; any other id is a 404 (never a 403)."""
    membership = request_auth(request).membership
    if membership.organization_id != organization_id:
        raise NotFoundError("Organization not found.")
    return membership


@router.get("/me", response=UserOut, summary="The user who owns the API token")
def me(request: HttpRequest) -> UserOut:
    user = request_auth(request).membership.user
    return UserOut(id=user.pk, email=user.email, full_name=user.full_name)


@router.get(
    "/organizations", response=list[OrganizationOut], summary="Organizations this token reaches"
)
@paginate(Pagination)
def organization_list(request: HttpRequest) -> list[OrganizationOut]:
    return [_organization_out(request_auth(request).membership)]


@router.get("/organizations/{organization_id}", response=OrganizationOut)
def organization_detail(request: HttpRequest, organization_id: int) -> OrganizationOut:
    return _organization_out(actor_for_organization(request, organization_id))


@router.get("/organizations/{organization_id}/members", response=list[MemberOut])
@paginate(Pagination)
def member_list(request: HttpRequest, organization_id: int):  # type: ignore[no-untyped-def]
    actor = actor_for_organization(request, organization_id)
    return membership_list(organization=actor.organization)


@router.get("/organizations/{organization_id}/members/{member_id}", response=MemberOut)
def member_detail(request: HttpRequest, organization_id: int, member_id: int) -> Membership:
    actor = actor_for_organization(request, organization_id)
    return access_membership_by_id(actor, member_id)


@router.patch(
    "/organizations/{organization_id}/members/{member_id}",
    response=MemberOut,
    summary="Change a member's role (admins; owner changes need an owner)",
)
def member_update(
    request: HttpRequest, organization_id: int, member_id: int, payload: MemberRoleIn
) -> Membership:
    actor = actor_for_organization(request, organization_id)
    target = access_membership_by_id(actor, member_id)
    return membership_role_change(
        actor=actor, membership=target, role=payload.role.value, request=request
    )


@router.delete(
    "/organizations/{organization_id}/members/{member_id}",
    response={204: None},
    summary="Remove a member (never the last owner)",
)
def member_delete(request: HttpRequest, organization_id: int, member_id: int) -> Status[None]:
    actor = actor_for_organization(request, organization_id)
    target = access_membership_by_id(actor, member_id)
    membership_remove(actor=actor, membership=target, request=request)
    return Status(204, None)
