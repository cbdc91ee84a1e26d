"""The public Python API of a generated package, name by name, and what a release adds to it or removes from it.

griffe's breaking-change check (versioning.py) says what breaks; what users can newly call (a resource surface a
template added, a model the spec added) only shows when the two APIs are compared name by name, which is done here
on griffe's trees (the released one decoded from its stored dump, the new one loaded from generated/).

Public: every name along the path is public to griffe (in its module's `__all__` where the module has one; not
imported, else) and none starts with `_` (dunder methods included). A name re-exported elsewhere in the package is
the same object as where it is defined, so an object is listed once, at its shortest public path; a name
re-exported from another package (talkwire-core's errors) is listed as such. An object is added when none of its
public paths was public before (and removed when none stays public); an object that stays public but can also be
imported from a new place is listed at that place, while the members of a newly re-exported class are not listed
again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Literal

ApiKind = Literal["module", "class", "function", "method", "attribute", "type alias", "re-export"]
# The order a changelog lists kinds in, each with its heading.
KIND_HEADINGS: dict[ApiKind, str] = {
    "module": "Modules",
    "class": "Classes",
    "function": "Functions",
    "method": "Methods",
    "attribute": "Attributes, fields and properties",
    "type alias": "Type aliases",
    "re-export": "Names re-exported from other packages",
}


@dataclass(frozen=True, order=True)
class ApiName:
    """One public object: where users import or reach it from (its shortest public path), and what it is."""

    path: str
    kind: ApiKind


@dataclass(frozen=True)
class ApiChanges:
    """The public objects one release adds and removes, each once, sorted by kind then path."""

    added: tuple[ApiName, ...] = ()
    removed: tuple[ApiName, ...] = ()
    # Every public path of the old API the new one lacks, re-exports and members of removed objects included: each
    # is covered by a name in `removed` (itself, its object at a shorter path, or its container).
    vanished_paths: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Exposed:
    identity: str  # the path where the object is defined (or, re-exported from another package, its target path)
    kind: ApiKind


def api_changes(old: Any, new: Any) -> ApiChanges:
    """What the public API of griffe module `new` adds to and removes from that of `old` (the same package)."""
    old_paths, new_paths = public_paths(old), public_paths(new)
    return ApiChanges(
        added=_missing_from(new_paths, old_paths),
        removed=_missing_from(old_paths, new_paths),
        vanished_paths=frozenset(old_paths.keys() - new_paths.keys()),
    )


def public_paths(package: Any) -> dict[str, _Exposed]:
    """Every public path of griffe module `package` (itself included), re-exports too, with the object it names."""
    found = {package.path: _Exposed(package.path, "module")}
    _collect(package, package.path, found, frozenset({package.path}))
    return found


def _collect(container: Any, exposed_as: str, found: dict[str, _Exposed], walking: frozenset[str]) -> None:
    import griffe

    for name, member in container.members.items():
        if name.startswith("_") or not _is_public(member):
            continue
        path = f"{exposed_as}.{name}"
        try:
            target = member.final_target if member.is_alias else member
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            found[path] = _Exposed(member.target_path, "re-export")  # from another package: nothing to walk
            continue
        found[path] = _Exposed(target.path, _kind(target))
        if (target.is_module or target.is_class) and target.path not in walking:
            _collect(target, path, found, walking | {target.path})


def _is_public(member: Any) -> bool:
    import griffe

    try:
        return bool(member.is_public)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return False


def _kind(target: Any) -> ApiKind:
    if target.is_module:
        return "module"
    if target.is_class:
        return "class"
    if "property" in target.labels:
        return "attribute"  # read as an attribute (`client.meetings`), whatever griffe calls it
    if target.is_function:
        return "method" if target.parent is not None and target.parent.is_class else "function"
    if target.is_type_alias:
        return "type alias"
    return "attribute"


def _missing_from(side: dict[str, _Exposed], other: dict[str, _Exposed]) -> tuple[ApiName, ...]:
    """The objects of `side` with a public path `other` lacks, each once at its shortest such path: an object public
    in `other` under another path counts only where its new path sits in a container `other` has."""
    paths_of: dict[str, list[str]] = defaultdict(list)
    for path, exposed in side.items():
        paths_of[exposed.identity].append(path)
    names = []
    for paths in paths_of.values():
        fresh = [path for path in paths if path not in other]
        if fresh and len(fresh) < len(paths):
            fresh = [path for path in fresh if path.rpartition(".")[0] in other]
        if fresh:
            path = min(fresh, key=_shortness)
            names.append(ApiName(path, side[path].kind))
    kinds = list(KIND_HEADINGS)
    return tuple(sorted(names, key=lambda name: (kinds.index(name.kind), name.path)))


def _shortness(path: str) -> tuple[int, int, str]:
    return (path.count("."), len(path), path)


def by_kind(names: tuple[ApiName, ...]) -> dict[str, list[str]]:
    """The paths of `names` grouped by kind, kinds in KIND_HEADINGS order (each group keeps the names' order)."""
    grouped: dict[ApiKind, list[str]] = {kind: [] for kind in KIND_HEADINGS}
    for name in names:
        grouped[name.kind].append(name.path)
    return {kind: paths for kind, paths in grouped.items() if paths}
