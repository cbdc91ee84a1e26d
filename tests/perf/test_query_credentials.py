"""QueryParamAuth: a query-parameter credential goes in while the client builds the request (with the call's own
parameters, so httpx parses the URL once), and the auth flow only adds it to requests built some other way."""

from __future__ import annotations

import httpx
import pytest
from talkwire_core import QueryParamAuth, Vendor, VendorClient, redact
from talkwire_core._query_auth import PLACED_EXTENSION
from talkwire_vida_api._operations import OPERATIONS
from talkwire_vida_api.api.tasks import list_tasks
from talkwire_vida_api.client import AuthenticatedClient
from talkwire_vida_api.types import UNSET

TOKEN = "query-credential-canary-1234"
PAGE = {"success": True, "total": 0, "tasks": []}


# Vida's operations, plus one whose spec security is empty: talkwire-core sends it without credentials.
PUBLIC_OPERATION = {**OPERATIONS["list_tasks"], "operation_id": "publicOperation", "security": []}
QUERY_VENDOR = Vendor(
    name="query-credential test",
    distribution="talkwire-core",
    operations={**OPERATIONS, "public_operation": PUBLIC_OPERATION},
    unset=UNSET,
    server="https://vendor.test",
)


class QueryCredentialClient(VendorClient, AuthenticatedClient):
    vendor = QUERY_VENDOR


def recording_client(seen: list[httpx.Request]) -> QueryCredentialClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=PAGE)

    return QueryCredentialClient(QueryParamAuth("token", TOKEN), transport=httpx.MockTransport(handler))


def test_a_generated_operation_sends_the_credential_once_beside_its_own_parameters() -> None:
    seen: list[httpx.Request] = []
    list_tasks.sync(client=recording_client(seen), limit=5, offset=10)
    (request,) = seen
    assert request.url.params.get_list("token") == [TOKEN]
    assert request.url.params["limit"] == "5" and request.url.params["offset"] == "10"
    assert request.extensions[PLACED_EXTENSION] is True


async def test_the_async_client_places_it_the_same_way() -> None:
    seen: list[httpx.Request] = []
    await list_tasks.asyncio(client=recording_client(seen), limit=5)
    assert seen[0].url.params.get_list("token") == [TOKEN]
    assert seen[0].extensions[PLACED_EXTENSION] is True


def test_the_flow_leaves_a_request_the_client_built_untouched() -> None:
    auth = QueryParamAuth("token", TOKEN)
    with QueryCredentialClient(auth).get_httpx_client() as client:
        request = client.build_request("GET", "/things", params={"page": 2})
    url_before = request.url
    flowed = next(auth.sync_auth_flow(request))
    assert flowed.url is url_before
    assert flowed.url.params.get_list("token") == [TOKEN]


def test_a_request_built_by_hand_gets_the_credential_from_the_flow() -> None:
    seen: list[httpx.Request] = []
    with recording_client(seen).get_httpx_client() as client:
        client.send(httpx.Request("GET", "https://vendor.test/things?page=2"))
    assert seen[0].url.params.get_list("token") == [TOKEN]
    assert seen[0].url.params["page"] == "2"


@pytest.mark.parametrize("hand_built", [False, True])
def test_public_operations_go_without_it(hand_built: bool) -> None:
    seen: list[httpx.Request] = []
    extensions = {"talkwire_operation": "public_operation"}
    with recording_client(seen).get_httpx_client() as client:
        if hand_built:
            client.send(httpx.Request("GET", "https://vendor.test/public", extensions=extensions))
        else:
            client.get("/public", extensions=extensions)
    assert "token" not in seen[0].url.params


def test_the_value_is_a_registered_secret() -> None:
    auth = QueryParamAuth("token", TOKEN)
    assert TOKEN not in repr(auth)
    assert TOKEN not in redact(f"GET https://vendor.test/x?a=1&key={TOKEN}")


def test_an_empty_value_is_refused_naming_the_parameter() -> None:
    with pytest.raises(ValueError, match="`token`"):
        QueryParamAuth("token", "")
