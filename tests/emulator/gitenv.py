"""The environment the git tests clone with: no credential helper, no prompt, and the token sent
up front through `http.<base>/.extraHeader` (as Trace sends it), never in the URL."""

from __future__ import annotations

import base64
import os


def git_env(user: str, token: str | None, base: str) -> dict[str, str]:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": "/nonexistent",
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_ASKPASS": "/bin/false",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_COUNT": "1",
        "GIT_CONFIG_KEY_0": "credential.helper",
        "GIT_CONFIG_VALUE_0": "",
    }
    if token is not None:
        basic = base64.b64encode(f"{user}:{token}".encode()).decode()
        env.update(
            {
                "GIT_CONFIG_COUNT": "2",
                "GIT_CONFIG_KEY_1": f"http.{base}/.extraHeader",
                "GIT_CONFIG_VALUE_1": f"Authorization: Basic {basic}",
            }
        )
    return env
