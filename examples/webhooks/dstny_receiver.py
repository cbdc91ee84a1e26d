"""A minimal Dstny CI 2.0 webhook receiver on the standard library (no web framework needed).

Run it, then point the webhook configured in the app (Settings → REST API) at it, or try it locally:

    DSTNY_WEBHOOK_SECRET=… python examples/webhooks/dstny_receiver.py --port 8080

Every delivery is verified (HMAC-SHA256 of the exact raw body, `X-Webhook-Signature: sha256=<hex>`, and
`X-Webhook-Timestamp` within 5 minutes) before it is parsed; a forged or stale one gets a 401 and is not
processed. Set `DSTNY_WEBHOOK_SECRETS` (comma-separated) instead to accept several secrets while you rotate.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from talkwire_dstny.webhooks import ConversationCompletedEvent, WebhookVerificationError, verify_and_parse

logger = logging.getLogger("dstny_receiver")

Handler = Callable[[ConversationCompletedEvent], None]


def log_conversation(event: ConversationCompletedEvent) -> None:
    conversation = event.data.conversation
    logger.info(
        "conversation completed: %s (%s, %ss)", conversation.title, conversation.medium.root, conversation.duration
    )


def make_server(
    host: str, port: int, secrets: Sequence[str], on_event: Handler = log_conversation
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
            self.send_response(204)  # any 2xx acknowledges the delivery
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            logger.debug(format, *args)

    return ThreadingHTTPServer((host, port), DeliveryHandler)


def secrets_from_environment() -> list[str]:
    several = os.environ.get("DSTNY_WEBHOOK_SECRETS")
    if several:
        return [secret.strip() for secret in several.split(",") if secret.strip()]
    single = os.environ.get("DSTNY_WEBHOOK_SECRET")
    if not single:
        raise SystemExit("set DSTNY_WEBHOOK_SECRET (or DSTNY_WEBHOOK_SECRETS=old,new while rotating)")
    return [single]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    server = make_server(arguments.host, arguments.port, secrets_from_environment())
    logger.info("listening on http://%s:%s", arguments.host, arguments.port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
