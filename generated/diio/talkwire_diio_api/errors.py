"""Errors generated operations raise. HTTP error statuses are raised earlier, by talkwire-core's client."""

from talkwire_core.errors import ResponseValidationError, TalkwireError


class UnexpectedStatus(TalkwireError):
    """The response has a success status the spec does not document for this operation; ``content`` is its body.

    A TalkwireError: it pickles with its fields (the body redacted), as every talkwire error does.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} (the spec does not document it)")


__all__ = ["ResponseValidationError", "UnexpectedStatus"]
