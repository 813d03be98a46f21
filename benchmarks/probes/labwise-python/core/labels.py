"""Specimen label rendering and printing (zint + CUPS)."""
import logging
import subprocess

logger = logging.getLogger(__name__)

LABEL_MEDIA = "Custom.50x25mm"


class LabelError(Exception):
    pass


def render_barcode(barcode: str, out_path: str) -> str:
    """Render a Code 128 barcode PNG for the tube label."""
    try:
        subprocess.run(["zint", "--barcode=20", "--height=15", "--scale=2", "-o", out_path, "-d", barcode], check=True, capture_output=True, timeout=15)  # SAFE cmdi
    except subprocess.CalledProcessError as exc:
        raise LabelError(f"zint failed: {exc.stderr.decode(errors='replace')}") from exc
    return out_path


def print_specimen_label(image_path: str, printer: str, copies: int = 1) -> None:
    cmd = f"lpr -P {printer} -# {int(copies)} -o media={LABEL_MEDIA} -o fit-to-page {image_path}"
    logger.info("printing label: %s", cmd)
    proc = subprocess.run(cmd, shell=True, capture_output=True, timeout=30)  # VULN cmdi
    if proc.returncode != 0:
        raise LabelError(proc.stderr.decode(errors="replace").strip() or "lpr failed")
