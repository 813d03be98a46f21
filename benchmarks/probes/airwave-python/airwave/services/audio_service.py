"""Audio processing wrappers around ffmpeg, sox and id3v2."""
from __future__ import annotations

import json
import logging
import os
import shlex
import subprocess
from dataclasses import dataclass

from airwave.dto import TranscodeRequest
from airwave.security.paths import plain_file_name, resolve_within
from airwave.settings import get_settings

log = logging.getLogger(__name__)

FORMATS = {"mp3": "libmp3lame", "ogg": "libvorbis", "m4a": "aac", "flac": "flac"}


@dataclass
class TranscodeResult:
    output_name: str
    duration_seconds: int


class AudioService:
    def __init__(self) -> None:
        self.settings = get_settings()

    def _archive_path(self, name: str) -> str:
        return resolve_within(self.settings.archive_root, plain_file_name(name))

    def transcode(self, req: TranscodeRequest) -> TranscodeResult:
        codec = FORMATS.get(req.audio_format)
        if codec is None:
            raise ValueError(f"unsupported format {req.audio_format}")
        src = shlex.quote(self._archive_path(req.source_name))
        stem = os.path.splitext(os.path.basename(req.source_name))[0]
        output_name = f"{stem}-{req.episode_id}.{req.audio_format}"
        dst = shlex.quote(os.path.join(self.settings.archive_root, "renditions", plain_file_name(output_name)))
        command = f"{self.settings.ffmpeg_bin} -hide_banner -y -i {src} -c:a {codec} -b:a {req.bitrate} {dst}"
        log.info("transcoding episode %s: %s", req.episode_id, command)
        subprocess.run(command, shell=True, check=True, timeout=3600)  # VULN cmdi
        return TranscodeResult(output_name, self.probe_duration(output_name))

    def probe_duration(self, name: str) -> int:
        path = os.path.join(self.settings.archive_root, "renditions", plain_file_name(name))
        out = subprocess.run(["ffprobe", "-v", "quiet", "-print_format", "json", "-show_format", path], capture_output=True, check=True, text=True)  # SAFE cmdi
        return int(float(json.loads(out.stdout)["format"].get("duration", 0)))

    def spectrogram(self, name: str, label: str) -> str:
        path = self._archive_path(name)
        png = os.path.splitext(path)[0] + ".png"
        subprocess.run([self.settings.sox_bin, path, "-n", "spectrogram", "-t", label, "-o", png], check=True, timeout=600)  # SAFE cmdi
        return png

    def normalise(self, name: str) -> None:
        path = self._archive_path(name)
        tmp = path + ".norm.mp3"
        status = os.system(f"{self.settings.ffmpeg_bin} -y -i {shlex.quote(path)} -af loudnorm=I=-16 {shlex.quote(tmp)}")  # SAFE cmdi
        if status == 0:
            os.replace(tmp, path)

    def write_tags(self, name: str, title: str, artist: str) -> int:
        path = shlex.quote(self._archive_path(name))
        return os.system(f'id3v2 --artist {shlex.quote(artist)} --song "{title}" {path}')  # VULN cmdi
