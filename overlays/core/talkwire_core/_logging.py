"""Redaction of log records from httpx, httpcore, httpx-retries and talkwire itself.

httpx logs every request at INFO as ``HTTP Request: GET https://…?token=… "HTTP/1.1 200 OK"`` and httpx-retries logs
whole requests at DEBUG; a talkwire logger may log an exception whose text quotes a token (a failing
``on_tokens_refreshed`` callback). A filter on each of those loggers rewrites the record through ``redact`` before
any handler sees it, whatever handlers the application configured: the message with its arguments, the traceback
of ``exc_info`` and ``stack_info``.

Python applies a logger's filters only to records created on that very logger, not to those its children
propagate, so the filter goes on every logger of these namespaces: the known ones, every one that exists when a
client is built, and talkwire's own, which come from ``redacted_logger``.
"""

from __future__ import annotations

import logging
import threading

from talkwire_core._redact import redact

REDACTED_NAMESPACES = ("httpx", "httpcore", "httpx_retries", "talkwire")
# Children created lazily (httpcore's HTTP/2 and proxy modules), so that they are covered before they exist.
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

# Formats exc_info the way logging's default formatter does, so redacted records read as usual.
_TRACEBACK_FORMATTER = logging.Formatter()


def redact_record(record: logging.LogRecord) -> None:
    """Rewrite `record` in place with secrets masked: its message (arguments merged in), the traceback of its
    exception (kept as ``exc_text``; the exception object is dropped, since handlers may format or ship it raw) and
    its stack."""
    try:
        message = record.getMessage()
    except Exception:  # a malformed logging call: logging reports it at emit time, so keep its parts, masked
        record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(arg if isinstance(arg, int | float) else redact(arg) for arg in record.args)
    else:
        record.msg, record.args = redact(message), ()
    if record.exc_info:
        text = record.exc_text or _TRACEBACK_FORMATTER.formatException(record.exc_info)
        record.exc_info, record.exc_text = None, redact(text)
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


class RedactingFilter(logging.Filter):
    """Rewrites every record with secrets masked (see ``redact_record``); never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


_REDACTING = RedactingFilter()
_install_lock = threading.Lock()
# The size of logging's logger table at the last scan: a scan is only needed when loggers were added since.
_loggers_seen = -1


def _attach(logger: logging.Logger) -> None:
    if _REDACTING not in logger.filters:
        logger.addFilter(_REDACTING)


def _in_redacted_namespace(name: str) -> bool:
    return any(name == namespace or name.startswith(namespace + ".") for namespace in REDACTED_NAMESPACES)


def redacted_logger(name: str) -> logging.Logger:
    """``logging.getLogger(name)`` with the redacting filter on it: how talkwire code gets its loggers."""
    logger = logging.getLogger(name)
    _attach(logger)
    return logger


def install_log_redaction() -> None:
    """Put the redacting filter on every logger of httpx, httpcore, httpx-retries and talkwire that exists now or is
    listed in REDACTED_LOGGERS (idempotent, thread-safe; cheap when no logger was added since the last call)."""
    global _loggers_seen
    table = logging.Logger.manager.loggerDict
    if len(table) == _loggers_seen:
        return
    with _install_lock:
        names = {*REDACTED_LOGGERS}
        names.update(
            name
            for name, logger in list(table.items())
            if isinstance(logger, logging.Logger) and _in_redacted_namespace(name)
        )
        for name in names:
            _attach(logging.getLogger(name))
        _loggers_seen = len(table)
