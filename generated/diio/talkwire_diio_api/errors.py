"""Errors generated operations raise. HTTP error statuses are raised earlier, by talkwire-core's client."""

from talkwire_core.errors import ResponseValidationError


class UnexpectedStatus(Exception):
    """The response has a status the spec does not document for this operation."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} (the spec does not document it)")


__all__ = ["ResponseValidationError", "UnexpectedStatus"]
