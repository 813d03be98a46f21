"""Credentials in configuration files, keyed by assignment.

Human-chosen passwords in ``.properties``, ``.ini``/``.cfg``, ``.toml``, YAML, ``.env``,
``appsettings*.json``, XML and connection strings are often too short or too plain for the
entropy bar of the generic detector. These detectors accept lower entropy in exchange for a
strict shape: the whole line is one assignment whose key *ends* in a password word, or an XML
element or attribute pair named for one (connection strings, JDBC URLs, Maven settings and
``.npmrc``/Docker auths have their own detectors).
References and placeholders (``${DB_PASSWORD}``, ``changeme``, ``<your-key>``) are filtered by
``filters.py``; they are marked ``generic`` and listed after the generic detector, so a
provider-specific detector, or the generic one when the value is random enough, wins.
"""

from __future__ import annotations

import base64

from tracesec.engines.model import Severity
from tracesec.engines.secrets.detectors.base import ALNUM, Detector, fake

# A key that ends in a password word: db.password, DB_PASS, spring.datasource.password, Pwd.
_KEY = (
    r"(?:[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|secret|secret[_.-]?key)"
    r"|(?:[A-Za-z0-9_.-]*[._-])?pass)"
)
# a "#" inside a value is part of it (`Rt7#kLp2...`): a comment starts only after whitespace,
# which a value never holds
_VALUE = r"([^\s\"'`#;,<>{}\[\]()][^\s\"'`;,<>{}\[\]()]{7,199})"
# XML settings name API keys and client secrets as often as passwords:
# <add key="PaymentApiKey" value="..."/>, <entry key="oauth.client_secret">...</entry>
_XML_KEY = (
    r"(?:" + _KEY + r"|[A-Za-z0-9_.-]*(?:api[_.-]?key|access[_.-]?key|client[_.-]?secret"
    r"|private[_.-]?key|auth[_.-]?token|access[_.-]?token))"
)
_MIXED = ALNUM + "!#%&*+-=?@^_~"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="config-password",
        title="Password assigned in a configuration file",
        pattern=(
            r"(?im)^[ \t]*(?:export[ \t]+|set[ \t]+)?[\"']?" + _KEY + r"[\"']?[ \t]*[:=][ \t]*"
            r"[\"']?" + _VALUE + r"[\"']?[ \t]*,?[ \t]*\r?$"
        ),
        keywords=("pass", "pwd", "secret"),
        severity=Severity.HIGH,
        min_entropy=2.5,
        confidence="medium",
        generic=True,
        check_hashes=True,
        check_identifiers=True,
        remediation=(
            "Change the password, remove it from the file and its history, and inject it at "
            "deploy time (environment variable or secret store reference such as ${DB_PASSWORD})."
        ),
        examples=(
            f"spring.datasource.password={fake('', 10, _MIXED, 'cfg1')}",
            f"DB_PASS={fake('', 10, _MIXED, 'cfg2')}",
            f"  password: {fake('', 10, _MIXED, 'cfg3')}",
            f'    "Password": "{fake("", 10, _MIXED, "cfg4")}",',
            f'password = "{fake("", 10, _MIXED, "cfg5")}"',
            f"export APP_DB_PASSWORD='{fake('', 10, _MIXED, 'cfg7')}'",
            f"spring.mail.password={fake('Rt7#', 12, _MIXED, 'cfg8')}",
        ),
        counter_examples=(
            "spring.datasource.password=${DB_PASSWORD}",
            "password: changeme",
            "DB_PASSWORD=<your-db-password>",
            "password: '{{ vault_db_password }}'",
            'password = "%(db_password)s"',
            "password: !vault |",
            "    password: settings.DATABASE_PASSWORD",
            "password_hash=5f4dcc3b5aa765d61d8327deb882cf99",
            "password_reset_timeout: 86400000",
            "bypass=all_requests_allowed",
            "password = getpass.getpass()",
            "PASSWORD=$DB_PASSWORD",
            "  password: str = Field(min_length=12)",
            "password: ********",
            "password=# set at deploy time",
            "    password: SecretBytes",
            "spwd: 3.0-3.12",
            '    "MasterUserPassword": "MyPassword",',
            '"LocalConsolePassword": "PassWordMustBeAtLeast6Chars."',
        ),
    ),
    Detector(
        id="xml-password",
        title="Password or key in an XML configuration element or attribute",
        pattern=(
            r"(?i)<" + _KEY + r">[ \t]*" + _VALUE + r"[ \t]*</"
            r"|(?i)(?:key|name)=\"" + _XML_KEY + r"\"[ \t]+value=\"" + _VALUE + r"\""
            r"|(?i)<entry[ \t]+key=\"" + _XML_KEY + r"\"[ \t]*>[ \t]*" + _VALUE + r"[ \t]*</entry>"
        ),
        keywords=(
            "pass",
            "pwd",
            "secret",
            "apikey",
            "api_key",
            "api.key",
            "api-key",
            "accesskey",
            "access_key",
            "privatekey",
            "private_key",
            "authtoken",
            "auth_token",
            "accesstoken",
            "access_token",
        ),
        groups=(1, 2, 3),
        severity=Severity.HIGH,
        min_entropy=2.5,
        confidence="medium",
        check_hashes=True,
        check_identifiers=True,
        examples=(
            f"<jdbc.password>{fake('', 10, _MIXED, 'xml1')}</jdbc.password>",
            f'<add key="SmtpPassword" value="{fake("", 10, _MIXED, "xml2")}" />',
            f'<property name="db.password" value="{fake("", 10, _MIXED, "xml3")}"/>',
            f'<add key="PaymentApiKey" value="{fake("", 20, ALNUM, "xml4")}" />',
            f'<entry key="oauth.client_secret">{fake("", 16, _MIXED, "xml5")}</entry>',
        ),
        counter_examples=(
            "<password>${env.DB_PASSWORD}</password>",
            "<password>changeme</password>",
            '<add key="SmtpPassword" value="" />',
            "<passwordPolicy>strong</passwordPolicy>",
            '<add key="ApiKeyHeaderName" value="X-Api-Key" />',
            '<add key="AccessTokenLifetime" value="3600" />',
            '<entry key="api.key.file">/etc/app/api.key</entry>',
        ),
    ),
    Detector(
        id="netrc-password",
        title="Password in a .netrc entry",
        pattern=r"(?i)\bmachine[ \t]+\S+\s+login[ \t]+\S+\s+password[ \t]+(\S{6,200})",
        keywords=("machine",),
        severity=Severity.HIGH,
        min_entropy=2.3,
        min_length=6,
        confidence="high",
        examples=(
            f"machine api.heroku.com login ops@acme.example password {fake('', 16, _MIXED, 'n1')}",
            f"machine github.com\n  login ci-bot\n  password {fake('', 20, ALNUM, 'n2')}",
        ),
        counter_examples=("machine example.com login anonymous password changeme",),
    ),
)

# Listed before the generic detectors, which would report some of the same values under a
# vaguer title, or miss them: an ASP.NET machine key, an HTTP client's basic-auth pair, a
# database user's password in SQL, an Ansible inventory's, a Postman collection's credential
# (its name and value are two JSON fields).
STATEMENT_DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="aspnet-machine-key",
        title="ASP.NET machine key (signs and encrypts view state and forms-auth cookies)",
        # <machineKey validationKey="..." decryptionKey="..."/>: hex, of a digest's length, so
        # the hash filter is off; AutoGenerate values are no keys
        pattern=(
            r"(?i)<machineKey\b[^>]{0,400}?\b(?:validationKey|decryptionKey)\s*=\s*"
            r"\"([0-9A-F]{32,256})\""
        ),
        keywords=("machinekey",),
        severity=Severity.HIGH,
        min_entropy=3.0,
        check_hashes=False,
        examples=(
            f'<machineKey validationKey="{fake("", 128, "0123456789ABCDEF", "mk1")}" '
            'validation="HMACSHA256" />',
        ),
        counter_examples=(
            '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate" />',
        ),
    ),
    Detector(
        id="http-basic-auth-pair",
        title="Password of an HTTP client's basic authentication",
        # Guzzle's 'auth' => ['user', 'password'], requests' auth=("user", "password")
        pattern=(
            r"(?:[\"']auth[\"'][ \t]*=>[ \t]*\[|\bauth[ \t]*=[ \t]*(?:HTTPBasicAuth)?\()"
            r"[ \t]*[\"'][^\"'\n]{1,80}[\"'][ \t]*,[ \t]*[\"']([^\"'\s]{8,200})[\"']"
        ),
        keywords=("auth",),
        min_entropy=3.0,
        examples=(
            f"'auth' => ['sync-bot', '{fake('', 25, _MIXED, 'ba1')}'],",
            f'r = requests.get(url, auth=("reporter", "{fake("", 20, _MIXED, "ba2")}"))',
            f'session.auth = HTTPBasicAuth("etl", "{fake("", 22, _MIXED, "ba3")}")',
        ),
        counter_examples=(
            "'auth' => [$user, $password],",
            'requests.get(url, auth=("reporter", os.environ["REPORTER_PASSWORD"]))',
            "'auth' => ['sync-bot', 'changeme'],",
        ),
    ),
    Detector(
        id="sql-user-password",
        title="Password of a database user created or altered in SQL",
        # CREATE/ALTER USER ... WITH PASSWORD '...' (PostgreSQL), IDENTIFIED BY '...' (MySQL,
        # Oracle), CREATE LOGIN ... WITH PASSWORD = '...' (SQL Server)
        pattern=(
            r"(?i)\b(?:CREATE|ALTER)\s+(?:USER|ROLE|LOGIN)\b[^;\n]{0,120}?"
            r"(?:PASSWORD\s*=?\s*|IDENTIFIED\s+BY\s+)'([^'\s]{6,200})'"
        ),
        keywords=("password", "identified by"),
        min_entropy=2.5,
        examples=(
            f"CREATE USER reporting_ro WITH PASSWORD '{fake('', 14, _MIXED, 'sql1')}';",
            f"CREATE USER 'app'@'%' IDENTIFIED BY '{fake('', 16, _MIXED, 'sql2')}';",
            f"CREATE LOGIN svc_etl WITH PASSWORD = '{fake('', 18, _MIXED, 'sql3')}';",
        ),
        counter_examples=(
            "CREATE USER app WITH PASSWORD 'changeme';",
            "ALTER USER app WITH PASSWORD :'app_password';",
        ),
    ),
    Detector(
        id="ansible-inventory-password",
        title="Password in an Ansible inventory or variables",
        pattern=(
            r"\bansible_(?:become_)?(?:password|pass|ssh_pass)\s*[=:]\s*[\"']?([^\s\"']{6,200})"
        ),
        keywords=("ansible_",),
        min_entropy=2.5,
        examples=(
            f"ansible_become_pass={fake('', 16, _MIXED, 'ans1')}",
            f"web1 ansible_host=10.0.0.5 ansible_password={fake('', 14, _MIXED, 'ans2')}",
        ),
        counter_examples=(
            "ansible_become_pass={{ vault_become_pass }}",
            "ansible_password: \"{{ lookup('env', 'SSH_PASSWORD') }}\"",
        ),
    ),
    Detector(
        id="postman-credential",
        title="Credential in a Postman collection or environment",
        # Postman writes headers, auth fields and variables as {"key": ..., "value": ...}
        pattern=(
            r"\"key\"\s*:\s*\"(?i:password|passwd|x-api-key|api[_-]?key|apikey|token|"
            r"access[_-]?token|client[_-]?secret|secret)\"\s*,\s*\"value\"\s*:\s*\"([^\"\s]{8,200})\""
        ),
        keywords=('"value"',),
        min_entropy=3.0,
        examples=(
            '{"key": "X-Api-Key",\n "value": "' + fake("", 40, "0123456789abcdef", "pm1") + '"}',
            '{"key": "password", "value": "' + fake("", 18, _MIXED, "pm2") + '", "type": "string"}',
        ),
        counter_examples=('{"key": "password", "value": "{{password}}"}',),
    ),
)


# Listed before the generic detectors: the same line also looks like a plain assignment.
# A key that names a credential, for Kubernetes Secret entries (any position in the key).
_K8S_KEY = (
    r"[\"']?[A-Za-z0-9_.-]*(?:passw(?:or)?d|pwd|secret|token|api[_.-]?key|"
    r"private[_.-]?key|credentials?|auth)[A-Za-z0-9_.-]*[\"']?"
)

KUBERNETES_DETECTORS: tuple[Detector, ...] = (
    Detector(
        id="kubeconfig-client-key",
        title="Private key of a kubeconfig user (client-key-data)",
        # base64 of a PEM private key: "-----BEGIN" is always LS0tLS1CRUdJTi
        pattern=(
            r"\bclient-key-data:[ \t]*[\"']?"
            r"(LS0tLS1CRUdJTi[A-Za-z0-9+/]{40}[A-Za-z0-9+/]*={0,2})"
        ),
        keywords=("client-key-data",),
        severity=Severity.CRITICAL,
        examples=(
            "users:\n- name: ci\n  user:\n    client-key-data: "
            + _b64("-----BEGIN EC PRIVATE KEY-----\n" + fake("", 120, ALNUM, "kc1") + "\n")
            + "\n",
        ),
        counter_examples=(
            "    client-certificate-data: "
            + _b64("-----BEGIN CERTIFICATE-----\n" + fake("", 120, ALNUM, "kc2") + "\n"),
        ),
    ),
    Detector(
        id="kubernetes-secret-data",
        title="Credential in a Kubernetes Secret manifest (base64 data)",
        # an indented `name: base64` line under `data:` whose key names a credential, in a
        # file that declares `kind: Secret`; the value is decoded and judged as plain text
        pattern=(
            r"(?im)^[ \t]+" + _K8S_KEY + r":[ \t]*"
            r"[\"']?([A-Za-z0-9+/]{8,400}={0,2})[\"']?[ \t]*\r?$"
        ),
        keywords=("kind: secret",),
        severity=Severity.HIGH,
        min_entropy=2.5,
        min_length=6,
        confidence="medium",
        decode_base64=True,
        check_identifiers=True,
        yaml_parent="data",
        examples=(
            "apiVersion: v1\nkind: Secret\ndata:\n  db-password: "
            + _b64(fake("", 14, _MIXED, "k8s1"))
            + "\n",
            "kind: Secret\ndata:\n  API_TOKEN: " + _b64(fake("", 24, ALNUM, "k8s2")) + "\n",
        ),
        counter_examples=(
            "kind: Secret\ndata:\n  password: " + _b64("changeme") + "\n",
            "kind: Secret\ndata:\n  password: " + _b64("${DB_PASSWORD}") + "\n",
            "kind: Secret\ndata:\n  token: not-base64-at-all!\n",
            "kind: Secret\ndata:\n  password: " + _b64("\x00\x01binary\xff") + "\n",
            # base64-shaped plain text under stringData: is not decoded
            "kind: Secret\nstringData:\n  api-token: " + _b64(fake("", 24, ALNUM, "k8s3")) + "\n",
        ),
    ),
    Detector(
        id="kubernetes-docker-config",
        title="Registry credentials in a Kubernetes Secret (.dockerconfigjson)",
        # an image pull secret: the value decodes to a Docker config.json whose auths hold the
        # registry logins. The decoded JSON is judged whole, so the placeholder words its keys
        # carry ("password", "username") do not clear it; a templated value still does.
        pattern=(
            r"(?im)^[ \t]+[\"']?\.docker(?:configjson|cfg)[\"']?:[ \t]*"
            r"[\"']?([A-Za-z0-9+/]{40}[A-Za-z0-9+/]*={0,2})[\"']?[ \t]*\r?$"
        ),
        keywords=("dockerconfigjson", "dockercfg"),
        severity=Severity.HIGH,
        min_length=40,
        decode_base64=True,
        check_placeholders=False,
        yaml_parent="data",
        examples=(
            "kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: "
            + _b64(
                '{"auths":{"registry.acme.io":{"username":"ci","password":"'
                + fake("", 20, ALNUM, "dcj1")
                + '","auth":"'
                + _b64("ci:" + fake("", 20, ALNUM, "dcj1"))
                + '"}}}'
            )
            + "\n",
        ),
        counter_examples=(
            "kind: Secret\ndata:\n  .dockerconfigjson: "
            + _b64('{"auths":{"registry.acme.io":{"auth":"${REGISTRY_AUTH}"}}}')
            + "\n",
            "kind: Secret\ndata:\n  .dockerconfigjson: " + _b64('{"auths":{}}') + "\n",
        ),
    ),
    Detector(
        id="kubernetes-secret-stringdata",
        title="Credential in a Kubernetes Secret manifest (stringData)",
        # `stringData:` entries are plain text that the API server encodes itself; the value is
        # judged as written, with the placeholder, template and reference filters
        pattern=(r"(?im)^[ \t]+" + _K8S_KEY + r":[ \t]*[\"']?([^\s\"'`]{6,400})[\"']?[ \t]*\r?$"),
        keywords=("stringdata",),
        severity=Severity.HIGH,
        min_entropy=2.5,
        min_length=6,
        confidence="medium",
        check_hashes=True,
        check_identifiers=True,
        yaml_parent="stringData",
        examples=(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  db-password: "
            + fake("", 14, _MIXED, "k8s4")
            + "\n",
            'kind: Secret\nstringData:\n  username: app\n  API_TOKEN: "'
            + fake("", 24, ALNUM, "k8s5")
            + '"\n',
        ),
        counter_examples=(
            "kind: Secret\nstringData:\n  password: changeme\n",
            "kind: Secret\nstringData:\n  password: ${DB_PASSWORD}\n",
            "kind: Secret\nstringData:\n  api-key: <your-api-key>\n",
            'kind: Secret\nstringData:\n  password: "{{ .Values.db.password }}"\n',
            "kind: Secret\nstringData:\n  token: $(CLUSTER_TOKEN)\n",
            "kind: Secret\nstringData:\n  auth-mode: basic\n",
            # the same key under data: is base64 and belongs to the other detector
            "kind: Secret\ndata:\n  password: " + fake("", 14, "!#%&*-=?@^_~", "k8s6") + "\n",
            # a stringData-like key elsewhere in the manifest
            "kind: Secret\nstringData:\n  user: app\nmetadata:\n  token-ttl: 3600s-rolling\n",
        ),
    ),
)
