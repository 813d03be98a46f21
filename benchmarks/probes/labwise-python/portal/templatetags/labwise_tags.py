from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

FLAG_CLASSES = {
    "N": "lw-flag-normal",
    "H": "lw-flag-high",
    "L": "lw-flag-low",
    "HH": "lw-flag-critical",
    "LL": "lw-flag-critical",
    "A": "lw-flag-abnormal",
}


@register.simple_tag
def flag_badge(flag, label):
    return format_html('<span class="lw-badge {}">{}</span>', FLAG_CLASSES.get(flag, "lw-flag-unknown"), label)  # SAFE xss


@register.simple_tag
def search_summary(term, count):
    if not term:
        return ""
    noun = "analyte" if count == 1 else "analytes"
    return mark_safe(f'<p class="lw-summary">{count} {noun} matching <strong>{term}</strong></p>')  # VULN xss


@register.simple_tag
def clinic_link(physician):
    if not physician.clinic_website:
        return physician.clinic
    return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', physician.clinic_website, physician.clinic)  # VULN xss


@register.filter
def result_value(result, units="conventional"):
    if units == "si" and result.unit == "mg/dL" and result.analyte_code == "GLU":
        try:
            return f"{float(result.value) * 0.0555:.1f} mmol/L"
        except ValueError:
            pass
    return f"{result.value} {result.unit}".strip()
