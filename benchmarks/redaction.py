"""Redaction with thousands of secrets registered (a process holding many clients' credentials and tokens).

Masking a text and renewing a token should cost about what they cost with one secret registered. The secrets are
shaped like real ones: half JWT access tokens (all sharing one header, the worst case for an index of their
starts), half API keys of 32 to 46 characters. Baseline of each row: the same operation with one secret registered,
measured in the same round. A last row, with no goal, times the matcher talkwire-core had before: one regular
expression alternating every secret, longest first.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import string
import time
from collections.abc import Callable

from talkwire_core._redact import OwnedSecrets, redact

JWT_HEADER = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).rstrip(b"=").decode()
# An error body of the kind an excerpt is cut from: no secret in it, as nearly every text redacted.
ERROR_BODY = (
    '{"error":"invalid_request","message":"The request could not be processed because the field `scheduled_at` is '
    'not a valid date (got 2025-13-45T10:00:00), see https://docs.vendor.test/errors#invalid_request for details",'
    '"request_id":"req_8f3a2b1c9d"} GET https://api.vendor.test/v2/calls?page=2&limit=50 400 Bad Request'
)


def jwt_shaped() -> str:
    payload = base64.urlsafe_b64encode(secrets.token_bytes(60)).rstrip(b"=").decode()
    return f"{JWT_HEADER}.{payload}.{secrets.token_urlsafe(32)}"


def api_key_shaped() -> str:
    length = 32 + secrets.randbelow(15)
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(length))


def token_like(count: int) -> list[str]:
    return [jwt_shaped() if index % 2 else api_key_shaped() for index in range(count)]


def _per_call_us(operation: Callable[[], object], repeats: int) -> float:
    started = time.perf_counter()
    for _ in range(repeats):
        operation()
    return (time.perf_counter() - started) / repeats * 1e6


def redaction_rounds(many: int, repeats: int, rounds: int) -> dict[str, list[float]]:
    """Microseconds per call, per round, with 1 and with `many` secrets registered:
    ``mask_*`` redact ERROR_BODY; ``echo_*`` redact a body echoing a JWT-shaped secret; ``rotate_*`` replace an
    access token in its slot (what a renewal does); ``regex_many`` the former matcher over the `many` secrets."""
    results: dict[str, list[float]] = {
        name: [] for name in ("mask_few", "mask_many", "echo_few", "echo_many", "rotate_few", "rotate_many")
    }
    results["regex_many"] = []
    echoed = jwt_shaped()
    always = OwnedSecrets()
    always.hold(echoed)
    echo_body = ERROR_BODY.replace("req_8f3a2b1c9d", echoed)
    if echoed in redact(echo_body):
        raise AssertionError("the echoed secret was not masked")
    renewing = OwnedSecrets()
    fresh_tokens = iter(token_like(rounds * repeats * 2 + 2))
    held = token_like(many - 1)
    former = re.compile("|".join(re.escape(value) for value in sorted([*held, echoed], key=len, reverse=True)))
    try:
        for _ in range(rounds):
            for label, crowd in (("few", None), ("many", held)):
                others = OwnedSecrets()
                if crowd is not None:
                    others.hold(*crowd)
                results[f"mask_{label}"].append(_per_call_us(lambda: redact(ERROR_BODY), repeats))
                results[f"echo_{label}"].append(_per_call_us(lambda: redact(echo_body), repeats))
                results[f"rotate_{label}"].append(
                    _per_call_us(lambda: renewing.rotate("access_token", next(fresh_tokens)), repeats)
                )
                others.release()
            results["regex_many"].append(_per_call_us(lambda: former.sub("***", ERROR_BODY), max(1, repeats // 50)))
    finally:
        always.release()
        renewing.release()
    return results
