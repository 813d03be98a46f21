from django import forms
from django.contrib.auth.password_validation import validate_password

from orders.models import Physician


class PortalLoginForm(forms.Form):
    npi = forms.CharField(label="NPI", max_length=10)
    password = forms.CharField(widget=forms.PasswordInput)
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class PhysicianProfileForm(forms.ModelForm):
    class Meta:
        model = Physician
        fields = ["display_name", "clinic", "clinic_website", "email", "notify_on_final", "notify_subject"]
        help_texts = {
            "notify_subject": "Subject of result e-mails, e.g. 'Results ready: {{ accession }}'.",
        }


class PasswordChangeForm(forms.Form):
    current = forms.CharField(widget=forms.PasswordInput)
    new = forms.CharField(widget=forms.PasswordInput)
    confirm = forms.CharField(widget=forms.PasswordInput)

    def clean(self):
        data = super().clean()
        if data.get("new") != data.get("confirm"):
            raise forms.ValidationError("The new passwords differ.")
        validate_password(data.get("new") or "")
        return data


class PriorResultsForm(forms.Form):
    fhir_base = forms.CharField(max_length=255)
    patient_identifier = forms.CharField(max_length=64)
    access_token = forms.CharField(max_length=4096, required=False)
