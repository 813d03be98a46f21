from django.contrib import admin

from tracesec.accounts.models import User


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    list_display = ("email", "full_name", "is_active", "is_staff", "date_joined")
    search_fields = ("email", "full_name")
    exclude = ("password",)
    readonly_fields = ("last_login", "date_joined")
