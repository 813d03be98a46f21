"""Private keys, database credentials, signing secrets and authorization headers."""

from __future__ import annotations

from tracesec.engines.model import Severity
from tracesec.engines.secrets.detectors.base import ALNUM, B64, B64URL, ENV_FALLBACK, Detector, fake

_PEM_BODY = "\n".join(fake("", 64, B64, seed=f"pem{i}") for i in range(4))
_AGE = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
_PW = fake("", 14, ALNUM, seed="dbpw")

DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="private-key",
        title="Private key (PEM / OpenSSH / PGP)",
        pattern=(
            r"(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?"
            r"-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)"
        ),
        keywords=("private key",),
        severity=Severity.CRITICAL,
        min_entropy=4.0,
        min_length=100,
        check_placeholders=False,  # a real key body can contain any 8-char run
        remediation=(
            "Revoke the key pair, issue a new one, and keep private keys out of the repository."
        ),
        examples=(f"-----BEGIN RSA PRIVATE KEY-----\n{_PEM_BODY}\n-----END RSA PRIVATE KEY-----",),
        counter_examples=(
            "-----BEGIN PUBLIC KEY-----\n" + _PEM_BODY + "\n-----END PUBLIC KEY-----",
            "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
        ),
    ),
    Detector(
        id="putty-private-key",
        title="PuTTY private key",
        pattern=(
            r"PuTTY-User-Key-File-[23]: [^\r\n]+[\s\S]{0,1000}?"
            r"Private-Lines: \d+\r?\n([A-Za-z0-9+/=\r\n]{40,})"
        ),
        keywords=("putty-user-key-file",),
        severity=Severity.CRITICAL,
        check_placeholders=False,
        examples=(
            "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\n"
            + fake("", 64, B64),
        ),
        counter_examples=("PuTTY-User-Key-File-3: ssh-ed25519",),
    ),
    Detector(
        id="age-secret-key",
        title="age encryption secret key",
        pattern=r"\b(AGE-SECRET-KEY-1[" + _AGE + r"]{58})\b",
        keywords=("age-secret-key-1",),
        severity=Severity.CRITICAL,
        examples=(f"# key\n{fake('AGE-SECRET-KEY-1', 58, _AGE)}",),
        counter_examples=("AGE-SECRET-KEY-1...",),
    ),
    Detector(
        id="database-url-password",
        title="Database connection URL with a password",
        pattern=(
            r"(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|"
            r"sqlserver|cockroachdb|clickhouse|neo4j|couchdb|oracle)(?:\+[a-z0-9]+)?://"
            r"[^\s:@/\"'<>]*:([^\s@/\"'<>]{3,200})@[^\s\"'<>/]+"
            # Go's MySQL driver DSN has no scheme: "user:password@tcp(host:3306)/db"
            r"|[\"'`][^\s:@/\"'`<>]{1,64}:([^\s@/\"'`<>]{3,200})@(?:tcp6?|unix)\("
        ),
        groups=(1, 2),
        keywords=(
            "@tcp(",
            "@tcp6(",
            "@unix(",
            "postgres",
            "mysql",
            "mariadb",
            "mongodb",
            "redis",
            "amqp",
            "mssql",
            "sqlserver",
            "cockroachdb",
            "clickhouse",
            "neo4j",
            "couchdb",
            "oracle",
        ),
        severity=Severity.CRITICAL,
        min_entropy=2.5,
        min_length=3,
        remediation=(
            "Change the database password and load the connection URL from the environment "
            "or a secret store."
        ),
        examples=(
            f'DATABASE_URL = "postgres://app:{_PW}@db.internal:5432/app"',
            f"mongodb+srv://svc:{_PW}@cluster0.abcde.mongodb.net/db",
            f'db, err := sql.Open("mysql", "app:{_PW}@tcp(db.internal:3306)/app")',
        ),
        counter_examples=(
            "postgres://app:${DB_PASSWORD}@db:5432/app",
            "postgres://user:password@localhost/db",
            "redis://localhost:6379/0",
            "mysql://root:{{ mysql_root_password }}@db/app",
            'sql.Open("mysql", "root:@tcp(127.0.0.1:3306)/test")',
            'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)',
        ),
    ),
    Detector(
        id="jdbc-url-password",
        title="JDBC URL with a password",
        pattern=r"(?i)jdbc:[a-z0-9:]+//[^\s\"'<>]*?[?;&]password=([^\s&;\"'<>]{3,200})",
        keywords=("jdbc:",),
        severity=Severity.CRITICAL,
        min_entropy=2.5,
        min_length=3,
        examples=(f"url=jdbc:mysql://db:3306/app?user=app&password={_PW}",),
        counter_examples=("jdbc:mysql://db:3306/app?user=app&password=${DB_PASS}",),
    ),
    Detector(
        id="connection-string-password",
        title="ADO.NET / ODBC connection string with a password",
        pattern=(
            r"(?i)(?:server|data source|host|address)\s*=[^;\"'\n]{1,200};[^\"'\n]{0,300}?"
            r"(?:password|pwd)\s*=\s*([^;\"'\s]{4,200})"
        ),
        keywords=("server=", "data source=", "host=", "address=", "server =", "data source ="),
        severity=Severity.CRITICAL,
        min_entropy=2.5,
        min_length=4,
        examples=(f'"Server=db;Database=app;User Id=sa;Password={_PW};"',),
        counter_examples=('"Server=db;Database=app;User Id=sa;Password=<password>;"',),
    ),
    Detector(
        id="url-basic-auth",
        title="Credentials embedded in a URL",
        pattern=r"(?i)\b(?:https?|ftps?|sftp|ssh|git|smtps?|ldaps?)://[^\s:@/\"'<>]{1,100}:([^\s@/\"'<>]{3,200})@[a-z0-9.-]+",
        keywords=("://",),
        min_entropy=2.5,
        min_length=6,
        confidence="medium",
        examples=(f"git clone https://deploy:{_PW}@git.acme.io/app.git",),
        counter_examples=(
            "https://user:pass@example.com",
            "https://user:${TOKEN}@git.acme.io/x.git",
            "http://localhost:8080/path",
        ),
    ),
    Detector(
        id="jwt-signing-secret",
        title="Hard-coded JWT signing secret",
        pattern=(
            r"(?i)(?:\b(?:jwt|jws|jose)[a-z0-9_.-]{0,20}(?:secret|signing[_-]?key|key)[a-z0-9_]{0,10}"
            r"[\"']?\s*(?::=|=>|[:=])\s*(?:" + ENV_FALLBACK + r")?[\"'`]([^\"'`\s]{8,200})[\"'`]|"
            r"\bjwt\.(?:encode|sign)\([^,()]{1,200},\s*[\"'`]([^\"'`\s]{6,200})[\"'`]"
            # a .properties or YAML line, unquoted: `app.security.jwt.secret=...`
            r"|(?m:^)[ \t]*[a-z0-9_.-]*\b(?:jwt|jws|jose)[a-z0-9_.-]{0,20}"
            r"(?:secret|signing[_-]?key)[ \t]*[:=][ \t]*([^\s\"'`#]{16,200})[ \t]*\r?(?m:$))"
        ),
        check_identifiers=True,
        keywords=("jwt", "jws", "jose"),
        groups=(1, 2, 3),
        severity=Severity.HIGH,
        min_entropy=2.8,
        examples=(
            f'JWT_SECRET = "{fake("", 24, ALNUM, "jwt")}"',
            f"token = jwt.encode(payload, '{fake('', 20, ALNUM, 'jwt2')}', algorithm='HS256')",
            f'const JWT_SECRET = process.env.JWT_SECRET || "{fake("", 40, ALNUM, "jwt3")}";',
            f"acme.security.jwt.secret={fake('', 48, B64, 'jwt4')}",
        ),
        counter_examples=(
            "JWT_SECRET = os.environ['JWT_SECRET']",
            'JWT_SECRET_KEY = "changeme"',
            "token = jwt.encode(payload, settings.SECRET_KEY)",
        ),
    ),
    Detector(
        id="framework-secret-key",
        title="Web framework secret key (Django, Flask, Rails, Laravel)",
        pattern=(
            r"(?:\b(?:SECRET_KEY|secret_key|SECRET_KEY_BASE|secret_key_base|APP_KEY)\s*"
            r"(?::=|=>|[:=])\s*[\"']?((?:base64:)?[^\s\"']{16,200})"
            r"|django-insecure-([^\s\"']{20,200}))"
        ),
        check_identifiers=True,
        keywords=("secret_key", "app_key", "django-insecure-"),
        groups=(1, 2),
        severity=Severity.HIGH,
        min_entropy=3.3,
        examples=(
            f"SECRET_KEY = '{fake('', 50, ALNUM + '!@#%^&*(-_=+)', 'dj')}'",
            f"APP_KEY=base64:{fake('', 44, B64, 'lara')}",
        ),
        counter_examples=(
            "SECRET_KEY = os.environ.get('SECRET_KEY')",
            "SECRET_KEY = env('DJANGO_SECRET_KEY')",
            "app.config['SECRET_KEY'] = SECRET_KEY",
            "secret_key = settings.SECRET_KEY",
        ),
    ),
    Detector(
        id="json-web-token",
        title="JSON Web Token",
        pattern=r"\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})",
        keywords=("eyj",),
        severity=Severity.MEDIUM,
        confidence="medium",
        remediation=(
            "Treat the token as leaked: revoke the session or rotate the signing key, and "
            "load tokens at run time."
        ),
        examples=(
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJ"
            + f"{fake('', 40, B64URL)}.{fake('', 43, B64URL, 's')}",
        ),
        counter_examples=("eyJhbGciOiJIUzI1NiJ9",),
    ),
    Detector(
        id="authorization-header",
        title="Hard-coded Authorization header credentials",
        pattern=(
            r"(?i)authorization[\"']?\s*[:=,]\s*[\"']?(?:bearer|basic|token|bot)\s+"
            r"([A-Za-z0-9._~+/-]{20,500}=*)"
        ),
        check_identifiers=True,
        keywords=("authorization",),
        min_entropy=3.5,
        confidence="medium",
        examples=(f'headers = {{"Authorization": "Bearer {fake("", 40, B64URL, "auth")}"}}',),
        counter_examples=(
            'headers = {"Authorization": f"Bearer {token}"}',
            '"Authorization": "Bearer ${ACCESS_TOKEN}"',
        ),
    ),
)
