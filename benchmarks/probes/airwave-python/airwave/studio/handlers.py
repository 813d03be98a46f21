"""Request handlers for the studio console."""
from __future__ import annotations

import json
import logging

import tornado.web

from airwave.dto import ArtworkUpload, TranscodeRequest
from airwave.jobs.huey_tasks import tag_published_episode
from airwave.jobs.rq_queue import enqueue_transcode
from airwave.models import Episode, Show
from airwave.repositories.episode_repo import EpisodeRepository
from airwave.repositories.host_repo import HostRepository
from airwave.repositories.show_repo import ShowRepository
from airwave.security.jwt_auth import TokenError, verify_token
from airwave.security.tokens import make_guest_pin
from airwave.security.urls import is_safe_redirect, public_website
from airwave.services.artwork_service import ArtworkRejected, ArtworkService
from airwave.services.import_service import ImportService, ScheduleImportError
from airwave.services.schedule_service import ScheduleService
from airwave.settings import get_settings

log = logging.getLogger(__name__)

SITE_COOKIE = "aw_token"
BITRATES = ("64k", "96k", "128k", "192k", "256k", "320k")


class StudioHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        token = self.get_cookie(SITE_COOKIE)
        if not token:
            return None
        try:
            claims = verify_token(token)
        except TokenError:
            return None
        return HostRepository().by_username(claims["sub"])

    def get_login_url(self) -> str:
        return "/login?next=/studio"

    def show_for_host(self, slug: str) -> Show:
        show = ShowRepository().model_by_slug(slug)
        if show is None or (show.host_id != self.current_user.id and not self.current_user.is_admin):
            raise tornado.web.HTTPError(404)
        return show


class DashboardHandler(StudioHandler):
    @tornado.web.authenticated
    def get(self):
        host = self.current_user
        shows = ShowRepository().by_host(host)
        current = shows[0] if shows else None
        announcement = ""
        handover = None
        if current is not None:
            announcement = ScheduleService().announcement_for(current, get_settings().station_name)
            handover = self.next_show(current)
        self.render(
            "studio_dashboard.html",
            host=host,
            website_link=public_website(host.website),
            shows=shows,
            current=current,
            announcement=announcement,
            handover=handover,
            handover_bio=handover.host.bio if handover else "",
        )

    @staticmethod
    def next_show(current: Show) -> Show | None:
        """The show that follows this one, so hosts can trail it on air."""
        return (
            Show.select()
            .where(
                (Show.active == True)  # noqa: E712
                & (Show.weekday == current.weekday)
                & (Show.start_time > current.start_time)
            )
            .order_by(Show.start_time)
            .first()
        )


class SwitchShowHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self):
        slug = self.get_argument("slug")
        self.show_for_host(slug)
        self.set_secure_cookie("studio_show", slug)
        target = self.get_argument("return_to", "/studio")
        if not is_safe_redirect(target):
            target = "/studio"
        self.redirect(target)  # SAFE redirect


class LogoutHandler(StudioHandler):
    def get(self):
        self.clear_cookie(SITE_COOKIE)
        self.clear_cookie("studio_show")
        self.redirect(self.get_argument("return_to", "/"))  # VULN redirect


class ProfileHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self):
        host = self.current_user
        host.bio = self.get_argument("bio", host.bio)[:4000]
        host.website = self.get_argument("website", host.website).strip()[:400]
        HostRepository().save(host)
        self.redirect("/studio")


class AnnouncementHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self, slug: str):
        show = self.show_for_host(slug)
        ScheduleService().save_announcement(show, self.get_argument("template"))
        self.redirect("/studio")

    @tornado.web.authenticated
    def get(self, slug: str):
        show = self.show_for_host(slug)
        note = self.get_argument("note", "")
        preview = ScheduleService().preview_note(show, get_settings().station_name, note)
        self.write({"preview": preview})


class ArtworkUploadHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self, slug: str):
        show = self.show_for_host(slug)
        files = self.request.files.get("artwork")
        if not files:
            raise tornado.web.HTTPError(400, "no file attached")
        item = files[0]
        upload = ArtworkUpload(show_slug=show.slug, filename=item["filename"], content_type=item["content_type"], body=item["body"])
        service = ArtworkService()
        try:
            original = service.save_original(upload)
            cover = service.save_cover(upload)
        except ArtworkRejected as exc:
            raise tornado.web.HTTPError(400, str(exc))
        self.write({"original": original, "cover": cover})


class ArtworkFetchHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self, slug: str):
        show = self.show_for_host(slug)
        service = ArtworkService()
        try:
            fetched = service.fetch_remote(self.get_argument("url"))
            fetched.show_slug = show.slug
            cover = service.save_cover(fetched)
        except ArtworkRejected as exc:
            raise tornado.web.HTTPError(400, str(exc))
        self.write({"cover": cover})


class TranscodeHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self, episode_id: str):
        episode = EpisodeRepository().get(int(episode_id))
        if episode is None:
            raise tornado.web.HTTPError(404)
        self.show_for_host(episode["show_slug"])
        bitrate = self.get_argument("bitrate", "128k")
        if bitrate not in BITRATES:
            log.warning("non-standard bitrate %s requested for episode %s", bitrate, episode_id)
        req = TranscodeRequest(
            episode_id=episode["id"],
            source_name=episode["audio_file"],
            bitrate=bitrate,
            audio_format=self.get_argument("format", "mp3"),
            requested_by=self.current_user.username,
        )
        job = enqueue_transcode(req)
        self.write({"job": job.id})


class PublishHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self, episode_id: str):
        episode = Episode.get_or_none(Episode.id == int(episode_id))
        if episode is None:
            raise tornado.web.HTTPError(404)
        self.show_for_host(episode.show.slug)
        title = self.get_argument("title", episode.title).strip()
        if title != episode.title:
            episode.title = title
            episode.save()
        EpisodeRepository().mark_published(episode.id)
        tag_published_episode(episode.id)
        self.write({"published": episode.id})


class PlaylistPasteHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self, episode_id: str):
        episode = Episode.get_or_none(Episode.id == int(episode_id))
        if episode is None:
            raise tornado.web.HTTPError(404)
        self.show_for_host(episode.show.slug)
        try:
            tracks = ImportService().playlist_from_yaml(self.get_argument("playlist"))
        except (ScheduleImportError, ValueError) as exc:
            raise tornado.web.HTTPError(400, str(exc))
        self.set_header("Content-Type", "application/json")
        self.write(json.dumps({"episode": episode.id, "tracks": tracks}))


class GuestPinHandler(StudioHandler):
    @tornado.web.authenticated
    def post(self):
        self.write({"pin": make_guest_pin(), "valid_minutes": 90})
