"""Dashboard forms: shape and field validation only; services do the writes."""

from __future__ import annotations

from django import forms

from tracesec.organizations.models import PR_GATE_OFF, Role


class SignUpForm(forms.Form):
    full_name = forms.CharField(label="Your name", max_length=150, required=False)
    email = forms.EmailField(label="Work email", max_length=254)
    password = forms.CharField(
        label="Password",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 10 characters, not a common password.",
    )
    organization_name = forms.CharField(label="Organization name", max_length=100)


class InvitedSignUpForm(forms.Form):
    full_name = forms.CharField(label="Your name", max_length=150, required=False)
    password = forms.CharField(
        label="Choose a password",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 10 characters, not a common password.",
    )


class SignInForm(forms.Form):
    email = forms.EmailField(label="Email", max_length=254)
    password = forms.CharField(
        label="Password", widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )


class OrganizationForm(forms.Form):
    name = forms.CharField(label="Organization name", max_length=100)


class InviteForm(forms.Form):
    email = forms.EmailField(label="Email address", max_length=254)
    role = forms.ChoiceField(label="Role", choices=Role.choices, initial=Role.MEMBER)


class RoleForm(forms.Form):
    role = forms.ChoiceField(label="Role", choices=Role.choices)


class TokenForm(forms.Form):
    name = forms.CharField(
        label="Token name", max_length=100, help_text="What will use it, e.g. “CI pipeline”."
    )


class SlaForm(forms.Form):
    """Days to fix an open finding, per severity, counted from when it was first seen."""

    critical = forms.IntegerField(label="Critical (days)", min_value=1, max_value=3650)
    high = forms.IntegerField(label="High (days)", min_value=1, max_value=3650)
    medium = forms.IntegerField(label="Medium (days)", min_value=1, max_value=3650)
    low = forms.IntegerField(label="Low (days)", min_value=1, max_value=3650)


class InCodeSuppressionsForm(forms.Form):
    """Whether ``trace-ignore`` comments are honoured in this organization's scans."""

    in_code_suppressions = forms.TypedChoiceField(
        label="trace-ignore comments",
        choices=(("allow", "Honour them"), ("disallow", "Do not honour them")),
        coerce=lambda value: value == "allow",
        widget=forms.RadioSelect,
    )


class PullRequestGateForm(forms.Form):
    """When a pull request's check fails: new findings at or above a severity, per engine."""

    severity = forms.ChoiceField(
        label="Fail the check on new findings of",
        choices=[
            ("critical", "Critical"),
            ("high", "High or worse"),
            ("medium", "Medium or worse"),
            ("low", "Low or worse"),
            (PR_GATE_OFF, "Never fail (neutral when something is new)"),
        ],
    )
    engines = forms.MultipleChoiceField(
        label="From these engines",
        choices=[("sast", "SAST"), ("sca", "SCA"), ("secrets", "Secrets")],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Findings of an unticked engine are still reported; they never fail the check.",
    )
