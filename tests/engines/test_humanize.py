"""Counts and times in words: the one helper the formats, the CLI and the pages use."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracesec.engines.humanize import ago, counted

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("count", "words"),
    [(0, "0 findings"), (1, "1 finding"), (2, "2 findings"), (1000, "1000 findings")],
)
def test_counted_regular(count: int, words: str) -> None:
    assert counted(count, "finding") == words


def test_counted_irregular() -> None:
    assert counted(1, "repository", "repositories") == "1 repository"
    assert counted(3, "repository", "repositories") == "3 repositories"


@pytest.mark.parametrize(
    ("before", "words"),
    [
        (timedelta(0), "just now"),
        (timedelta(seconds=59), "just now"),
        (timedelta(seconds=-30), "just now"),  # a clock a little ahead
        (timedelta(seconds=60), "1 minute ago"),
        (timedelta(minutes=59, seconds=59), "59 minutes ago"),
        (timedelta(hours=1), "1 hour ago"),
        (timedelta(hours=5, minutes=40), "5 hours ago"),
        (timedelta(days=1), "1 day ago"),
        (timedelta(days=13), "1 week ago"),
        (timedelta(days=45), "1 month ago"),
        (timedelta(days=800), "2 years ago"),
    ],
)
def test_ago(before: timedelta, words: str) -> None:
    assert ago(NOW - before, NOW) == words
