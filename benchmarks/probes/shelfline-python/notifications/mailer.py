"""Patron e-mail rendering.

Network-wide templates live on disk; branches may override the overdue
notice body, and the outreach team writes newsletter campaigns in the admin.
"""
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

TEMPLATE_DIR = Path(__file__).resolve().parent / "email_templates"

_file_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
)
_branch_env = Environment(autoescape=False, trim_blocks=True, lstrip_blocks=True)
_campaign_env = SandboxedEnvironment(autoescape=True)


def _overdue_context(loan):
    patron = loan.patron
    return {
        "patron_name": patron.display_name,
        "card_last4": patron.card_number[-4:],
        "title": loan.copy.title.title,
        "due_date": loan.due_date.strftime("%B %-d, %Y"),
        "branch_name": loan.checkout_branch.name,
        "branch_phone": loan.checkout_branch.phone,
    }


def render_overdue_notice(loan):
    context = _overdue_context(loan)
    branch = loan.checkout_branch
    if branch.notice_template.strip():
        return _branch_env.from_string(branch.notice_template).render(**context)  # VULN ssti
    return _file_env.get_template("overdue.txt").render(**context)  # SAFE ssti


def render_campaign(campaign, patron):
    body = _campaign_env.from_string(campaign.body_template).render(  # SAFE ssti
        patron_name=patron.display_name,
        home_branch=patron.home_branch.name,
    )
    return campaign.subject, body
