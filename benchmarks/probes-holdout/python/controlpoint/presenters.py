"""Small HTML fragments used by result pages and the embeddable widget."""
from markupsafe import Markup, escape

STATUS_LABELS = {
    "OK": "OK",
    "MissingPunch": "MP",
    "DidNotFinish": "DNF",
    "DidNotStart": "DNS",
    "Disqualified": "DSQ",
    "OverTime": "OT",
}


def format_time(seconds: int | None) -> str:
    if seconds is None:
        return "-"
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def club_filter_heading(club_code: str | None, total: int) -> Markup:
    if not club_code:
        return Markup(f"<h2>All results <small>({total})</small></h2>")
    return Markup(f"<h2>Results for <span class='club'>{club_code}</span> <small>({total})</small></h2>")  # VULN xss


def runner_badge(name: str, status: str) -> Markup:
    label = STATUS_LABELS.get(status, status)
    return Markup('<span class="runner">{}</span> <span class="status status-{}">{}</span>').format(name, label.lower(), label)  # SAFE xss


def widget_row(name: str, club_code: str | None, seconds: int | None) -> str:
    return f"<tr><td>{escape(name)}</td><td>{escape(club_code or '')}</td><td>{format_time(seconds)}</td></tr>"  # SAFE xss
