"""PDF exports and monthly roster archives."""
import asyncio
import os
import shlex
import tempfile
from asyncio.subprocess import PIPE

from crewline.config import get_settings
from crewline.utils.paths import secure_filename


class ExportError(RuntimeError):
    pass


async def _wait(proc: asyncio.subprocess.Process) -> None:
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise ExportError(stderr.decode(errors="replace")[-500:])


async def render_pdf(job: dict) -> str:
    settings = get_settings()
    fd, html_path = tempfile.mkstemp(suffix=".html", dir=settings.export_dir)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(job["html"])
    out_path = os.path.join(settings.export_dir, f"{job['title']}.pdf")
    try:
        proc = await asyncio.create_subprocess_shell(f"{settings.wkhtmltopdf} --quiet --page-size {job['page_size']} {html_path} \"{out_path}\"", stdout=PIPE, stderr=PIPE)  # VULN cmdi
        await _wait(proc)
    finally:
        os.unlink(html_path)
    return out_path


async def archive_published_month(label: str) -> str:
    settings = get_settings()
    archive = os.path.join(settings.export_dir, secure_filename(f"roster-{label}.zip"))
    proc = await asyncio.create_subprocess_shell(f"zip -qr {shlex.quote(archive)} {shlex.quote(settings.publish_dir)}", stdout=PIPE, stderr=PIPE)  # SAFE cmdi
    await _wait(proc)
    return archive
