"""File parts for Vocelio's two multipart uploads (clone a voice, upload leads), from a path, bytes or a binary
file object, streamed (httpx reads the file in chunks while sending), with the content type the spec declares.

A path is opened only while httpx reads it and closed at its end, so building a request leaks no file handle; a
file object must be seekable for the request to be replayed (after a re-login or a 429), as httpx rewinds it.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from talkwire_vocelio_api.types import UNSET, File

if TYPE_CHECKING:
    from talkwire_vocelio_api.models.clone_voice_request import CloneVoiceRequest
    from talkwire_vocelio_api.models.lead_field_mapping import LeadFieldMapping
    from talkwire_vocelio_api.models.upload_leads_request import UploadLeadsRequest

# The `encoding.<part>.contentType` of each multipart request body in specs/vocelio.yaml (a test keeps them equal).
DECLARED_PART_TYPES: dict[str, dict[str, str]] = {
    "clone_voice": {"audio_file": "audio/*"},
    "upload_leads": {"file": "text/csv", "mapping": "application/json"},
}

FileSource = str | os.PathLike[str] | bytes | BinaryIO


class _PathReader(io.RawIOBase):
    """A file opened on first read and closed at end of file (and reopened if httpx rewinds for a replay)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.name = str(path)
        self._path = path
        self._size = path.stat().st_size  # fails now, naming the path, rather than mid-request
        self._file: BinaryIO | None = None
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._file is None:
            self._file = self._path.open("rb")
            self._file.seek(self._position)
        chunk = self._file.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self._position += len(chunk)
        if not chunk:
            self._release()
        return len(chunk)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}[whence]
        self._position = base + offset
        if self._file is not None:
            self._file.seek(self._position)
        return self._position

    def tell(self) -> int:
        return self._position

    def _release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def close(self) -> None:
        self._release()
        super().close()


def _matches(content_type: str, declared: str) -> bool:
    kind, _, subtype = declared.partition("/")
    return content_type == declared or (subtype == "*" and content_type.startswith(kind + "/"))


def file_part(
    source: FileSource,
    *,
    declared_type: str,
    file_name: str | None = None,
    content_type: str | None = None,
    default_name: str | None = None,
) -> File:
    """A generated `File` for one multipart part.

    The file name defaults to the path's or the file object's name, else ``default_name``, else ``upload.<ext>``.
    ``content_type``
    defaults to the declared type; where the spec declares a wildcard (`audio/*`), it is guessed from the file
    name and must fall within the declared type.
    """
    if isinstance(source, bytes):
        payload: BinaryIO = io.BytesIO(source)
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        payload = io.BufferedReader(_PathReader(path))
        file_name = file_name or path.name
    elif isinstance(source, io.TextIOBase):
        raise TypeError("open the file in binary mode ('rb'): multipart uploads send bytes")
    else:
        payload = source
        name = getattr(source, "name", None)
        file_name = file_name or (os.path.basename(name) if isinstance(name, str) else None)
    file_name = file_name or default_name
    if content_type is None:
        if "*" not in declared_type:
            content_type = declared_type
        else:
            guessed = mimetypes.guess_type(file_name or "")[0]
            if guessed is None or not _matches(guessed, declared_type):
                raise ValueError(
                    f"cannot tell the content type of {file_name or 'these bytes'!r}: pass content_type= "
                    f"(one of {declared_type}, e.g. {declared_type.replace('*', 'mpeg')})"
                )
            content_type = guessed
    elif not _matches(content_type, declared_type):
        raise ValueError(f"content type {content_type!r} is not the {declared_type!r} the spec declares")
    if file_name is None:
        # Servers tell file parts from plain fields by their file name; bytes come without one.
        file_name = "upload" + (mimetypes.guess_extension(content_type) or "")
    return File(payload=payload, file_name=file_name, mime_type=content_type)


def clone_voice_request(
    audio: FileSource,
    *,
    voice_name: str,
    description: str | None = None,
    file_name: str | None = None,
    content_type: str | None = None,
) -> CloneVoiceRequest:
    """The body of ``clone_voice``: the audio sample (an ``audio/*`` file) and its name."""
    # The request models are imported when a body is built, not with the client (issue 16's cold-import goal).
    from talkwire_vocelio_api.models.clone_voice_request import CloneVoiceRequest

    part = file_part(
        audio,
        declared_type=DECLARED_PART_TYPES["clone_voice"]["audio_file"],
        file_name=file_name,
        content_type=content_type,
    )
    return CloneVoiceRequest(
        audio_file=part, voice_name=voice_name, description=UNSET if description is None else description
    )


def upload_leads_request(
    leads_csv: FileSource,
    *,
    mapping: LeadFieldMapping | Mapping[str, str] | None = None,
    file_name: str | None = None,
) -> UploadLeadsRequest:
    """The body of ``upload_leads``: the CSV file (``text/csv``) and the lead-field-to-column ``mapping``."""
    from talkwire_vocelio_api.models.lead_field_mapping import LeadFieldMapping
    from talkwire_vocelio_api.models.upload_leads_request import UploadLeadsRequest

    part = file_part(
        leads_csv,
        declared_type=DECLARED_PART_TYPES["upload_leads"]["file"],
        file_name=file_name,
        default_name="leads.csv",
    )
    if mapping is None:
        return UploadLeadsRequest(file=part)
    if not isinstance(mapping, LeadFieldMapping):
        mapping = LeadFieldMapping.from_dict(dict(mapping))
    return UploadLeadsRequest(file=part, mapping=mapping)
