"""Paths shared by the SCA tests."""

from __future__ import annotations

from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"
SCALIBR = SHARED_DATA / "lockfiles" / "osv-scalibr"
OSV = SHARED_DATA / "osv"
HOSTILE = SHARED_DATA / "hostile"
TESTDATA = Path(__file__).resolve().parent / "testdata"
