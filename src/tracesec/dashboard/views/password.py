"""Password reset with Django's views, our templates, and an audit event on success."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy

from tracesec.audit.models import AuditAction
from tracesec.audit.services import audit_record


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "dashboard/auth/password_reset.html"
    email_template_name = "dashboard/auth/password_reset_email.txt"
    subject_template_name = "dashboard/auth/password_reset_subject.txt"
    success_url = reverse_lazy("dashboard:password_reset_done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "dashboard/auth/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "dashboard/auth/password_reset_confirm.html"
    success_url = reverse_lazy("dashboard:password_reset_complete")

    def form_valid(self, form: Any) -> Any:
        response = super().form_valid(form)
        user = form.user
        for membership in user.memberships.select_related("organization"):
            audit_record(
                action=AuditAction.PASSWORD_RESET,
                organization=membership.organization,
                actor=user,
                request=self.request,
            )
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "dashboard/auth/password_reset_complete.html"
