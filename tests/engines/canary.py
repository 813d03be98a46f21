"""A tree of planted credentials for the no-leak canary tests (engines, CLI, database, pages).

Every run draws fresh random values, so nothing can match them by accident or by hard-coding.
One token of each detector family (VCS, cloud, messaging, payment, SaaS, keys, generic) is
planted in a Python, JavaScript, Java, Go, YAML and ``.env`` file, on lines that SAST rules also
report: hard-coded credential assignments, and a TLS-verification rule on a line that holds a
token.
"""

from __future__ import annotations

import secrets as pysecrets
import textwrap
from dataclasses import dataclass
from pathlib import Path

from tests.support.git_trees import write

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

# the Secrets detector expected to report each planted family
FAMILIES = {
    "vcs": "github-pat",
    "cloud": "aws-access-key-id",
    "messaging": "slack-bot-token",
    "payment": "stripe-secret-key",
    "saas": "openai-api-key",
    "keys": "private-key",
    "database": "database-url-password",
    "generic": "generic-secret",
}
LANGUAGE_FILES = (
    "app/settings.py",
    "web/config.js",
    "src/main/java/com/acme/Config.java",
    "gateway/main.go",
    "deploy/values.yaml",
    "deploy/.env",
)


def _rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(pysecrets.choice(alphabet) for _ in range(n))


@dataclass(frozen=True)
class Canaries:
    github: str
    aws_id: str
    slack: str
    stripe: str
    openai: str
    pem_lines: tuple[str, ...]
    db_password: str
    generic: str
    password: str

    @classmethod
    def fresh(cls) -> Canaries:
        digits = "0123456789"
        return cls(
            github="ghp_" + _rand(36),
            aws_id="AKIA" + _rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
            slack=f"xoxb-{_rand(12, digits)}-{_rand(12, digits)}-{_rand(24)}",
            stripe="sk_live_" + _rand(40),
            openai=f"sk-proj-{_rand(40, B64URL)}T3BlbkFJ{_rand(40, B64URL)}",
            pem_lines=tuple(_rand(64, B64) for _ in range(6)),
            db_password=_rand(18) + "7q",
            generic=_rand(28) + "9x",
            password="Pw" + _rand(20) + "4!",
        )

    @property
    def pem(self) -> str:
        body = "\n".join(self.pem_lines)
        return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"

    def values(self) -> dict[str, str]:
        """Every planted value (each PEM line on its own: a snippet may hold only one)."""
        plain = {
            name: getattr(self, name)
            for name in (
                "github",
                "aws_id",
                "slack",
                "stripe",
                "openai",
                "db_password",
                "generic",
                "password",
            )
        }
        plain.update({f"pem line {i}": line for i, line in enumerate(self.pem_lines)})
        return plain


def plant(root: Path, c: Canaries) -> None:
    pem_indented = textwrap.indent(c.pem, "  ")
    write(
        root,
        "app/settings.py",
        f'''import requests

GITHUB_TOKEN = "{c.github}"
AWS_KEY_ID = "{c.aws_id}"
SLACK_BOT = "{c.slack}"
STRIPE = "{c.stripe}"
OPENAI = "{c.openai}"
DATABASE_URL = "postgres://app:{c.db_password}@db.internal:5432/app"
service_token = "{c.generic}"
password = "{c.password}"
PRIVATE_KEY = """{c.pem}"""


def fetch(url):
    return requests.get(url, verify=False, headers={{"Authorization": "token {c.github}"}})
''',
    )
    write(
        root,
        "web/config.js",
        f"""const githubToken = "{c.github}";
const awsKeyId = "{c.aws_id}";
const slackBot = "{c.slack}";
const stripe = "{c.stripe}";
const openai = "{c.openai}";
const databaseUrl = "postgres://app:{c.db_password}@db.internal:5432/app";
const service_token = "{c.generic}";
const password = "{c.password}";
const privateKey = `{c.pem}`;
module.exports = {{ githubToken, awsKeyId, slackBot, stripe, openai, databaseUrl, password }};
""",
    )
    write(
        root,
        "src/main/java/com/acme/Config.java",
        f"""package com.acme;

public class Config {{
    static final String GITHUB_TOKEN = "{c.github}";
    static final String AWS_KEY_ID = "{c.aws_id}";
    static final String SLACK_BOT = "{c.slack}";
    static final String STRIPE = "{c.stripe}";
    static final String OPENAI = "{c.openai}";
    static final String DATABASE_URL = "postgres://app:{c.db_password}@db.internal:5432/app";
    static final String service_token = "{c.generic}";
    String password = "{c.password}";
    static final String PRIVATE_KEY = \"\"\"
{c.pem}
\"\"\";
}}
""",
    )
    write(
        root,
        "gateway/main.go",
        f"""package main

import (
	"crypto/tls"
	"net/http"
)

const githubToken = "{c.github}"
const awsKeyID = "{c.aws_id}"
const slackBot = "{c.slack}"
const stripe = "{c.stripe}"
const openai = "{c.openai}"
const databaseURL = "postgres://app:{c.db_password}@db.internal:5432/app"
const service_token = "{c.generic}"
const password = "{c.password}"
const privateKey = `{c.pem}`

func client() *http.Client {{
	config := &tls.Config{{InsecureSkipVerify: true}} // pinned for {c.github}
	return &http.Client{{Transport: &http.Transport{{TLSClientConfig: config}}}}
}}
""",
    )
    write(
        root,
        "deploy/values.yaml",
        f"""github_token: {c.github}
aws_access_key_id: {c.aws_id}
slack_bot: {c.slack}
stripe: {c.stripe}
openai: {c.openai}
database_url: postgres://app:{c.db_password}@db.internal:5432/app
service_token: "{c.generic}"
password: "{c.password}"
private_key: |
{pem_indented}
""",
    )
    write(
        root,
        "deploy/.env",
        f"""GITHUB_TOKEN={c.github}
AWS_ACCESS_KEY_ID={c.aws_id}
SLACK_BOT_TOKEN={c.slack}
STRIPE_KEY={c.stripe}
OPENAI_API_KEY={c.openai}
DATABASE_URL=postgres://app:{c.db_password}@db.internal:5432/app
SERVICE_TOKEN={c.generic}
PASSWORD={c.password}
PRIVATE_KEY="{c.pem}"
""",
    )


def assert_clean(text: str | bytes, c: Canaries, where: str) -> None:
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    for name, value in c.values().items():
        assert value.encode() not in data, f"{name} leaked into {where}"
