"""Configuration of the instrument gateway, read from the environment at start-up."""
import json
import os
from dataclasses import dataclass, field


def _json_env(name: str, default: str = "{}") -> dict:
    value = os.environ.get(name, default)
    parsed = json.loads(value)
    if not isinstance(parsed, dict):
        raise RuntimeError(f"{name} must be a JSON object")
    return parsed


@dataclass(frozen=True)
class GatewayConfig:
    mongo_uri: str
    mongo_db: str
    lis_ingest_url: str
    lis_token: str
    session_key: bytes
    config_root: str
    instrument_tokens: dict = field(default_factory=dict)
    instrument_hosts: dict = field(default_factory=dict)
    listen_host: str = "0.0.0.0"
    listen_port: int = 8088

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            mongo_uri=os.environ.get("GATEWAY_MONGO_URI", "mongodb://mongo:27017/"),
            mongo_db=os.environ.get("GATEWAY_MONGO_DB", "instrument_logs"),
            lis_ingest_url=os.environ.get("GATEWAY_LIS_INGEST_URL", "https://lis.labwise.internal/results/api/results/"),
            lis_token=os.environ["GATEWAY_LIS_TOKEN"],
            session_key=os.environ["GATEWAY_SESSION_KEY"].encode(),
            config_root=os.environ.get("GATEWAY_CONFIG_ROOT", "/srv/labwise/instrument-config"),
            # {"token-value": "COBAS-01", ...}
            instrument_tokens=_json_env("GATEWAY_INSTRUMENT_TOKENS"),
            # {"COBAS-01": "10.20.4.11:8081", ...}
            instrument_hosts=_json_env("GATEWAY_INSTRUMENT_HOSTS"),
            listen_port=int(os.environ.get("GATEWAY_PORT", "8088")),
        )
