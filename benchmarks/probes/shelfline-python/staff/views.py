from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.http import FileResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.generic import DetailView, TemplateView

from catalog.models import Branch, Title
from circulation.models import Hold, Loan
from patrons.models import Patron
from patrons.services import featured_for_homepage

from . import auth as staff_auth
from . import labels
from .navigation import branch_for_user, post_login_target


class StaffLoginView(View):
    template_name = "staff/login.html"

    def get(self, request):
        return render(request, self.template_name, {"next": request.GET.get("next", "")})

    def post(self, request):
        user = authenticate(
            request,
            username=request.POST.get("username", "").strip(),
            password=request.POST.get("password", ""),
        )
        if user is None:
            messages.error(request, "Invalid username or password.")
            return render(request, self.template_name, {"next": request.POST.get("next", "")}, status=401)
        login(request, user)
        return HttpResponseRedirect(post_login_target(request))  # VULN redirect


class StaffLogoutView(View):
    def get(self, request):
        logout(request)
        next_url = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
            next_url = reverse("staff:login")
        return redirect(next_url)  # SAFE redirect


class DashboardView(LoginRequiredMixin, TemplateView):
    template_name = "staff/dashboard.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        branch_code = branch_for_user(self.request.user)
        ctx["branch"] = Branch.objects.filter(code=branch_code).first()
        ctx["featured"] = featured_for_homepage(Title.objects.order_by("-created_at")[:40])
        ctx["ready_holds"] = Hold.objects.filter(pickup_branch__code=branch_code, status="ready").count()
        return ctx


class PatronDetailView(LoginRequiredMixin, DetailView):
    model = Patron
    template_name = "staff/patron_detail.html"
    context_object_name = "patron"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["loans"] = Loan.objects.filter(patron=self.object, returned_at__isnull=True).select_related("copy__title")
        ctx["search_query"] = self.request.GET.get("q", "")
        return ctx


class HoldQueueView(LoginRequiredMixin, View):
    def get(self, request, branch_code):
        branch = get_object_or_404(Branch, code=branch_code)
        holds = (
            Hold.objects.filter(pickup_branch=branch, status__in=["waiting", "in_transit", "ready"])
            .select_related("title", "patron")
            .order_by("created_at")
        )
        return render(request, "staff/hold_queue.html", {"branch": branch, "holds": holds})


class PrintSpineLabelView(LoginRequiredMixin, View):
    def post(self, request):
        printer = request.POST.get("printer", "main-desk")
        call_number = request.POST.get("call_number", "")
        copies = request.POST.get("copies", "1")
        try:
            job = labels.print_spine_labels(printer, call_number, copies)
        except (labels.LabelError, ValueError) as exc:
            return JsonResponse({"ok": False, "error": str(exc)}, status=400)
        return JsonResponse({"ok": True, "job": job})


class PrintBarcodeView(LoginRequiredMixin, PermissionRequiredMixin, View):
    permission_required = "catalog.change_copy"

    def post(self, request):
        barcode = request.POST.get("barcode", "")
        if not barcode.isalnum():
            return JsonResponse({"ok": False, "error": "barcode must be alphanumeric"}, status=400)
        caption = request.POST.get("caption", "")
        png = labels.render_barcode_png(barcode, caption)
        return FileResponse(open(png, "rb"), content_type="image/png")


class StaffDirectorySearchView(LoginRequiredMixin, View):
    def get(self, request):
        q = request.GET.get("q", "")
        if len(q) < 2:
            return JsonResponse({"results": []})
        return JsonResponse({"results": staff_auth.search_directory(q)})
