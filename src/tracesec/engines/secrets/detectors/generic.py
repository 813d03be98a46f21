"""The generic detector: a high-entropy value assigned to a secret-like name.

It runs last and loses to any specific detector on the same value. Names and values that are
clearly not credentials (hashes, public keys, identifiers, placeholders) are filtered out by
``filters.py`` and the stop-words below.
"""

from __future__ import annotations

from tracesec.engines.model import Severity
from tracesec.engines.secrets.detectors.base import ALNUM, ENV_FALLBACK, Detector, fake

_NAME = (
    r"(?:[A-Za-z0-9_.-]*(?:secret|passw(?:or)?d|passwd|\bpwd|token|api[_.-]?key|apikey|"
    r"access[_.-]?key|auth[_.-]?key|private[_.-]?key|credential|signing[_.-]?key)[A-Za-z0-9_.-]*"
    # a name that ends in a short "pass" after a separator or a camel-case hump (db_pass,
    # smtp.pass, dbPass), never inside a word (bypass, passage, compass)
    r"|[A-Za-z0-9_.-]*(?:[_.-]pass|(?-i:[a-z0-9]Pass)))"
)

# Substrings of a name that say the value is not a credential.
NAME_STOPWORDS = (
    "public",
    "hash",
    "digest",
    "checksum",
    "sha1",
    "sha256",
    "md5",
    "length",
    "len",
    "type",
    "name",
    "field",
    "path",
    "file",
    "url",
    "uri",
    "endpoint",
    "format",
    "header",
    "prefix",
    "label",
    "placeholder",
    "pattern",
    "regex",
    "policy",
    "expir",
    "count",
    "timeout",
    "ttl",
    "enabled",
    "required",
    "reset",
    "forgot",
    "confirm",
    "validator",
    "input",
    "id_token_hint",
    "csrf",
    "nonce",
)

DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="generic-secret",
        title="High-entropy value assigned to a secret-like name",
        pattern=(
            r"(?i)(?:" + _NAME + r"[\"'\]]{0,2}\s*(?::=|=>|==|[:=])\s*"
            r"(?:" + ENV_FALLBACK + r"|[A-Za-z_.]{1,30}\()?"
            r"[\"'`]([^\"'`\s]{8,200})[\"'`]"
            r"|(?m:^)[ \t]*(?:export[ \t]+)?"
            + _NAME
            # (?m:$): an unquoted value ends its line, not only the last line of the file
            + r"[ \t]*[:=][ \t]*([^\s\"'`#;,]{12,200})[ \t]*\r?(?m:$)"
            # PHP constants: define('DB_PASSWORD', '...'), WordPress's AUTH_KEY salts
            r"|\bdefine\([ \t]*[\"']" + _NAME + r"[\"'][ \t]*,[ \t]*[\"']([^\"'\s]{8,200})[\"']"
            # inside a string, its quotes escaped: a notebook's source lines (JSON), a JAAS
            # line in code (`password=\"...\";`)
            r"|" + _NAME + r"\s*[:=]\s*\\[\"']([^\"'`\s\\]{8,200})\\[\"'])"
        ),
        keywords=(
            "secret",
            "passw",
            "pwd",
            "token",
            "api_key",
            "api-key",
            "api.key",
            "apikey",
            "access_key",
            "access-key",
            "accesskey",
            "auth_key",
            "authkey",
            "private_key",
            "privatekey",
            "credential",
            "signing_key",
            # the short "pass" only where an assignment follows: Python's pass statement is
            # on nearly every page and must not wake this detector
            "pass =",
            "pass=",
            "pass:",
            'pass":',
            "pass':",
            "pass']",
            'pass"]',
        ),
        groups=(1, 2, 3, 4),
        severity=Severity.MEDIUM,
        min_entropy=3.5,
        confidence="low",
        generic=True,
        check_hashes=True,
        examples=(
            f'db_password = "{fake("", 20, ALNUM + "!#%", "gen1")}"',
            f"MY_SERVICE_TOKEN={fake('', 32, ALNUM, 'gen2')}",
            f"SERVICE_TOKEN={fake('', 30, ALNUM, 'gen4')}\nDEBUG=false",
            f"  clientSecret: '{fake('', 24, ALNUM, 'gen3')}',",
            f'var dbPass = "{fake("", 20, ALNUM, "gen5")}"',
            f"$config['smtp_pass'] = '{fake('', 20, ALNUM, 'gen6')}';",
            f"define( 'DB_PASSWORD', '{fake('', 20, ALNUM, 'gen7')}' );",
            # a hex key named as a secret is a key, though its length is a digest's
            f'public const string TokenSecret = "{fake("", 64, "0123456789abcdef", "gen8")}";',
            # the fallback of an environment lookup ships wherever the variable is unset
            f'const apiToken = process.env.API_TOKEN ?? "{fake("", 28, ALNUM, "gen9")}";',
            f'SMTP_PASSWORD = os.getenv("SMTP_PASSWORD", "{fake("", 20, ALNUM, "gen10")}")',
            f"'password' => env('DB_PASSWORD', '{fake('', 18, ALNUM, 'gen11')}'),",
            f'api_key = os.environ.get("API_KEY") or "{fake("", 24, ALNUM, "gen12")}"',
            f'    "    password=\\"{fake("", 19, ALNUM, "gen13")}\\",\\n",',
            'sasl = "org.apache.kafka.common.security.plain.PlainLoginModule required '
            f'username=\\"svc\\" password=\\"{fake("", 32, ALNUM + "+", "gen14")}\\";"',
        ),
        counter_examples=(
            'password = "password123"',
            'bypass = "Zq8kW3pL7xN2vB5"',
            "define( 'SECURE_AUTH_KEY', 'put your unique phrase here' );",
            "define( 'DB_PASSWORD', getenv( 'DB_PASSWORD' ) );",
            'compass: "Hq7zK2wP9xL4m"',
            'token_type = "bearer_token_value"',
            'PUBLIC_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"',
            'password_hash = "5f4dcc3b5aa765d61d8327deb882cf99"',
            'api_key = "' + "1a79a4d60de6718e8e5b326e338ae533" + '"',
            'upload_token = "' + "3f786850e387550fdab836ed7e6dc881de23001b" + '"',
            'secret = os.environ["SECRET"]',
            'API_TOKEN = "${API_TOKEN}"',
            'password = "{{ vault_password }}"',
            'password = "%(db_password)s"',
            "password: settings.DATABASE_PASSWORD",
            'auth_token = "your-auth-token-here"',
            'secret_key = "xxxxxxxxxxxxxxxxxxxxxxxx"',
            "TOKEN_NAME=session_token_cookie",
            'password = "********"',
            'SENSITIVE_CREDENTIALS = re.compile("api|token|key|secret|password|signature")',
            "secret_key = settings.SECRET_KEY",
            'api_token = os.getenv("API_TOKEN", "")',
            "const apiToken = process.env.API_TOKEN || 'changeme';",
            'password = os.environ.get("DB_PASSWORD", "${DB_PASSWORD}")',
        ),
    ),
)
