"""X-RateLimit-* headers read into a typed RateLimit."""

from __future__ import annotations

from talkwire_core import RateLimit


def test_epoch_reset_is_kept_as_is() -> None:
    limit = RateLimit.from_headers(
        {"X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "999", "X-RateLimit-Reset": "1642262400"}
    )
    assert limit == RateLimit(limit=1000, remaining=999, reset_at=1642262400.0)
    assert limit.seconds_until_reset(now=1642262390.0) == 10.0


def test_small_reset_is_seconds_from_now_and_header_case_does_not_matter() -> None:
    limit = RateLimit.from_headers({"x-ratelimit-reset": "30"}, now=1000.0)
    assert limit == RateLimit(limit=None, remaining=None, reset_at=1030.0)


def test_no_headers_gives_none_and_garbage_gives_none_fields() -> None:
    assert RateLimit.from_headers({"content-type": "application/json"}) is None
    assert RateLimit.from_headers({"X-RateLimit-Limit": "lots"}) is None
    assert RateLimit.from_headers({"X-RateLimit-Limit": "lots", "X-RateLimit-Remaining": "3"}) == RateLimit(
        limit=None, remaining=3, reset_at=None
    )


def test_reset_in_the_past_waits_zero() -> None:
    assert RateLimit(limit=None, remaining=0, reset_at=100.0).seconds_until_reset(now=200.0) == 0.0
