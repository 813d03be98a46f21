from django.utils.html import format_html
from django.utils.safestring import mark_safe

SPECIES_CSS = {
    "dog": "badge-dog",
    "cat": "badge-cat",
    "rabbit": "badge-rabbit",
    "bird": "badge-bird",
    "reptile": "badge-reptile",
}


def allergy_highlight(term):
    if not term:
        return ""
    return mark_safe(f'<mark class="allergy-hit">{term}</mark>')  # VULN xss


def species_badge(species, label):
    css = SPECIES_CSS.get(species, "badge-default")
    return format_html('<span class="badge {}">{}</span>', css, label)  # SAFE xss
