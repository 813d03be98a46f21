import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DetailView, FormView

from core.labels import LabelError

from .forms import KioskPasscodeForm, LabelPrintForm, RequisitionUploadForm, SampleIntakeForm
from .models import KioskOperator, Sample
from .services import KioskService, LabelService, RequisitionImportService, SampleSearchService

logger = logging.getLogger(__name__)


@login_required
def sample_search(request):
    term = request.GET.get("q", "").strip()
    sort = request.GET.get("sort", "received")
    direction = request.GET.get("dir", "desc")
    samples = SampleSearchService().search(term, sort, direction) if term else []
    return render(
        request,
        "intake/sample_search.html",
        {"samples": samples, "q": term, "sort": sort, "dir": direction},
    )


@login_required
def status_dashboard(request):
    station_code = request.GET.get("station") or None
    counts = SampleSearchService().dashboard_counts(station_code)
    return JsonResponse(counts)


class SampleCreateView(LoginRequiredMixin, PermissionRequiredMixin, CreateView):
    permission_required = "intake.add_sample"
    form_class = SampleIntakeForm
    template_name = "intake/sample_form.html"

    def get_success_url(self):
        return reverse_lazy("intake:sample_detail", kwargs={"pk": self.object.pk})


class SampleDetailView(LoginRequiredMixin, DetailView):
    model = Sample
    template_name = "intake/sample_detail.html"
    context_object_name = "sample"

    def get_queryset(self):
        return super().get_queryset().select_related("patient", "station", "order")


@login_required
@require_POST
def print_label(request, pk):
    sample = get_object_or_404(Sample, pk=pk)
    form = LabelPrintForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    try:
        used = LabelService().print_for_sample(
            sample,
            form.cleaned_data["printer"],
            form.cleaned_data["station"],
            copies=form.cleaned_data["copies"],
        )
    except LabelError as exc:
        logger.warning("label print failed for %s: %s", sample.barcode, exc)
        return JsonResponse({"detail": str(exc)}, status=502)
    return JsonResponse({"printer": used})


class RequisitionUploadView(LoginRequiredMixin, PermissionRequiredMixin, FormView):
    permission_required = "intake.add_requisitionbatch"
    form_class = RequisitionUploadForm
    template_name = "intake/requisition_upload.html"
    success_url = reverse_lazy("intake:requisition_upload")

    def form_valid(self, form):
        batch = RequisitionImportService().import_archive(
            form.cleaned_data["archive"], self.request.user, form.cleaned_data["station"]
        )
        messages.success(self.request, f"Imported {batch.file_count} requisition scans.")
        return super().form_valid(form)


@login_required
@permission_required("intake.change_kioskoperator", raise_exception=True)
def kiosk_passcode(request):
    form = KioskPasscodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        operator = get_object_or_404(KioskOperator, badge_id=form.cleaned_data["badge_id"], active=True)
        try:
            KioskService().set_passcode(operator, form.cleaned_data["passcode"])
        except ValueError as exc:
            form.add_error("passcode", str(exc))
        else:
            messages.success(request, f"Passcode updated for {operator.display_name}.")
            return redirect("intake:kiosk_passcode")
    return render(request, "intake/kiosk_passcode.html", {"form": form})
