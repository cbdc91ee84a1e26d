from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models import (
    _datetime_fallback,
    _field_failed,
    _fromisoformat,
    _new_object,
    _not_valid,
)
from ..models.piece_category import PieceCategory
from ..models.piece_package_type import PiecePackageType
from ..models.piece_type import PieceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.piece_actions import PieceActions
    from ..models.piece_auth import PieceAuth
    from ..models.piece_triggers import PieceTriggers


T = TypeVar("T", bound="PieceDetail")


# Member lookups by wire value, bound once (unknown values go on to the enum itself, which keeps them).
_piece_category_member = PieceCategory._value2member_map_.get
_piece_type_member = PieceType._value2member_map_.get
_piece_package_type_member = PiecePackageType._value2member_map_.get


# The fields from_dict reads (by wire name); anything else in a body is kept in additional_properties.
_DECLARED_FIELDS = frozenset(
    (
        "id",
        "name",
        "displayName",
        "logoUrl",
        "description",
        "version",
        "authors",
        "categories",
        "auth",
        "actions",
        "triggers",
        "projectUsage",
        "pieceType",
        "packageType",
        "platformId",
        "archiveId",
        "minimumSupportedRelease",
        "maximumSupportedRelease",
        "tags",
        "created",
        "updated",
    )
)


@_attrs_define
class PieceDetail:
    """A workflow piece with its actions and triggers. Vendor schema `PieceDetailResponse`.

    Attributes:
        id (None | str | Unset):
        name (None | str | Unset):
        display_name (None | str | Unset):
        logo_url (None | str | Unset):
        description (None | str | Unset):
        version (None | str | Unset):
        authors (list[str] | None | Unset):
        categories (list[PieceCategory] | None | Unset):
        auth (list[PieceAuth] | None | PieceAuth | Unset):
        actions (None | PieceActions | Unset):
        triggers (None | PieceTriggers | Unset):
        project_usage (int | None | Unset):
        piece_type (None | PieceType | Unset):
        package_type (None | PiecePackageType | Unset):
        platform_id (None | str | Unset):
        archive_id (None | str | Unset):
        minimum_supported_release (None | str | Unset):
        maximum_supported_release (None | str | Unset):
        tags (list[str] | None | Unset):
        created (datetime.datetime | None | Unset):
        updated (datetime.datetime | None | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    authors: list[str] | None | Unset = UNSET
    categories: list[PieceCategory] | None | Unset = UNSET
    auth: list[PieceAuth] | None | PieceAuth | Unset = UNSET
    actions: None | PieceActions | Unset = UNSET
    triggers: None | PieceTriggers | Unset = UNSET
    project_usage: int | None | Unset = UNSET
    piece_type: None | PieceType | Unset = UNSET
    package_type: None | PiecePackageType | Unset = UNSET
    platform_id: None | str | Unset = UNSET
    archive_id: None | str | Unset = UNSET
    minimum_supported_release: None | str | Unset = UNSET
    maximum_supported_release: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.piece_actions import PieceActions
        from ..models.piece_auth import PieceAuth
        from ..models.piece_triggers import PieceTriggers

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        authors: list[str] | None | Unset
        if isinstance(self.authors, Unset):
            authors = UNSET
        elif isinstance(self.authors, list):
            authors = self.authors

        else:
            authors = self.authors

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.value
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        auth: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, PieceAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, list):
            auth = []
            for auth_type_1_item_data in self.auth:
                auth_type_1_item = auth_type_1_item_data.to_dict()
                auth.append(auth_type_1_item)

        else:
            auth = self.auth

        actions: dict[str, Any] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, PieceActions):
            actions = self.actions.to_dict()
        else:
            actions = self.actions

        triggers: dict[str, Any] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, PieceTriggers):
            triggers = self.triggers.to_dict()
        else:
            triggers = self.triggers

        project_usage: int | None | Unset
        if isinstance(self.project_usage, Unset):
            project_usage = UNSET
        else:
            project_usage = self.project_usage

        piece_type: None | str | Unset
        if isinstance(self.piece_type, Unset):
            piece_type = UNSET
        elif isinstance(self.piece_type, PieceType):
            piece_type = self.piece_type.value
        else:
            piece_type = self.piece_type

        package_type: None | str | Unset
        if isinstance(self.package_type, Unset):
            package_type = UNSET
        elif isinstance(self.package_type, PiecePackageType):
            package_type = self.package_type.value
        else:
            package_type = self.package_type

        platform_id: None | str | Unset
        if isinstance(self.platform_id, Unset):
            platform_id = UNSET
        else:
            platform_id = self.platform_id

        archive_id: None | str | Unset
        if isinstance(self.archive_id, Unset):
            archive_id = UNSET
        else:
            archive_id = self.archive_id

        minimum_supported_release: None | str | Unset
        if isinstance(self.minimum_supported_release, Unset):
            minimum_supported_release = UNSET
        else:
            minimum_supported_release = self.minimum_supported_release

        maximum_supported_release: None | str | Unset
        if isinstance(self.maximum_supported_release, Unset):
            maximum_supported_release = UNSET
        else:
            maximum_supported_release = self.maximum_supported_release

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        elif isinstance(self.updated, datetime.datetime):
            updated = self.updated.isoformat()
        else:
            updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if authors is not UNSET:
            field_dict["authors"] = authors
        if categories is not UNSET:
            field_dict["categories"] = categories
        if auth is not UNSET:
            field_dict["auth"] = auth
        if actions is not UNSET:
            field_dict["actions"] = actions
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if project_usage is not UNSET:
            field_dict["projectUsage"] = project_usage
        if piece_type is not UNSET:
            field_dict["pieceType"] = piece_type
        if package_type is not UNSET:
            field_dict["packageType"] = package_type
        if platform_id is not UNSET:
            field_dict["platformId"] = platform_id
        if archive_id is not UNSET:
            field_dict["archiveId"] = archive_id
        if minimum_supported_release is not UNSET:
            field_dict["minimumSupportedRelease"] = minimum_supported_release
        if maximum_supported_release is not UNSET:
            field_dict["maximumSupportedRelease"] = maximum_supported_release
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _field: str | None = None
        _items: list[Any] | None = None
        try:
            _whole = len(src_dict) == 21
            if _whole:
                try:
                    id = src_dict["id"]
                    name = src_dict["name"]
                    display_name = src_dict["displayName"]
                    logo_url = src_dict["logoUrl"]
                    description = src_dict["description"]
                    version = src_dict["version"]
                    authors = src_dict["authors"]
                    categories = src_dict["categories"]
                    auth = src_dict["auth"]
                    actions = src_dict["actions"]
                    triggers = src_dict["triggers"]
                    project_usage = src_dict["projectUsage"]
                    piece_type = src_dict["pieceType"]
                    package_type = src_dict["packageType"]
                    platform_id = src_dict["platformId"]
                    archive_id = src_dict["archiveId"]
                    minimum_supported_release = src_dict["minimumSupportedRelease"]
                    maximum_supported_release = src_dict["maximumSupportedRelease"]
                    tags = src_dict["tags"]
                    created = src_dict["created"]
                    updated = src_dict["updated"]
                except KeyError:
                    _whole = False
            if not _whole:
                id = src_dict.get("id", UNSET)
                name = src_dict.get("name", UNSET)
                display_name = src_dict.get("displayName", UNSET)
                logo_url = src_dict.get("logoUrl", UNSET)
                description = src_dict.get("description", UNSET)
                version = src_dict.get("version", UNSET)
                authors = src_dict.get("authors", UNSET)
                categories = src_dict.get("categories", UNSET)
                auth = src_dict.get("auth", UNSET)
                actions = src_dict.get("actions", UNSET)
                triggers = src_dict.get("triggers", UNSET)
                project_usage = src_dict.get("projectUsage", UNSET)
                piece_type = src_dict.get("pieceType", UNSET)
                package_type = src_dict.get("packageType", UNSET)
                platform_id = src_dict.get("platformId", UNSET)
                archive_id = src_dict.get("archiveId", UNSET)
                minimum_supported_release = src_dict.get("minimumSupportedRelease", UNSET)
                maximum_supported_release = src_dict.get("maximumSupportedRelease", UNSET)
                tags = src_dict.get("tags", UNSET)
                created = src_dict.get("created", UNSET)
                updated = src_dict.get("updated", UNSET)

            if authors is not UNSET and authors is not None:
                _field = "authors"
                if not isinstance(authors, list):
                    _not_valid(authors, "list[str] | None")

            if categories is not UNSET and categories is not None:
                _field = "categories"
                if not isinstance(categories, list):
                    _not_valid(categories, "list[PieceCategory] | None")
                _items = []
                for _item in categories:
                    _items.append(_piece_category_member(_item) or PieceCategory(_item))
                categories = _items
                _items = None

            if auth is not UNSET:
                _field = "auth"
                auth = _parse_auth(auth)

            if actions is not UNSET and actions is not None:
                _field = "actions"
                actions = _models.PieceActions.from_dict(actions)

            if triggers is not UNSET and triggers is not None:
                _field = "triggers"
                triggers = _models.PieceTriggers.from_dict(triggers)

            if piece_type is not UNSET and piece_type is not None:
                _field = "pieceType"
                piece_type = _piece_type_member(piece_type) or PieceType(piece_type)

            if package_type is not UNSET and package_type is not None:
                _field = "packageType"
                package_type = _piece_package_type_member(package_type) or PiecePackageType(package_type)

            if tags is not UNSET and tags is not None:
                _field = "tags"
                if not isinstance(tags, list):
                    _not_valid(tags, "list[str] | None")

            if created is not UNSET and created is not None:
                _field = "created"
                try:
                    created = _fromisoformat(created)
                except ValueError:
                    created = _datetime_fallback(created)

            if updated is not UNSET and updated is not None:
                _field = "updated"
                try:
                    updated = _fromisoformat(updated)
                except ValueError:
                    updated = _datetime_fallback(updated)

            if _whole or len(src_dict) == (id is not UNSET) + (name is not UNSET) + (display_name is not UNSET) + (
                logo_url is not UNSET
            ) + (description is not UNSET) + (version is not UNSET) + (authors is not UNSET) + (
                categories is not UNSET
            ) + (auth is not UNSET) + (actions is not UNSET) + (triggers is not UNSET) + (
                project_usage is not UNSET
            ) + (piece_type is not UNSET) + (package_type is not UNSET) + (platform_id is not UNSET) + (
                archive_id is not UNSET
            ) + (minimum_supported_release is not UNSET) + (maximum_supported_release is not UNSET) + (
                tags is not UNSET
            ) + (created is not UNSET) + (updated is not UNSET):
                additional_properties = {}
            else:
                additional_properties = {
                    _key: _value for _key, _value in src_dict.items() if _key not in _DECLARED_FIELDS
                }
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _field_failed(error, _field, src_dict, _items)
            raise
        _model = _new_object(cls)
        _model.id = id
        _model.name = name
        _model.display_name = display_name
        _model.logo_url = logo_url
        _model.description = description
        _model.version = version
        _model.authors = authors
        _model.categories = categories
        _model.auth = auth
        _model.actions = actions
        _model.triggers = triggers
        _model.project_usage = project_usage
        _model.piece_type = piece_type
        _model.package_type = package_type
        _model.platform_id = platform_id
        _model.archive_id = archive_id
        _model.minimum_supported_release = minimum_supported_release
        _model.maximum_supported_release = maximum_supported_release
        _model.tags = tags
        _model.created = created
        _model.updated = updated
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


def _parse_auth(data: Any) -> list[PieceAuth] | None | PieceAuth | Unset:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        value = _models.PieceAuth.from_dict(data)

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        _items = []
        _read_item = _models.PieceAuth.from_dict
        for _item in data:
            _items.append(_read_item(_item))
        value = _items
        _items = None

        return value
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    _not_valid(data, "list[PieceAuth] | None | PieceAuth")
