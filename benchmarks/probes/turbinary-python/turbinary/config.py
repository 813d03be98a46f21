"""Runtime configuration, resolved once from the process environment."""
import os
from pathlib import Path


class Settings:
    def __init__(self) -> None:
        env = os.environ
        self.database_url = env["TURBINARY_DATABASE_URL"]
        self.mongo_url = env.get("TURBINARY_MONGO_URL", "mongodb://mongo.turbinary.internal:27017")
        self.redis_url = env.get("TURBINARY_REDIS_URL", "redis://redis.turbinary.internal:6379/0")
        self.parts_db_path = env.get("TURBINARY_PARTS_DB", "/var/lib/turbinary/parts.sqlite3")
        self.warehouse_dsn = env["TURBINARY_WAREHOUSE_DSN"]
        self.jwt_secret = env["TURBINARY_JWT_SECRET"]
        self.flask_secret = env["TURBINARY_FLASK_SECRET"]
        self.webhook_signing_key = env["TURBINARY_WEBHOOK_KEY"]
        self.partner_key_dir = Path(env.get("TURBINARY_PARTNER_KEYS", "/etc/turbinary/partners"))
        self.scada_legacy_url = env.get("SCADA_LEGACY_URL", "https://scada-legacy.turbinary.internal")
        self.scada_user = env.get("SCADA_USER", "turbinary-ops")
        self.scada_password = env["SCADA_PASSWORD"]
        self.ldap_url = env.get("TURBINARY_LDAP_URL", "ldaps://ldap.turbinary.internal")
        self.ldap_bind_dn = env.get("TURBINARY_LDAP_BIND_DN", "cn=svc-portal,ou=services,dc=turbinary,dc=io")
        self.ldap_bind_password = env["TURBINARY_LDAP_BIND_PASSWORD"]
        self.ldap_base_dn = "ou=people,dc=turbinary,dc=io"
        self.ldap_group_base = "ou=groups,dc=turbinary,dc=io"
        data_root = Path(env.get("TURBINARY_DATA", "/var/lib/turbinary"))
        self.report_dir = data_root / "reports"
        self.upload_dir = data_root / "uploads"
        self.photo_dir = data_root / "photos"
        self.firmware_dir = data_root / "firmware"
        self.datasheet_dir = data_root / "datasheets"
        self.export_dir = data_root / "exports"
        self.site_layout_file = data_root / "layout" / "sites.xml"

        origins = env.get("TURBINARY_PORTAL_ORIGINS", "https://portal.turbinary.io,https://ops.turbinary.io")
        self.portal_origins = [o.strip() for o in origins.split(",") if o.strip()]
        self.weather_feed_url = "https://api.weather.turbinary.io/v2/forecast"
        self.met_mast_hosts = frozenset({"mast-n1.turbinary.internal", "mast-s2.turbinary.internal"})
        self.known_sites = frozenset({"ESB", "KLH", "MRN", "GLW", "TWR"})
        self.default_curve_expr = "min(rated_kw, 0.5 * rho * area * cp * v ** 3 / 1000)"
        self.reset_code_ttl_minutes = 15
        self.max_upload_bytes = 25 * 1024 * 1024


settings = Settings()
