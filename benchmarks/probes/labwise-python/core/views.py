from dataclasses import asdict

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .ldap_directory import StaffDirectory


@login_required
@require_GET
def staff_search(request):
    """Type-ahead used when assigning a verifying technologist or pathologist."""
    query = request.GET.get("q", "").strip()
    if len(query) < 2:
        return JsonResponse({"results": []})
    members = StaffDirectory().search_staff(query)
    return JsonResponse({"results": [asdict(m) for m in members]})


@login_required
@require_GET
def staff_detail(request, uid):
    member = StaffDirectory().get_by_uid(uid)
    if member is None:
        return JsonResponse({"detail": "not found"}, status=404)
    return JsonResponse(asdict(member))
