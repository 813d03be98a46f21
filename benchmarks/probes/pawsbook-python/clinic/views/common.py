from rest_framework import permissions
from rest_framework.exceptions import PermissionDenied

from clinic.models import StaffProfile


def staff_clinic_code(request):
    try:
        return request.user.staff_profile.clinic.code
    except (AttributeError, StaffProfile.DoesNotExist) as exc:
        raise PermissionDenied("Staff profile required") from exc


class IsClinicStaff(permissions.BasePermission):
    def has_permission(self, request, view):
        return bool(
            request.user
            and request.user.is_authenticated
            and hasattr(request.user, "staff_profile")
        )
