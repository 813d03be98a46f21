from typing import Any

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError

from tracesec.accounts.models import User
from tracesec.accounts.services import signin_record, user_authenticate
from tracesec.common.errors import ApplicationError


class AdminSignInForm(AdminAuthenticationForm):
    """The admin's sign-in goes through the same throttle and audit as the dashboard's, so
    /admin/login/ is not a second, unlimited door for password guessing."""

    def clean(self) -> dict[str, Any]:
        email = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if email is not None and password:
            try:
                user = user_authenticate(request=self.request, email=email, password=password)
            except ApplicationError as exc:
                raise ValidationError(exc.message, code=exc.code) from exc
            self.confirm_login_allowed(user)  # active staff only
            self.user_cache = user
            assert self.request is not None
            signin_record(self.request, user)
        return self.cleaned_data


admin.site.login_form = AdminSignInForm


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    list_display = ("email", "full_name", "is_active", "is_staff", "date_joined")
    search_fields = ("email", "full_name")
    exclude = ("password",)
    readonly_fields = ("last_login", "date_joined")
