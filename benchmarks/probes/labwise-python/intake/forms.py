from django import forms

from .models import CollectionStation, Patient, Sample


class SampleIntakeForm(forms.ModelForm):
    patient_mrn = forms.CharField(max_length=20)

    class Meta:
        model = Sample
        fields = ["barcode", "specimen_type", "collected_at", "station"]
        widgets = {"collected_at": forms.DateTimeInput(attrs={"type": "datetime-local"})}

    def clean_barcode(self):
        barcode = self.cleaned_data["barcode"].strip().upper()
        if not barcode.isalnum():
            raise forms.ValidationError("Barcodes are alphanumeric.")
        return barcode

    def clean_patient_mrn(self):
        mrn = self.cleaned_data["patient_mrn"].strip()
        try:
            return Patient.objects.get(mrn=mrn)
        except Patient.DoesNotExist:
            raise forms.ValidationError("Unknown MRN.")

    def save(self, commit=True):
        sample = super().save(commit=False)
        sample.patient = self.cleaned_data["patient_mrn"]
        if commit:
            sample.save()
        return sample


class LabelPrintForm(forms.Form):
    station = forms.ModelChoiceField(queryset=CollectionStation.objects.filter(active=True), to_field_name="code")
    printer = forms.CharField(max_length=64, required=False)
    copies = forms.IntegerField(min_value=1, max_value=10, initial=1)


class RequisitionUploadForm(forms.Form):
    station = forms.ModelChoiceField(queryset=CollectionStation.objects.filter(active=True), to_field_name="code")
    archive = forms.FileField(help_text="ZIP of scanned requisition forms")

    def clean_archive(self):
        archive = self.cleaned_data["archive"]
        if not archive.name.lower().endswith(".zip"):
            raise forms.ValidationError("Upload a .zip file.")
        if archive.size > 200 * 1024 * 1024:
            raise forms.ValidationError("Archive is larger than 200 MB.")
        return archive


class KioskPasscodeForm(forms.Form):
    badge_id = forms.CharField(max_length=24)
    passcode = forms.CharField(max_length=8, widget=forms.PasswordInput)
    confirm = forms.CharField(max_length=8, widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("passcode") != data.get("confirm"):
            raise forms.ValidationError("Passcodes do not match.")
        return data
