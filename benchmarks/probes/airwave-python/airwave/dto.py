"""Plain data-transfer objects passed between web layers, services and jobs."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class ShowSummary:
    id: int
    slug: str
    title: str
    genre: str
    host_name: str
    weekday: int
    start_time: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "ShowSummary":
        return cls(
            id=row["id"],
            slug=row["slug"],
            title=row["title"],
            genre=row["genre"],
            host_name=row.get("host_name", ""),
            weekday=row["weekday"],
            start_time=str(row["start_time"]),
        )


@dataclass
class EpisodeQuery:
    show_slug: str | None = None
    sort: str = "air_date"
    direction: str = "desc"
    page: int = 1
    per_page: int = 25
    published_only: bool = True

    @property
    def offset(self) -> int:
        return max(self.page - 1, 0) * self.per_page


@dataclass
class TranscodeRequest:
    episode_id: int
    source_name: str
    bitrate: str = "128k"
    audio_format: str = "mp3"
    requested_by: str = ""

    def to_payload(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FeedImportRequest:
    show_id: int
    feed_url: str
    requested_by: str
    max_items: int = 20


@dataclass
class WebhookEvent:
    event: str
    show_slug: str
    payload: dict[str, Any] = field(default_factory=dict)
    occurred_at: str = field(default_factory=lambda: dt.datetime.utcnow().isoformat())


@dataclass
class ArtworkUpload:
    show_slug: str
    filename: str
    content_type: str
    body: bytes


@dataclass
class LoginResult:
    ok: bool
    username: str = ""
    display_name: str = ""
    is_admin: bool = False
    token: str = ""
    message: str = ""


@dataclass
class PlaylistEntry:
    position: int
    artist: str
    title: str
    album: str = ""
    label: str = ""
