"""Server-rendered printable pages (invoices are printed from the browser)."""
from __future__ import annotations

import html
from decimal import Decimal

from pawchart.models.orm import Invoice

_STYLE = """
body { font-family: "Helvetica Neue", Arial, sans-serif; margin: 2.5rem; color: #222; }
h1.doc-title { font-size: 1.6rem; margin-bottom: 0.2rem; }
table { width: 100%; border-collapse: collapse; margin-top: 1.5rem; }
td, th { border-bottom: 1px solid #ddd; padding: 0.4rem; text-align: left; }
td.num, th.num { text-align: right; }
.memo { margin-top: 1rem; font-style: italic; }
footer { margin-top: 3rem; font-size: 0.8rem; color: #666; }
"""


def _money(value: Decimal) -> str:
    return f"£{value:,.2f}"


def render_invoice_page(
    invoice: Invoice,
    clinic_name: str,
    title: str,
    memo: str,
    footer: str | None = None,
) -> str:
    rows = []
    for line in invoice.lines:
        rows.append(
            "<tr>"
            f"<td>{html.escape(line.description)}</td>"
            f"<td class='num'>{line.quantity}</td>"
            f"<td class='num'>{_money(line.unit_price)}</td>"
            f"<td class='num'>{_money(line.amount)}</td>"
            "</tr>"
        )
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)} {html.escape(invoice.number)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1 class='doc-title' data-title='{html.escape(title, quote=False)}'>{html.escape(clinic_name)}</h1>",  # VULN xss
        f"<p>Invoice <strong>{html.escape(invoice.number)}</strong>, issued {invoice.issued_on:%d %b %Y},"
        f" due {invoice.due_on:%d %b %Y}</p>",
        f"<p>Billed to: {html.escape(invoice.owner.full_name)}</p>",
        "<table><thead><tr><th>Item</th><th class='num'>Qty</th><th class='num'>Unit</th>"
        "<th class='num'>Amount</th></tr></thead><tbody>",
        "".join(rows),
        f"</tbody></table><p class='num'><strong>Total {_money(invoice.total)}</strong></p>",
    ]
    if memo:
        parts.append(f"<p class='memo'>{html.escape(memo)}</p>")  # SAFE xss
    if footer:
        parts.append(f"<footer>{html.escape(footer)}</footer>")
    parts.append("<script>window.addEventListener('load', () => window.print());</script></body></html>")
    return "".join(parts)
