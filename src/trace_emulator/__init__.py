"""A faithful local stand-in for Bitbucket Cloud and the Atlassian Forge platform.

Imports nothing from `tracesec`. Entry points: `python -m trace_emulator` and
`trace_emulator.testing` (start one in tests and drive its control plane).
"""
