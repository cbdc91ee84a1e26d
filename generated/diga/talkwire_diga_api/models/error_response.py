from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    _field_failed,
    _new_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(("error_code", "message", "status"))


@_attrs_define
class ErrorResponse:
    """Error body of the errors the vendor raises itself. Vendor schema `ErrorResponseSchema`.

    Attributes:
        error_code (str): Machine-readable code in SCREAMING_SNAKE_CASE. Not a closed set; the codes named in the
            vendor's examples are `AGENT_NOT_FOUND`, `AGENT_TEMPLATE_INVALID`, `AGENT_TEMPLATE_NOT_FOUND`,
            `API_KEY_NOT_FOUND`, `BAD_PARAMETER`, `BULK_DOWNLOAD_LIMIT_EXCEEDED`, `CALL_NOT_FOUND`,
            `CANNOT_REMOVE_LAST_ADMIN`, `DEFAULT_PAYMENT_METHOD_NOT_ALLOWED_ON_CREATE`, `DUPLICATE_FIELD`,
            `INTEGRATION_NOT_FOUND`, `INTEGRATION_TEMPLATE_NOT_FOUND`, `INTEGRATION_TYPE`, `INTERNAL_SERVER_ERROR`,
            `INVALID_API_KEY`, `INVALID_EMAIL`, `INVALID_PAGINATION_PARAMETERS`, `INVITATION_EXPIRED`,
            `INVITATION_NOT_FOUND`, `KNOWLEDGE_BASE_NOT_FOUND`, `LAST_PROJECT`, `MEMBER_NOT_FOUND`, `MISSING_ID`,
            `MISSING_PERMISSIONS`, `M_C_P_AUTHENTICATION_FAILED`, `M_C_P_CONNECTION_TIMEOUT`, `M_C_P_SERVER_ERROR`,
            `NON_SPANISH_PHONE_NUMBER`, `NOT_FOUND`, `NOT_VALID_FIELD`, `NO_MESSAGES_FOR_CALL`, `NO_RECORDINGS_FOUND`,
            `PAID_SUBSCRIPTION_NOT_FOUND`, `PHONE_NUMBER_NOT_FOUND`, `PROFILE_ALREADY_IN_PROJECT`, `PROJECT_NOT_FOUND`,
            `PUBLISHED_AGENT_VERSION_DELETION`, `SIP_CONFIG_NOT_SET`, `TEMPO_TIMEOUT_API`, `TEMPO_UNAVAILABLE`,
            `TRACE_NOT_FOUND`, `UNATHORIZED_ROLE`, `UNAUTHORIZED`, `VOICE_NOT_FOUND`, `WEBHOOK_NOT_FOUND`,
            `WORKFLOW_SERVICE_UNAVAILABLE`. Quirks kept as sent: many 403s carry `INTERNAL_SERVER_ERROR`, one role error is
            spelled `UNATHORIZED_ROLE`, MCP errors are spelled `M_C_P_*`.
        message (str): Human-readable explanation.
        status (str | Unset): Always `error`. Default: 'error'.
    """

    error_code: str
    message: str
    status: str | Unset = "error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        try:
            error_code = src_dict["error_code"]

            message = src_dict["message"]

            _whole = len(src_dict) == 3
            if _whole:
                try:
                    status = src_dict["status"]
                except KeyError:
                    _whole = False
            if not _whole:
                status = src_dict.get("status", UNSET)

            if _whole or len(src_dict) == 2 + (status is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, None)
            raise
        _model = _new_object(cls)
        _model.error_code = error_code
        _model.message = message
        _model.status = status
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
