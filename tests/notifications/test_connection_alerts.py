"""A connection that became inactive is announced by email and webhook, once."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction

from tests.support.builders import make_connection, make_member, make_org
from tests.support.webhook_receiver import Receiver
from tracesec.integrations.bitbucket.inactive import APP_UNINSTALLED
from tracesec.integrations.services import connection_deactivate
from tracesec.notifications.services import webhook_endpoint_create
from tracesec.organizations.models import Role

pytestmark = pytest.mark.django_db(transaction=True)


def test_deactivation_notifies_the_organization_once(receiver: Receiver) -> None:
    org, other = make_org(), make_org()
    admin = make_member(org, role=Role.ADMIN, email="admin@example.com")
    make_member(other, role=Role.ADMIN, email="other@example.com")
    webhook_endpoint_create(actor=admin, url=receiver.url, fmt="slack")
    connection = make_connection(org)

    assert connection_deactivate(connection_id=connection.pk, reason=APP_UNINSTALLED)
    assert not connection_deactivate(connection_id=connection.pk, reason=APP_UNINSTALLED)
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)

    [email] = mail.outbox
    assert email.to == ["admin@example.com"]
    assert "stopped working" in email.subject
    assert connection.display_name in email.subject
    [request] = receiver.requests
    assert "stopped working" in request.body.decode()


class _RolledBack(Exception):
    pass


def _deactivate_then_fail(connection_id: int) -> None:
    with transaction.atomic():
        connection_deactivate(connection_id=connection_id, reason=APP_UNINSTALLED)
        raise _RolledBack


def test_nothing_is_sent_when_the_deactivation_rolls_back(receiver: Any) -> None:
    org = make_org()
    make_member(org, role=Role.ADMIN, email="admin@example.com")
    connection = make_connection(org)
    with pytest.raises(_RolledBack):
        _deactivate_then_fail(connection.pk)
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
    assert mail.outbox == []
