"""A minimal Vocelio webhook receiver on the standard library's http.server.

Run it:
    VOCELIO_WEBHOOK_SECRET=your_webhook_secret python examples/webhooks/vocelio_receiver.py [port]

then subscribe `http(s)://<this host>:<port>/webhooks/vocelio` with the same secret (`create_webhook`). While you
rotate the secret, put the previous one in VOCELIO_WEBHOOK_PREVIOUS_SECRET: deliveries signed with either pass.

Each delivery is verified over its exact raw body before anything else is done with it (a 401 answers anything
that fails, saying nothing about why); a verified event is printed and acknowledged with 204.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from talkwire_vocelio.webhooks import WebhookVerificationError, verify_and_parse

logger = logging.getLogger("vocelio_receiver")
MAX_BODY_BYTES = 1024 * 1024  # a webhook payload is a few hundred bytes; refuse anything absurd


def make_handler(secrets: Sequence[str]) -> type[BaseHTTPRequestHandler]:
    class VocelioWebhookHandler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if self.path != "/webhooks/vocelio" or not 0 < length <= MAX_BODY_BYTES:
                self.send_error(404 if self.path != "/webhooks/vocelio" else 400)
                return
            raw_body = self.rfile.read(length)  # the exact bytes Vocelio signed: verify these, not re-encoded JSON
            try:
                event = verify_and_parse(dict(self.headers.items()), raw_body, list(secrets))
            except WebhookVerificationError as exc:
                logger.warning("rejected a delivery: %s", exc.reason)
                self.send_response(401)
                self.end_headers()
                return
            logger.info("%s %s", event.event.root, event.data.model_dump(exclude_none=True))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            logger.debug(format, *args)

    return VocelioWebhookHandler


def main(argv: list[str]) -> None:
    secrets = [
        s for s in (os.environ.get("VOCELIO_WEBHOOK_SECRET"), os.environ.get("VOCELIO_WEBHOOK_PREVIOUS_SECRET")) if s
    ]
    if not secrets:
        sys.exit("set VOCELIO_WEBHOOK_SECRET to the secret of your webhook subscription")
    port = int(argv[1]) if len(argv) > 1 else 8000
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(secrets))
    logger.info("listening on http://127.0.0.1:%d/webhooks/vocelio", server.server_address[1])
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main(sys.argv)
