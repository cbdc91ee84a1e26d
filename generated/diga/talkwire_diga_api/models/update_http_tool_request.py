from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _field_failed,
    _new_object,
    _not_valid,
)
from ..models.execution_audio import ExecutionAudio
from ..models.http_method import HttpMethod
from ..models.pre_speech_mode import PreSpeechMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_headers import HttpHeaders
    from ..models.http_tool_body_param import HttpToolBodyParam
    from ..models.http_tool_path_param import HttpToolPathParam
    from ..models.http_tool_query_param import HttpToolQueryParam


T = TypeVar("T", bound="UpdateHttpToolRequest")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_http_method_member = HttpMethod._value2member_map_.get
_execution_audio_member = ExecutionAudio._value2member_map_.get
_pre_speech_mode_member = PreSpeechMode._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "name",
        "description",
        "endpoint_path",
        "query",
        "body",
        "path",
        "headers",
        "method",
        "timeout",
        "approval_required",
        "execution_audio",
        "pre_speech",
    )
)


@_attrs_define
class UpdateHttpToolRequest:
    """Partial update of an HTTP tool. Vendor schema `UpdateHttpToolRequestSchema`.

    Attributes:
        name (str | Unset): Tool name the LLM sees.
        description (str | Unset): When the agent should use the tool.
        endpoint_path (None | str | Unset): Path relative to the integration's `base_url`; may contain `{name}`
            placeholders filled from `path`.
        query (list[HttpToolQueryParam] | None | Unset): Query parameters.
        body (list[HttpToolBodyParam] | None | Unset): JSON body parameters.
        path (list[HttpToolPathParam] | None | Unset): Values for the `{name}` placeholders of `endpoint_path`.
        headers (HttpHeaders | None | Unset): Headers sent with this tool's requests.
        method (HttpMethod | Unset): HTTP method of an HTTP tool (vendor enum `HttpMethods`).
        timeout (int | None | Unset): Timeout in seconds (unit presumed).
        approval_required (bool | Unset): Whether each use of the tool needs approval first.
        execution_audio (ExecutionAudio | None | Unset): Audio played while the tool runs.
        pre_speech (None | PreSpeechMode | Unset): Whether the agent speaks before running the tool (semantics
            inferred).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    endpoint_path: None | str | Unset = UNSET
    query: list[HttpToolQueryParam] | None | Unset = UNSET
    body: list[HttpToolBodyParam] | None | Unset = UNSET
    path: list[HttpToolPathParam] | None | Unset = UNSET
    headers: HttpHeaders | None | Unset = UNSET
    method: HttpMethod | Unset = UNSET
    timeout: int | None | Unset = UNSET
    approval_required: bool | Unset = UNSET
    execution_audio: ExecutionAudio | None | Unset = UNSET
    pre_speech: None | PreSpeechMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.http_headers import HttpHeaders

        name = self.name

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

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, HttpHeaders):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

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

        pre_speech: None | str | Unset
        if isinstance(self.pre_speech, Unset):
            pre_speech = UNSET
        elif isinstance(self.pre_speech, PreSpeechMode):
            pre_speech = self.pre_speech.value
        else:
            pre_speech = self.pre_speech

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method
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
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 12
            if _whole:
                try:
                    name = src_dict["name"]
                    description = src_dict["description"]
                    endpoint_path = src_dict["endpoint_path"]
                    query = src_dict["query"]
                    body = src_dict["body"]
                    path = src_dict["path"]
                    headers = src_dict["headers"]
                    method = src_dict["method"]
                    timeout = src_dict["timeout"]
                    approval_required = src_dict["approval_required"]
                    execution_audio = src_dict["execution_audio"]
                    pre_speech = src_dict["pre_speech"]
                except KeyError:
                    _whole = False
            if not _whole:
                name = src_dict.get("name", UNSET)
                description = src_dict.get("description", UNSET)
                endpoint_path = src_dict.get("endpoint_path", UNSET)
                query = src_dict.get("query", UNSET)
                body = src_dict.get("body", UNSET)
                path = src_dict.get("path", UNSET)
                headers = src_dict.get("headers", UNSET)
                method = src_dict.get("method", UNSET)
                timeout = src_dict.get("timeout", UNSET)
                approval_required = src_dict.get("approval_required", UNSET)
                execution_audio = src_dict.get("execution_audio", UNSET)
                pre_speech = src_dict.get("pre_speech", UNSET)

            if query is not UNSET and query is not None:
                _field = "query"
                if not isinstance(query, list):
                    _not_valid(query, "list[HttpToolQueryParam] | None")
                _items = []
                _read_item = _models.HttpToolQueryParam.from_dict
                for _item in query:
                    _items.append(_read_item(_item))
                query = _items
                _items = None

            if body is not UNSET and body is not None:
                _field = "body"
                if not isinstance(body, list):
                    _not_valid(body, "list[HttpToolBodyParam] | None")
                _items = []
                _read_item = _models.HttpToolBodyParam.from_dict
                for _item in body:
                    _items.append(_read_item(_item))
                body = _items
                _items = None

            if path is not UNSET and path is not None:
                _field = "path"
                if not isinstance(path, list):
                    _not_valid(path, "list[HttpToolPathParam] | None")
                _items = []
                _read_item = _models.HttpToolPathParam.from_dict
                for _item in path:
                    _items.append(_read_item(_item))
                path = _items
                _items = None

            if headers is not UNSET and headers is not None:
                _field = "headers"
                headers = _models.HttpHeaders.from_dict(headers)

            if method is not UNSET:
                _field = "method"
                method = _http_method_member(method) or HttpMethod(method)

            if execution_audio is not UNSET and execution_audio is not None:
                _field = "execution_audio"
                execution_audio = _execution_audio_member(execution_audio) or ExecutionAudio(execution_audio)

            if pre_speech is not UNSET and pre_speech is not None:
                _field = "pre_speech"
                pre_speech = _pre_speech_mode_member(pre_speech) or PreSpeechMode(pre_speech)

            if _whole or len(src_dict) == (name is not UNSET) + (description is not UNSET) + (
                endpoint_path is not UNSET
            ) + (query is not UNSET) + (body is not UNSET) + (path is not UNSET) + (headers is not UNSET) + (
                method is not UNSET
            ) + (timeout is not UNSET) + (approval_required is not UNSET) + (execution_audio is not UNSET) + (
                pre_speech is not UNSET
            ):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.name = name
        _model.description = description
        _model.endpoint_path = endpoint_path
        _model.query = query
        _model.body = body
        _model.path = path
        _model.headers = headers
        _model.method = method
        _model.timeout = timeout
        _model.approval_required = approval_required
        _model.execution_audio = execution_audio
        _model.pre_speech = pre_speech
        _model.additional_properties = additional_properties
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
