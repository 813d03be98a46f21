"""Exit codes of `trace`, one documented table (shown by `trace --help`)."""

OK = 0  # success; `trace scan`: no finding at or above --fail-on
FINDINGS = 1  # `trace scan`: findings at or above --fail-on
USAGE = 2  # bad arguments
TARGET_ERROR = 3  # the path to scan does not exist / is not readable
ENGINE_ERROR = 4  # an engine failed as a whole (scan results are still written)
CONFIG_ERROR = 5  # missing or broken configuration (e.g. no OSV index)
INTERRUPTED = 130  # Ctrl-C

TABLE = """exit codes:
  0    success (scan: nothing at or above --fail-on)
  1    scan: findings at or above --fail-on
  2    usage error
  3    scan target missing or unreadable
  4    an engine failed (partial results were still written)
  5    configuration error (e.g. no OSV index for SCA)
  130  interrupted"""
