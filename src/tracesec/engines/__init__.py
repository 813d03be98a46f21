"""Trace's scanning engines (SAST, SCA, secrets) as a pure library.

One entry point, ``scan(root, config) -> ScanResult``; no Django, no settings, no network.
"""

from tracesec.engines.errors import (
    AdvisoryError,
    EngineError,
    FormatError,
    ParseError,
    RuleError,
    TargetError,
)
from tracesec.engines.model import (
    ALL_ENGINES,
    SCHEMA_VERSION,
    Coverage,
    CoverageStatus,
    Engine,
    EngineOutcome,
    EngineStatus,
    Finding,
    Location,
    Package,
    ScanConfig,
    ScanResult,
    Severity,
    TargetFile,
)
from tracesec.engines.scan import ProgressCallback, scan

__all__ = [
    "ALL_ENGINES",
    "SCHEMA_VERSION",
    "AdvisoryError",
    "Coverage",
    "CoverageStatus",
    "Engine",
    "EngineError",
    "EngineOutcome",
    "EngineStatus",
    "Finding",
    "FormatError",
    "Location",
    "Package",
    "ParseError",
    "ProgressCallback",
    "RuleError",
    "ScanConfig",
    "ScanResult",
    "Severity",
    "TargetError",
    "TargetFile",
    "scan",
]
