"""Thin wrappers around the command-line tools installed on the worker hosts."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CommandResult:
    ok: bool
    output: str


def gzip_export(source: Path, archive_name: str) -> Path:
    target = source.parent / archive_name
    subprocess.run(f"gzip -9 -c {source} > {target}", shell=True, check=True, timeout=600)  # VULN cmdi
    return target


def ping_host(host: str, count: int = 2) -> CommandResult:
    proc = subprocess.run(f"ping -c {int(count)} -W 2 {host}", shell=True, capture_output=True, text=True, timeout=20)  # VULN cmdi
    return CommandResult(ok=proc.returncode == 0, output=proc.stdout[-4000:])


def render_district_tiles(layer_dir: Path, out_png: Path) -> None:
    shapefiles = sorted(layer_dir.rglob("*.shp"))
    if not shapefiles:
        raise FileNotFoundError(f"no shapefile in {layer_dir}")
    out_png.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["gdal_rasterize", "-of", "PNG", "-burn", "255", "-ts", "2048", "2048", str(shapefiles[0]), str(out_png)], check=True, timeout=300)  # SAFE cmdi


def build_district_overview(district_code: str, tile_dir: Path) -> CommandResult:
    proc = subprocess.run(f"aq-tilepack --district {district_code} --out {tile_dir}/overview", shell=True, capture_output=True, text=True, timeout=300)  # SAFE cmdi
    return CommandResult(ok=proc.returncode == 0, output=proc.stdout[-4000:])
