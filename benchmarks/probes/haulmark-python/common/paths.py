from pathlib import Path


class PathEscapeError(ValueError):
    pass


def resolve_within(base, *parts):
    """Join ``parts`` onto ``base`` and make sure the result stays under ``base``."""
    root = Path(base).resolve()
    candidate = root.joinpath(*parts).resolve()
    if candidate != root and root not in candidate.parents:
        raise PathEscapeError(f"{candidate} is outside {root}")
    return candidate
