"""Key management for in-flight secrets: `local` (AES-256-GCM key ring file) or `aws` (KMS)."""

from __future__ import annotations

from tracesec.config.env import data_dir, env_path, env_str

TRACE_KMS_BACKEND = env_str("TRACE_KMS_BACKEND", "local")
TRACE_KMS_LOCAL_KEY_FILE = env_path("TRACE_KMS_LOCAL_KEY_FILE", data_dir() / "kms" / "keyring.json")
TRACE_KMS_AWS_KEY_ID = env_str("TRACE_KMS_AWS_KEY_ID", "")
TRACE_KMS_AWS_REGION = env_str("TRACE_KMS_AWS_REGION", "")
TRACE_KMS_AWS_ENDPOINT_URL = env_str("TRACE_KMS_AWS_ENDPOINT_URL", "")
