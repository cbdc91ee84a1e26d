"""Contains all the data models used in inputs/outputs.

Models load lazily on first access: importing one operation loads only the models it uses.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analyzed_status import AnalyzedStatus
    from .attendees import Attendees
    from .create_export_request import CreateExportRequest
    from .create_phone_call_request import CreatePhoneCallRequest
    from .created_export import CreatedExport
    from .created_phone_call import CreatedPhoneCall
    from .customer import Customer
    from .error import Error
    from .export import Export
    from .export_file_type import ExportFileType
    from .export_model import ExportModel
    from .export_status import ExportStatus
    from .meeting import Meeting
    from .meeting_list import MeetingList
    from .meeting_summary import MeetingSummary
    from .phone_call import PhoneCall
    from .phone_call_list import PhoneCallList
    from .phone_call_summary import PhoneCallSummary
    from .refresh_token_request import RefreshTokenRequest
    from .seller import Seller
    from .token_pair import TokenPair
    from .transcript import Transcript
    from .user import User
    from .user_list import UserList

_MODULE_OF: dict[str, str] = {
    "AnalyzedStatus": ".analyzed_status",
    "Attendees": ".attendees",
    "CreateExportRequest": ".create_export_request",
    "CreatePhoneCallRequest": ".create_phone_call_request",
    "CreatedExport": ".created_export",
    "CreatedPhoneCall": ".created_phone_call",
    "Customer": ".customer",
    "Error": ".error",
    "Export": ".export",
    "ExportFileType": ".export_file_type",
    "ExportModel": ".export_model",
    "ExportStatus": ".export_status",
    "Meeting": ".meeting",
    "MeetingList": ".meeting_list",
    "MeetingSummary": ".meeting_summary",
    "PhoneCall": ".phone_call",
    "PhoneCallList": ".phone_call_list",
    "PhoneCallSummary": ".phone_call_summary",
    "RefreshTokenRequest": ".refresh_token_request",
    "Seller": ".seller",
    "TokenPair": ".token_pair",
    "Transcript": ".transcript",
    "User": ".user",
    "UserList": ".user_list",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AnalyzedStatus",
    "Attendees",
    "CreateExportRequest",
    "CreatePhoneCallRequest",
    "CreatedExport",
    "CreatedPhoneCall",
    "Customer",
    "Error",
    "Export",
    "ExportFileType",
    "ExportModel",
    "ExportStatus",
    "Meeting",
    "MeetingList",
    "MeetingSummary",
    "PhoneCall",
    "PhoneCallList",
    "PhoneCallSummary",
    "RefreshTokenRequest",
    "Seller",
    "TokenPair",
    "Transcript",
    "User",
    "UserList",
)
