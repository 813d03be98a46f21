"""The explicit list of detectors, in priority order (no discovery magic).

When two detectors match overlapping text, the one listed first wins, so specific providers
come before broad shapes (JWT, URLs with credentials) and the generic detector is last.
"""

from __future__ import annotations

from tracesec.engines.secrets.detectors import (
    cloud,
    config,
    generic,
    keys,
    messaging,
    payment,
    saas,
    vcs,
)
from tracesec.engines.secrets.detectors.base import Detector

DETECTORS: tuple[Detector, ...] = (
    *cloud.DETECTORS,
    *vcs.DETECTORS,
    *payment.DETECTORS,
    *messaging.DETECTORS,
    *saas.DETECTORS,
    *keys.DETECTORS,
    *config.KUBERNETES_DETECTORS,
    *config.STATEMENT_DETECTORS,
    *generic.DETECTORS,
    # lower-entropy passwords in strict configuration shapes
    *config.DETECTORS,
)
