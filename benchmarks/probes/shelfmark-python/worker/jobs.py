"""Long-running catalogue jobs executed by the worker."""
import shlex
import subprocess
from dataclasses import dataclass

from . import settings


@dataclass
class ExportJob:
    source_name: str
    output_format: str = "csv"
    requested_by: str = "system"

    @property
    def output_name(self):
        stem = self.source_name.rsplit(".", 1)[0]
        return f"{stem}.{self.output_format}"


def convert_marc(job: ExportJob):
    command = "{tool} --in {src} --out {dst} --format {fmt}".format(
        tool=settings.MARC_TOOL,
        src=settings.EXPORT_ROOT / job.source_name,
        dst=settings.EXPORT_ROOT / job.output_name,
        fmt=job.output_format,
    )
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=600)  # VULN cmdi
    return result.returncode, result.stderr[-2000:]


def archive_exports(label: str):
    archive = settings.EXPORT_ROOT / "archives"
    command = f"tar -czf {shlex.quote(str(archive / (label + '.tar.gz')))} -C {shlex.quote(str(settings.EXPORT_ROOT))} ."
    return subprocess.run(command, shell=True, check=True, timeout=900).returncode  # SAFE cmdi


def purge_stale_exports():
    return subprocess.run(  # SAFE cmdi
        "find /srv/shelfmark/exports -name '*.csv' -mtime +30 -delete",
        shell=True,
        check=False,
    ).returncode
