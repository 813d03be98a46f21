"""Domain-level exceptions, translated to HTTP errors at the edges."""


class SpokeshedError(Exception):
    """Base class for domain errors."""


class NotFound(SpokeshedError):
    pass


class Conflict(SpokeshedError):
    pass


class InvalidInput(SpokeshedError):
    pass


class Forbidden(SpokeshedError):
    pass
