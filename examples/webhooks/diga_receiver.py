"""A minimal diga webhook receiver on the standard library (no web framework needed).

Create a webhook subscribed to `status_changed` (`createWebhook` returns its secret once), then run:

    DIGA_WEBHOOK_SECRET=… python examples/webhooks/diga_receiver.py --port 8080

Every delivery's `Diga-Signature` is verified (HMAC-SHA256 of the exact raw body, hex; diga has not documented
its scheme, see talkwire_diga.webhooks) before the body is parsed; a forged one gets a 401 and is not processed.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from talkwire_diga.webhooks import WebhookStatusChangedEvent, WebhookVerificationError, verify_and_parse

logger = logging.getLogger("diga_receiver")

Handler = Callable[[WebhookStatusChangedEvent], None]


def log_status_change(event: WebhookStatusChangedEvent) -> None:
    # diga does not document the payload: every key is kept in `model_extra`.
    fields = event.model_extra or {}
    logger.info("status changed: call %s is now %s", fields.get("call_id"), fields.get("status"))


def make_server(
    host: str, port: int, secrets: Sequence[str], on_event: Handler = log_status_change
) -> ThreadingHTTPServer:
    """An HTTP server that verifies each POST and hands the typed event to `on_event`."""

    class DeliveryHandler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw_body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                event = verify_and_parse(dict(self.headers.items()), raw_body, list(secrets))
            except WebhookVerificationError as rejected:
                logger.warning("%s", rejected)
                self.send_response(401)
                self.end_headers()
                return
            on_event(event)
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            logger.debug(format, *args)

    return ThreadingHTTPServer((host, port), DeliveryHandler)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    arguments = parser.parse_args()
    secret = os.environ.get("DIGA_WEBHOOK_SECRET")
    if not secret:
        raise SystemExit("set DIGA_WEBHOOK_SECRET to the webhook's secret")
    logging.basicConfig(level=logging.INFO)
    server = make_server(arguments.host, arguments.port, [secret])
    logger.info("listening on http://%s:%s", arguments.host, arguments.port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
