"""Redaction of log records from httpx, httpcore, httpx-retries and talkwire itself.

httpx logs every request at INFO as ``HTTP Request: GET https://…?token=… "HTTP/1.1 200 OK"`` and httpx-retries logs
whole requests at DEBUG. A filter on each of those loggers rewrites the record through ``redact`` before any
handler sees it, whatever handlers the application configured.
"""

from __future__ import annotations

import logging
import threading

from talkwire_core._redact import redact

# Filters attach to a logger, not its children, so every logger that may format a URL or header is listed.
REDACTED_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpx_retries",
    "httpx_retries.transport",
    "httpx_retries.retry",
    "talkwire",
)

_install_lock = threading.Lock()
_installed = False


class RedactingFilter(logging.Filter):
    """Rewrites a record's message and arguments with secrets masked; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(arg if isinstance(arg, int | float) else redact(arg) for arg in args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install_log_redaction() -> None:
    """Attach the redacting filter to every logger that could print a secret (idempotent, thread-safe)."""
    global _installed
    if _installed:
        return
    with _install_lock:
        if _installed:
            return
        redacting = RedactingFilter()
        for name in REDACTED_LOGGERS:
            logging.getLogger(name).addFilter(redacting)
        _installed = True
