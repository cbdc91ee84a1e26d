"""No credential of any client surfaces anywhere, whatever fails: the canary matrix.

Every credential of all five clients (and the tokens their renewals receive) is a random canary. Each client is
driven over real HTTP on loopback into every failure (tests/support/evil_vendor.py: 4xx and 5xx bodies echoing the
request, an HTML error page, a redirect to another origin, a timeout, a refused connection, 2xx bodies that fail
validation, a paging error, and a refused, timed-out or redirected token renewal), and every surface a user or a
tool sees of the error is searched: ``str``, ``repr``, ``args``, ``traceback.format_exc()`` of the whole chain, the
str / repr / args of each exception in the chain, the redacted request copies the error and its chain hold, every
log record at DEBUG (formatted with its ``exc_info``, also one the application logs itself), and the pickle. Zero
occurrences, counting any 8 consecutive characters of a canary. The other origin of a redirect must receive none.
"""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from talkwire_core import RetryPolicy, TalkwireError, VendorClient

from scripts.loopback import free_port
from tests.support.evil_vendor import EvilVendor, canary, evil_vendor
from tests.support.pages import PAGED_LISTS

pytestmark = pytest.mark.slow  # about seventy clients, each into one failure over loopback

NO_RETRY = RetryPolicy(max_retries=0)
WINDOW = 8


@dataclass
class Credentials:
    """One client's canary credentials and how to build it on a base URL."""

    name: str
    vendor: str  # its paged list in tests/support/pages.py
    build: Callable[..., VendorClient]
    values: list[str] = field(default_factory=list)
    renews: bool = False


def _diio() -> Credentials:
    from talkwire_diio import DiioClient

    secret, refresh, access = canary(), canary(), canary()
    return Credentials(
        "diio",
        "diio",
        lambda base_url, **options: DiioClient(
            client_id="canary-client-id",
            client_secret=secret,
            refresh_token=refresh,
            access_token=access,
            base_url=base_url,
            **options,
        ),
        [secret, refresh, access],
        renews=True,
    )


def _vocelio_login() -> Credentials:
    from talkwire_vocelio import VocelioClient

    password = canary()
    return Credentials(
        "vocelio-login",
        "vocelio",
        lambda base_url, **options: VocelioClient(
            email="ops@example.com", password=password, base_url=base_url, **options
        ),
        [password],
        renews=True,
    )


def _vocelio_token() -> Credentials:
    from talkwire_vocelio import VocelioClient

    token = canary()
    return Credentials(
        "vocelio-token",
        "vocelio",
        lambda base_url, **options: VocelioClient(token=token, base_url=base_url, **options),
        [token],
    )


def _diga() -> Credentials:
    from talkwire_diga import DigaClient

    key = canary()
    return Credentials("diga", "diga", lambda base_url, **options: DigaClient(key, base_url=base_url, **options), [key])


def _dstny() -> Credentials:
    from talkwire_dstny import DstnyClient

    token = "mt_" + canary()
    return Credentials(
        "dstny", "dstny", lambda base_url, **options: DstnyClient(token, base_url=base_url, **options), [token]
    )


def _vida() -> Credentials:
    from talkwire_vida import VidaClient

    token = canary()
    return Credentials(
        "vida", "vida", lambda base_url, **options: VidaClient(token, base_url=base_url, **options), [token]
    )


CLIENTS: dict[str, Callable[[], Credentials]] = {
    "diio": _diio,
    "vocelio-login": _vocelio_login,
    "vocelio-token": _vocelio_token,
    "diga": _diga,
    "dstny": _dstny,
    "vida": _vida,
}
# failure -> the client options it needs
FAILURES: dict[str, dict[str, Any]] = {
    "echo4xx": {},
    "echo5xx": {},
    "html": {},
    "redirect": {"httpx_args": {"follow_redirects": True}},
    "slow": {"timeout": 0.3},
    "refused": {},
    "not_json": {},
    "bad_field": {},
    "paging": {},
    "renewal_refused": {},
    "renewal_slow": {"timeout": 0.3},
    "renewal_redirect": {"httpx_args": {"follow_redirects": True}},
}
CASES = [
    (client, failure)
    for client in CLIENTS
    for failure in FAILURES
    if not failure.startswith("renewal") or client in ("diio", "vocelio-login")
]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[EvilVendor, str]]:
    with evil_vendor() as running:
        yield running


def _chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is not None and all(current is not seen for seen in found):
            found.append(current)
            pending += [current.__cause__, current.__context__]
    return found


def surfaces(error: TalkwireError, formatted: str, records: list[logging.LogRecord]) -> dict[str, str]:
    """Every text a user or a tool sees of `error`, by where it was seen."""
    seen = {
        "str": str(error),
        "repr": repr(error),
        "args": repr(error.args),
        "format_exc": formatted,
        "format_exception": "".join(traceback.format_exception(error)),
        "pickle": pickle.dumps(error).decode("latin-1"),
    }
    for number, link in enumerate(_chain(error)):
        seen[f"chain[{number}] {type(link).__name__}"] = f"{link}\n{link!r}\n{link.args!r}"
        for name in ("request", "_request"):
            request = vars(link).get(name)
            if request is not None:
                content = request.content if hasattr(request, "_content") else b""
                seen[f"chain[{number}].{name}"] = f"{request!r} {request.url} {request.headers!r} {content!r}"
        response = vars(link).get("response")
        if response is not None:
            seen[f"chain[{number}].response.request"] = f"{response.request!r} {response.request.url}"
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    seen["logs"] = "\n".join(formatter.format(record) for record in records)
    return seen


def leaks(values: list[str], texts: dict[str, str]) -> list[str]:
    """`where: window` for every 8-character window of a value found in a text."""
    found = []
    for value in values:
        windows = {value[start : start + WINDOW] for start in range(len(value) - WINDOW + 1)}
        for where, text in texts.items():
            found += [f"{where}: {window!r}" for window in windows if window in text]
    return found


def provoke(client: VendorClient, vendor: str, failure: str) -> tuple[TalkwireError, str]:
    """Drive `client` into `failure`; the error and traceback.format_exc() where it was caught."""
    plist = PAGED_LISTS[vendor]
    try:
        if failure == "paging":
            for count, _ in enumerate(client.paginate(plist.operation)):
                assert count < 100, "the walk did not end"
        else:
            plist.operation.sync_detailed(client=client)
    except TalkwireError as exc:
        return exc, traceback.format_exc()
    raise AssertionError(f"{failure} raised no talkwire error")


@pytest.mark.parametrize(("client_name", "failure"), CASES)
def test_no_credential_surfaces(
    server: tuple[EvilVendor, str], caplog: pytest.LogCaptureFixture, client_name: str, failure: str
) -> None:
    evil, url = server
    credentials = CLIENTS[client_name]()
    options: dict[str, Any] = {"retry": NO_RETRY, **FAILURES[failure]}
    base_url = f"http://127.0.0.1:{free_port()}/x" if failure == "refused" else f"{url}/{failure}"
    client = credentials.build(base_url, **options)
    before = len(evil.foreign("127.0.0.1"))  # scenarios with a renewal path answer other paths with 401
    caplog.set_level(logging.DEBUG)
    error, formatted = provoke(client, credentials.vendor, failure)
    logging.getLogger("the_application").debug("the call failed", exc_info=error)  # a logger talkwire never saw
    texts = surfaces(error, formatted, caplog.records)
    secrets = [*credentials.values, *evil.minted.all()]
    assert leaks(secrets, texts) == [], texts
    if failure.endswith("redirect"):
        arrived = evil.foreign("127.0.0.1")[before:]
        assert leaks(secrets, {f"at the other origin: {seen.text}": seen.text for seen in arrived}) == []
    del client


def test_the_matrix_covers_every_client_and_failure() -> None:
    assert {client for client, _ in CASES} == set(CLIENTS)
    assert {failure for _, failure in CASES} == set(FAILURES)
    assert len(CASES) == len(CLIENTS) * len(FAILURES) - 3 * (len(CLIENTS) - 2)
