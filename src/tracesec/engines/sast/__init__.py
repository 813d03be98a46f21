"""SAST engine: semgrep CE run as a sandboxed subprocess with Trace's own rule packs."""

from tracesec.engines.sast.runner import RULES_DIR, SastRun, rules_digest, start

__all__ = ["RULES_DIR", "SastRun", "rules_digest", "start"]
