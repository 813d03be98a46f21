"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


def _env_list(name: str, default: str = "") -> list[str]:
    raw = os.environ.get(name, default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    environment: str
    database_url: str
    psycopg_dsn: str
    redis_url: str
    jwt_signing_key: str
    jwt_issuer: str
    session_cookie_name: str
    document_bucket: str
    s3_region: str
    s3_ca_bundle: str | None
    document_cache_dir: Path
    attachment_dir: Path
    export_dir: Path
    upload_dir: Path
    report_dir: Path
    sftp_host: str
    sftp_port: int
    sftp_remote_root: str
    ldap_url: str
    ldap_bind_dn: str
    ldap_bind_password: str
    tide_api_base: str
    certificate_host_pattern: str
    public_base_url: str
    staff_base_url: str
    partner_origins: list[str] = field(default_factory=list)
    trusted_redirect_hosts: list[str] = field(default_factory=list)
    webhook_timeout: float = 5.0
    debug: bool = False


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    root = Path(os.environ.get("TIDEPOOL_DATA_ROOT", "/var/lib/tidepool"))
    return Settings(
        environment=os.environ.get("TIDEPOOL_ENV", "production"),
        database_url=os.environ.get(
            "TIDEPOOL_DATABASE_URL", "postgresql+psycopg://tidepool@db.internal/tidepool"
        ),
        psycopg_dsn=os.environ.get("TIDEPOOL_PG_DSN", "host=db.internal dbname=tidepool user=tidepool"),
        redis_url=os.environ.get("TIDEPOOL_REDIS_URL", "redis://cache.internal:6379/3"),
        jwt_signing_key=os.environ["TIDEPOOL_JWT_KEY"],  # SAFE secret
        jwt_issuer=os.environ.get("TIDEPOOL_JWT_ISSUER", "https://id.tidepool.example"),
        session_cookie_name=os.environ.get("TIDEPOOL_SESSION_COOKIE", "tp_staff"),
        document_bucket=os.environ.get("TIDEPOOL_DOC_BUCKET", "tidepool-vessel-documents"),
        s3_region=os.environ.get("AWS_REGION", "eu-west-1"),
        s3_ca_bundle=os.environ.get("TIDEPOOL_S3_CA_BUNDLE"),
        document_cache_dir=root / "doc-cache",
        attachment_dir=root / "attachments",
        export_dir=root / "exports",
        upload_dir=root / "uploads",
        report_dir=root / "reports",
        sftp_host=os.environ.get("TIDEPOOL_SFTP_HOST", "sftp.portauthority.example"),
        sftp_port=int(os.environ.get("TIDEPOOL_SFTP_PORT", "22")),
        sftp_remote_root=os.environ.get("TIDEPOOL_SFTP_ROOT", "/inbound/tidepool"),
        ldap_url=os.environ.get("TIDEPOOL_LDAP_URL", "ldaps://directory.internal"),
        ldap_bind_dn=os.environ.get("TIDEPOOL_LDAP_BIND_DN", "cn=tidepool,ou=services,dc=harbour,dc=local"),
        ldap_bind_password=os.environ.get("TIDEPOOL_LDAP_BIND_PASSWORD", ""),
        tide_api_base=os.environ.get("TIDEPOOL_TIDE_API", "https://tides.hydro-office.example/api/v2"),
        certificate_host_pattern=r"https://[a-z0-9.-]*marinecert\.org",
        public_base_url=os.environ.get("TIDEPOOL_PUBLIC_URL", "https://book.tidepool.example"),
        staff_base_url=os.environ.get("TIDEPOOL_STAFF_URL", "https://office.tidepool.example"),
        partner_origins=_env_list(
            "TIDEPOOL_PARTNER_ORIGINS", "https://partners.tidepool.example,https://charter-hub.example"
        ),
        trusted_redirect_hosts=_env_list(
            "TIDEPOOL_REDIRECT_HOSTS", "book.tidepool.example,office.tidepool.example"
        ),
        webhook_timeout=float(os.environ.get("TIDEPOOL_WEBHOOK_TIMEOUT", "5")),
        debug=_env_bool("TIDEPOOL_DEBUG"),
    )
