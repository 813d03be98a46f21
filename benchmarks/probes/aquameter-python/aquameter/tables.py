"""SQLAlchemy Core table definitions (schema is owned by the migrations repository)."""
from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    Uuid,
    func,
)

metadata = MetaData()

accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_number", String(16), unique=True, nullable=False),
    Column("holder_name", String(200), nullable=False),
    Column("email", String(320), unique=True),
    Column("service_address", String(300)),
    Column("district_code", String(12)),
    Column("balance_cents", BigInteger, nullable=False, server_default="0"),
    Column("service_notes", Text),
    Column("portal_password_hash", String(80)),
    Column("portal_password_salt", String(32)),
    Column("reset_code", String(12)),
    Column("reset_expires_at", DateTime(timezone=True)),
    Column("invite_token", String(64)),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

meters = Table(
    "meters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("serial", String(14), unique=True, nullable=False),
    Column("account_id", ForeignKey("accounts.id")),
    Column("model", String(40)),
    Column("install_date", Date),
    Column("gateway_host", String(120)),
    Column("status", String(16), nullable=False, server_default="active"),
)

meter_readings = Table(
    "meter_readings",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("meter_id", ForeignKey("meters.id"), nullable=False),
    Column("read_at", DateTime(timezone=True), nullable=False),
    Column("register_m3", Numeric(12, 3), nullable=False),
    Column("source", String(16), nullable=False),
    Column("photo_name", String(255)),
)

leak_alerts = Table(
    "leak_alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meter_id", ForeignKey("meters.id")),
    Column("account_id", ForeignKey("accounts.id")),
    Column("severity", String(10), nullable=False),
    Column("title", String(200), nullable=False),
    Column("description", Text),
    Column("info_url", String(500)),
    Column("flow_lph", Numeric(10, 2)),
    Column("status", String(16), nullable=False, server_default="open"),
    Column("reported_by", String(120)),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

webhook_subscriptions = Table(
    "webhook_subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", ForeignKey("accounts.id"), nullable=False),
    Column("target_url", String(500), nullable=False),
    Column("message_template", Text),
    Column("events", String(200), nullable=False, server_default="leak.detected"),
    Column("active", Boolean, nullable=False, server_default="true"),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

billing_exports = Table(
    "billing_exports",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("district", String(64), nullable=False),
    Column("period", Date, nullable=False),
    Column("archive_name", String(120), nullable=False),
    Column("callback_url", String(500)),
    Column("status", String(16), nullable=False, server_default="queued"),
    Column("requested_by", String(120), nullable=False),
    Column("file_name", String(200)),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
    Column("completed_at", DateTime(timezone=True)),
)

invoices = Table(
    "invoices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", ForeignKey("accounts.id"), nullable=False),
    Column("number", String(20), unique=True, nullable=False),
    Column("period", Date, nullable=False),
    Column("usage_m3", Numeric(12, 3), nullable=False),
    Column("amount_cents", BigInteger, nullable=False),
    Column("status", String(16), nullable=False, server_default="open"),
)

rate_plans = Table(
    "rate_plans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(20), unique=True, nullable=False),
    Column("name", String(120), nullable=False),
    Column("tiers_spec", Text, nullable=False),
    Column("surcharge_formula", Text),
    Column("bill_message", Text),
    Column("effective_from", Date, nullable=False),
)

work_orders = Table(
    "work_orders",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meter_id", ForeignKey("meters.id")),
    Column("account_id", ForeignKey("accounts.id")),
    Column("kind", String(24), nullable=False),
    Column("priority", Integer, nullable=False, server_default="3"),
    Column("status", String(16), nullable=False, server_default="open"),
    Column("crew_code", String(12)),
    Column("assigned_employee", String(20)),
    Column("summary", String(300), nullable=False),
    Column("crew_notes", Text),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
    Column("closed_at", DateTime(timezone=True)),
)

work_order_attachments = Table(
    "work_order_attachments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_order_id", ForeignKey("work_orders.id"), nullable=False),
    Column("original_name", String(255), nullable=False),
    Column("stored_name", String(255), nullable=False),
    Column("content_type", String(100)),
    Column("size_bytes", BigInteger),
    Column("uploaded_by", String(120)),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

import_batches = Table(
    "import_batches",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("source_name", String(255)),
    Column("stored_path", String(500), nullable=False),
    Column("status", String(16), nullable=False, server_default="queued"),
    Column("detail", Text),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", BigInteger, primary_key=True),
    Column("actor", String(120), nullable=False),
    Column("action", String(60), nullable=False),
    Column("subject", String(200)),
    Column("detail", Text),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)
