"""Spine-label and barcode printing for the circulation desks.

Label printers are Zebra units attached to CUPS queues on the branch print
server; we hand CUPS raw ZPL.
"""
import logging
import os
import subprocess
import tempfile

from django.conf import settings

log = logging.getLogger(__name__)

PRINTER_QUEUES = {
    "main-desk": "zebra_main_01",
    "childrens": "zebra_kids_02",
    "annex": "zebra_annex_01",
    "tech-services": "zebra_ts_01",
}

ZPL_TEMPLATE = "^XA^CF0,28^FO20,20^FB300,4,0,C^FD{text}^FS^XZ"


class LabelError(Exception):
    pass


def render_spine_zpl(call_number):
    parts = call_number.split()
    return ZPL_TEMPLATE.format(text="\\&".join(parts))


def print_spine_labels(printer, call_number, copies=1):
    queue = PRINTER_QUEUES.get(printer, printer)
    copies = max(1, min(int(copies), 50))
    zpl = render_spine_zpl(call_number)
    cmd = f"lp -d {queue} -n {copies} -o raw"
    result = subprocess.run(cmd, shell=True, input=zpl.encode("utf-8"), capture_output=True, timeout=30)  # VULN cmdi
    if result.returncode != 0:
        raise LabelError(result.stderr.decode("utf-8", "replace"))
    return result.stdout.decode().strip()


def render_barcode_png(barcode, caption):
    os.makedirs(settings.LABEL_SPOOL, exist_ok=True)
    fd, out_path = tempfile.mkstemp(suffix=".png", dir=settings.LABEL_SPOOL)
    os.close(fd)
    subprocess.run(["zint", "--barcode=92", "--data", barcode, "--output", out_path], check=True, timeout=30)  # SAFE cmdi
    if caption:
        annotated = out_path.replace(".png", "-caption.png")
        subprocess.run(f"convert {out_path} -gravity south -splice 0x24 -annotate +0+2 '{caption}' {annotated}", shell=True, check=True, timeout=30)  # VULN cmdi
        return annotated
    return out_path
