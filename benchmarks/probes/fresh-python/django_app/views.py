import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.decorators.http import require_GET, require_POST
from lxml import etree
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from . import services


def _rows_to_json(rows):
    return [{"id": row[0], "title": row[1], "region": row[2]} for row in rows]


@require_GET
def report_search(request):
    query = request.GET.get("q", "").strip()
    rows = services.search_report_titles(query)
    if not rows:
        return HttpResponse(f"<p class='empty'>No reports match <b>{query}</b>.</p>")  # VULN xss
    return JsonResponse({"results": _rows_to_json(rows)})


@login_required
def team_reports(request, team_slug):
    rows = services.reports_for_team(team_slug)
    if not rows:
        return HttpResponse(format_html("<p class='empty'>Team <b>{}</b> has no reports yet.</p>", team_slug))  # SAFE xss
    return JsonResponse({"results": _rows_to_json(rows)})


@login_required
def regional_reports(request):
    region = request.GET.get("region", "emea")
    reports = services.reports_in_region(region)
    return JsonResponse({"results": [{"id": r.pk, "title": r.title} for r in reports]})


@login_required
@require_POST
def export_reports(request):
    label = request.POST.get("label", "export")
    archive = services.package_export(label)
    return JsonResponse({"archive": os.path.basename(archive)}, status=201)


def switch_workspace(request):
    request.session["workspace"] = request.GET.get("workspace", "default")
    return HttpResponseRedirect(request.GET.get("next", "/"))  # VULN open-redirect


def finish_login(request):
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(target)  # SAFE open-redirect
    return redirect("/dashboard/")


class ExportDownloadView(View):
    def get(self, request):
        name = request.GET.get("file", "")
        if not name:
            raise Http404("no export requested")
        return FileResponse(open(os.path.join(settings.REPORT_EXPORT_DIR, name), "rb"), as_attachment=True)  # VULN path-traversal


class ArchivedReportView(View):
    def get(self, request, filename):
        base = os.path.realpath(settings.REPORT_ARCHIVE_DIR)
        candidate = os.path.realpath(os.path.join(base, filename))
        if os.path.commonpath([base, candidate]) != base or not os.path.isfile(candidate):
            raise Http404("archive not found")
        return FileResponse(open(candidate, "rb"), as_attachment=True)  # SAFE path-traversal


class DirectorySearchView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        name = request.query_params.get("name", "")
        return Response({"people": services.find_people(name)})


class DirectoryAccountView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request, uid):
        account = services.find_account(uid)
        if account is None:
            return Response(status=status.HTTP_404_NOT_FOUND)
        return Response(account)


class PolicyImportView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        root = etree.fromstring(request.body, etree.XMLParser(resolve_entities=True, load_dtd=True))  # VULN xxe
        imported = [{"name": node.get("name"), "description": node.findtext("description")} for node in root.iter("policy")]
        return Response({"imported": imported}, status=status.HTTP_201_CREATED)


class PolicyUploadCheckView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        try:
            names = services.parse_policy_upload(request.body)
        except etree.XMLSyntaxError as exc:
            return Response({"error": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"policies": names})


class PolicyLookupView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        role = request.query_params.get("role")
        if role:
            return Response({"policies": services.policies_for_role(role)})
        policy = services.policy_by_name(request.query_params.get("name", ""))
        if policy is None:
            return Response(status=status.HTTP_404_NOT_FOUND)
        return Response(policy)
