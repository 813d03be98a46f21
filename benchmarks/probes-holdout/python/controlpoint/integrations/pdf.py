"""PDF generation for start lists and result sheets using wkhtmltopdf."""
import os
import shlex
import subprocess
import tempfile

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/bin/wkhtmltopdf")
COMMON_ARGS = ["--quiet", "--page-size", "A4", "--margin-top", "12mm", "--margin-bottom", "12mm"]


class PdfError(Exception):
    pass


def _write_html(html: str) -> str:
    fd, path = tempfile.mkstemp(suffix=".html", prefix="cp-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


def render_start_list(html: str, event_name: str, output_path: str) -> str:
    source = _write_html(html)
    try:
        command = f'{WKHTMLTOPDF} {" ".join(COMMON_ARGS)} --title "Start list - {event_name}" {shlex.quote(source)} {shlex.quote(output_path)}'
        subprocess.run(command, shell=True, check=True, timeout=120)  # VULN cmdi
    except subprocess.CalledProcessError as exc:
        raise PdfError(f"wkhtmltopdf failed with {exc.returncode}") from exc
    finally:
        os.unlink(source)
    return output_path


def render_result_sheet(html: str, course_name: str, output_path: str) -> str:
    source = _write_html(html)
    try:
        args = [WKHTMLTOPDF, *COMMON_ARGS, "--title", f"Results - {course_name}", source, output_path]
        subprocess.run(args, check=True, timeout=120)  # SAFE cmdi
    except subprocess.CalledProcessError as exc:
        raise PdfError(f"wkhtmltopdf failed with {exc.returncode}") from exc
    finally:
        os.unlink(source)
    return output_path
