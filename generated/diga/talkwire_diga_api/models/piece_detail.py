from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.piece_category import PieceCategory
from ..models.piece_package_type import PiecePackageType
from ..models.piece_type import PieceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.piece_actions import PieceActions
    from ..models.piece_auth import PieceAuth
    from ..models.piece_triggers import PieceTriggers


T = TypeVar("T", bound="PieceDetail")


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
        from ..models.piece_actions import PieceActions
        from ..models.piece_auth import PieceAuth
        from ..models.piece_triggers import PieceTriggers

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logoUrl", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_authors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authors_type_0 = cast(list[str], data)

                return authors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[str] | None")

        authors = _parse_authors(d.pop("authors", UNSET))

        def _parse_categories(data: object) -> list[PieceCategory] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = PieceCategory(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[PieceCategory] | None")

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_auth(data: object) -> list[PieceAuth] | None | PieceAuth | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0 = PieceAuth.from_dict(data)

                return auth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                auth_type_1 = []
                _auth_type_1 = data
                for auth_type_1_item_data in _auth_type_1:
                    auth_type_1_item = PieceAuth.from_dict(auth_type_1_item_data)

                    auth_type_1.append(auth_type_1_item)

                return auth_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[PieceAuth] | None | PieceAuth")

        auth = _parse_auth(d.pop("auth", UNSET))

        def _parse_actions(data: object) -> None | PieceActions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actions_type_0 = PieceActions.from_dict(data)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | PieceActions")

        actions = _parse_actions(d.pop("actions", UNSET))

        def _parse_triggers(data: object) -> None | PieceTriggers | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triggers_type_0 = PieceTriggers.from_dict(data)

                return triggers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | PieceTriggers")

        triggers = _parse_triggers(d.pop("triggers", UNSET))

        def _parse_project_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_usage = _parse_project_usage(d.pop("projectUsage", UNSET))

        def _parse_piece_type(data: object) -> None | PieceType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                piece_type_type_0 = PieceType(data)

                return piece_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | PieceType")

        piece_type = _parse_piece_type(d.pop("pieceType", UNSET))

        def _parse_package_type(data: object) -> None | PiecePackageType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                package_type_type_0 = PiecePackageType(data)

                return package_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid None | PiecePackageType")

        package_type = _parse_package_type(d.pop("packageType", UNSET))

        def _parse_platform_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform_id = _parse_platform_id(d.pop("platformId", UNSET))

        def _parse_archive_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        archive_id = _parse_archive_id(d.pop("archiveId", UNSET))

        def _parse_minimum_supported_release(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minimum_supported_release = _parse_minimum_supported_release(d.pop("minimumSupportedRelease", UNSET))

        def _parse_maximum_supported_release(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maximum_supported_release = _parse_maximum_supported_release(d.pop("maximumSupportedRelease", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid list[str] | None")

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = datetime.datetime.fromisoformat(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid datetime.datetime | None")

        created = _parse_created(d.pop("created", UNSET))

        def _parse_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_type_0 = datetime.datetime.fromisoformat(data)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ValueError(f"{data!r} is not a valid datetime.datetime | None")

        updated = _parse_updated(d.pop("updated", UNSET))

        _model = cls.__new__(cls)
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
