"""Access to per-instrument configuration files (assay maps, QC lot files)."""
import os


class InstrumentFileNotFound(Exception):
    pass


def list_instrument_files(config_root: str, instrument_id: str) -> list[str]:
    folder = os.path.join(config_root, os.path.basename(instrument_id))
    if not os.path.isdir(folder):
        return []
    return sorted(n for n in os.listdir(folder) if not n.startswith("."))


def read_instrument_file(config_root: str, instrument_id: str, name: str) -> bytes:
    safe_instrument = os.path.basename(instrument_id)
    path = os.path.join(config_root, safe_instrument, name)
    if not os.path.isfile(path):
        raise InstrumentFileNotFound(name)
    with open(path, "rb") as fh:  # VULN path
        return fh.read()
