"""Domain errors: raised by services, turned into translated messages by views and the API."""

from __future__ import annotations


class DomainError(Exception):
    """A refusal a user can act on; `message` is already translated (lazy)."""

    def __init__(self, message: str, *, code: str = "invalid") -> None:
        super().__init__(str(message))
        self.message = message
        self.code = code


class InvalidTransition(DomainError):
    pass


class ConcurrentEdit(DomainError):
    def __init__(self, message: str) -> None:
        super().__init__(message, code="conflict")
