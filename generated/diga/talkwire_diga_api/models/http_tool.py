from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_audio import ExecutionAudio
from ..models.http_method import HttpMethod
from ..models.pre_speech_mode import PreSpeechMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_headers import HttpHeaders
    from ..models.http_tool_body_param import HttpToolBodyParam
    from ..models.http_tool_path_param import HttpToolPathParam
    from ..models.http_tool_query_param import HttpToolQueryParam


T = TypeVar("T", bound="HttpTool")


@_attrs_define
class HttpTool:
    """An HTTP tool of an HTTP integration. Vendor schema `HttpToolResponseSchema`.

    Attributes:
        id (UUID):
        name (str): Tool name the LLM sees.
        headers (HttpHeaders | None): Headers sent with this tool's requests.
        method (HttpMethod): HTTP method of an HTTP tool (vendor enum `HttpMethods`).
        type_ (Literal['HTTP'] | Unset):  Default: 'HTTP'.
        description (None | str | Unset): When the agent should use the tool.
        endpoint_path (None | str | Unset): Path relative to the integration's `base_url`; may contain `{name}`
            placeholders filled from `path`.
        query (list[HttpToolQueryParam] | None | Unset): Query parameters.
        body (list[HttpToolBodyParam] | None | Unset): JSON body parameters.
        path (list[HttpToolPathParam] | None | Unset): Values for the `{name}` placeholders of `endpoint_path`.
        timeout (int | None | Unset): Seconds (presumably). Default: 5.
        approval_required (bool | Unset): Whether each use of the tool needs approval first. Default: False.
        execution_audio (ExecutionAudio | None | Unset): Audio played while the tool runs.
        pre_speech (PreSpeechMode | Unset): Whether the agent speaks before running the tool (`auto`: when it sees fit;
            `force`: always). The vendor does not explain the values; this reading is inferred.
    """

    id: UUID
    name: str
    headers: HttpHeaders | None
    method: HttpMethod
    type_: Literal["HTTP"] | Unset = "HTTP"
    description: None | str | Unset = UNSET
    endpoint_path: None | str | Unset = UNSET
    query: list[HttpToolQueryParam] | None | Unset = UNSET
    body: list[HttpToolBodyParam] | None | Unset = UNSET
    path: list[HttpToolPathParam] | None | Unset = UNSET
    timeout: int | None | Unset = 5
    approval_required: bool | Unset = False
    execution_audio: ExecutionAudio | None | Unset = UNSET
    pre_speech: PreSpeechMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.http_headers import HttpHeaders

        id = str(self.id)

        name = self.name

        headers: dict[str, Any] | None
        if isinstance(self.headers, HttpHeaders):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        method = self.method.value

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        endpoint_path: None | str | Unset
        if isinstance(self.endpoint_path, Unset):
            endpoint_path = UNSET
        else:
            endpoint_path = self.endpoint_path

        query: list[dict[str, Any]] | None | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        elif isinstance(self.query, list):
            query = []
            for query_type_0_item_data in self.query:
                query_type_0_item = query_type_0_item_data.to_dict()
                query.append(query_type_0_item)

        else:
            query = self.query

        body: list[dict[str, Any]] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, list):
            body = []
            for body_type_0_item_data in self.body:
                body_type_0_item = body_type_0_item_data.to_dict()
                body.append(body_type_0_item)

        else:
            body = self.body

        path: list[dict[str, Any]] | None | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, list):
            path = []
            for path_type_0_item_data in self.path:
                path_type_0_item = path_type_0_item_data.to_dict()
                path.append(path_type_0_item)

        else:
            path = self.path

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        approval_required = self.approval_required

        execution_audio: None | str | Unset
        if isinstance(self.execution_audio, Unset):
            execution_audio = UNSET
        elif isinstance(self.execution_audio, ExecutionAudio):
            execution_audio = self.execution_audio.value
        else:
            execution_audio = self.execution_audio

        pre_speech: str | Unset = UNSET
        if not isinstance(self.pre_speech, Unset):
            pre_speech = self.pre_speech.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "headers": headers,
                "method": method,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if endpoint_path is not UNSET:
            field_dict["endpoint_path"] = endpoint_path
        if query is not UNSET:
            field_dict["query"] = query
        if body is not UNSET:
            field_dict["body"] = body
        if path is not UNSET:
            field_dict["path"] = path
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if approval_required is not UNSET:
            field_dict["approval_required"] = approval_required
        if execution_audio is not UNSET:
            field_dict["execution_audio"] = execution_audio
        if pre_speech is not UNSET:
            field_dict["pre_speech"] = pre_speech

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.http_headers import HttpHeaders
        from ..models.http_tool_body_param import HttpToolBodyParam
        from ..models.http_tool_path_param import HttpToolPathParam
        from ..models.http_tool_query_param import HttpToolQueryParam

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_headers(data: object) -> HttpHeaders | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = HttpHeaders.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid HttpHeaders | None")

        headers = _parse_headers(d.pop("headers"))

        method = HttpMethod(d.pop("method"))

        type_ = cast(Literal["HTTP"] | Unset, d.pop("type", UNSET))
        if type_ != "HTTP" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'HTTP', got '{type_}'")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_endpoint_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_path = _parse_endpoint_path(d.pop("endpoint_path", UNSET))

        def _parse_query(data: object) -> list[HttpToolQueryParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                query_type_0 = []
                _query_type_0 = data
                for query_type_0_item_data in _query_type_0:
                    query_type_0_item = HttpToolQueryParam.from_dict(query_type_0_item_data)

                    query_type_0.append(query_type_0_item)

                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[HttpToolQueryParam] | None")

        query = _parse_query(d.pop("query", UNSET))

        def _parse_body(data: object) -> list[HttpToolBodyParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                body_type_0 = []
                _body_type_0 = data
                for body_type_0_item_data in _body_type_0:
                    body_type_0_item = HttpToolBodyParam.from_dict(body_type_0_item_data)

                    body_type_0.append(body_type_0_item)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[HttpToolBodyParam] | None")

        body = _parse_body(d.pop("body", UNSET))

        def _parse_path(data: object) -> list[HttpToolPathParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                path_type_0 = []
                _path_type_0 = data
                for path_type_0_item_data in _path_type_0:
                    path_type_0_item = HttpToolPathParam.from_dict(path_type_0_item_data)

                    path_type_0.append(path_type_0_item)

                return path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[HttpToolPathParam] | None")

        path = _parse_path(d.pop("path", UNSET))

        def _parse_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        approval_required = d.pop("approval_required", UNSET)

        def _parse_execution_audio(data: object) -> ExecutionAudio | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_audio_type_0 = ExecutionAudio(data)

                return execution_audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid ExecutionAudio | None")

        execution_audio = _parse_execution_audio(d.pop("execution_audio", UNSET))

        _pre_speech = d.pop("pre_speech", UNSET)
        pre_speech: PreSpeechMode | Unset
        if isinstance(_pre_speech, Unset):
            pre_speech = UNSET
        else:
            pre_speech = PreSpeechMode(_pre_speech)

        _model = cls.__new__(cls)
        _model.id = id
        _model.name = name
        _model.headers = headers
        _model.method = method
        _model.type_ = type_
        _model.description = description
        _model.endpoint_path = endpoint_path
        _model.query = query
        _model.body = body
        _model.path = path
        _model.timeout = timeout
        _model.approval_required = approval_required
        _model.execution_audio = execution_audio
        _model.pre_speech = pre_speech

        _model.additional_properties = d
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
