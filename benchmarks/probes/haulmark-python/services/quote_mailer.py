import jinja2
from django.conf import settings
from django.core.mail import EmailMessage
from django.template import engines

QUOTE_TEMPLATES = {
    "standard": (
        "Rate quote #{{ quote.id }} for {{ quote.load.reference }} ({{ quote.lane_code }}, {{ quote.miles }} mi)\n"
        "Linehaul ${{ quote.linehaul }} + fuel ${{ quote.fuel_surcharge }} = ${{ quote.total }} all-in\n"
    ),
    "brief": "{{ quote.load.reference }} {{ quote.lane_code }}: ${{ quote.total }} all-in.\n",
}
DEFAULT_FOOTER = "Quote valid for 24 hours. Subject to carrier availability."


class QuoteMailer:
    def render_body(self, quote, style):
        source = QUOTE_TEMPLATES.get(style, QUOTE_TEMPLATES["standard"])
        return engines["django"].from_string(source).render({"quote": quote})  # SAFE ssti

    def render_footer(self, quote, footer):
        if not footer:
            return DEFAULT_FOOTER
        return jinja2.Template(footer).render(quote=quote, broker=settings.BROKER_NAME)  # VULN ssti

    def send(self, quote, recipient, style="standard", footer=None):
        body = self.render_body(quote, style) + "\n--\n" + self.render_footer(quote, footer)
        EmailMessage(f"Haulmark quote {quote.load.reference}", body, settings.DEFAULT_FROM_EMAIL, [recipient]).send()
