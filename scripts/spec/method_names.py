"""Where an operation is on a client: the resource of its tag and the method, by one rule (docs/operation-names.md).

- **Resource**: the operation's first tag as the generator names its `api.<tag>` package (`Phone Numbers` ->
  `phone_numbers`): `client.phone_numbers`.
- **Method**: the operation's Python name (from its operationId) without the resource's noun, when that noun comes
  right after the first word: the whole tag or its last words, each word compared in the singular
  (`list_meetings` in `meetings` -> `list`, `get_meeting` -> `get`, `get_meeting_summary` -> `get_summary`,
  `create_path` in `conversational_paths` -> `create`). Otherwise, or when what is left would be a Python keyword
  (`return_phone_number` in `phone_numbers`), the Python name as it is (`get_conversation_transcript` in
  `transcripts`: taking the noun from elsewhere in the name would change what it says).
- **Auto-paging**: an operation that declares paging also gets `<first word>_all<rest>` (`list` -> `list_all`,
  `list_versions` -> `list_all_versions`).
- **Override**: `x-talkwire-method: <name>` on the operation (in the spec or the overlay document) names the method
  instead of the rule.

Names are checked when a package is generated (scripts/generation/resources.py): two methods of one resource with
one name, or a name the client or resource already uses, are refused there with the location of the operation.
"""

from __future__ import annotations

import keyword
import re
from functools import cache

from scripts.spec.model import Operation

METHOD_EXTENSION = "x-talkwire-method"
# A method name: snake_case, not private.
_METHOD_NAME = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


@cache
def resource_name(tag: str) -> str:
    """The client attribute (and `api.<tag>` package) of a tag, as openapi-python-client names the package."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(tag, "tag"))


def singular(word: str) -> str:
    """A word's singular, as far as the rule needs it: both sides of a comparison go through it."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        return word[:-1]
    return word


def _same_noun(words: list[str], noun: list[str]) -> bool:
    return words[:-1] == noun[:-1] and singular(words[-1]) == singular(noun[-1])


def derived_method_name(function: str, resource: str) -> str:
    """The rule's method name for the operation whose Python name is `function`, in `resource`."""
    verb, *rest = function.split("_")
    tag_words = resource.split("_")
    for start in range(len(tag_words)):  # the whole tag first, then its last words
        noun = tag_words[start:]
        if len(rest) >= len(noun) and _same_noun(rest[: len(noun)], noun):
            name = "_".join([verb, *rest[len(noun) :]])
            return function if keyword.iskeyword(name) else name
    return function


def method_name(operation: Operation) -> str:
    """The operation's method on its resource: `x-talkwire-method` when given, else the rule's."""
    override = operation.node.get(METHOD_EXTENSION)
    if isinstance(override, str):
        return override
    return derived_method_name(operation.python_name, resource_name(operation.tag))


def auto_paging_name(method: str) -> str:
    """The auto-paging twin of a list method: `all` after its first word (`list` -> `list_all`)."""
    verb, *rest = method.split("_")
    return "_".join([verb, "all", *rest])


def method_name_problem(name: object) -> str | None:
    """Why `name` cannot name a method (an `x-talkwire-method` value), or None."""
    if not isinstance(name, str) or not _METHOD_NAME.match(name):
        return f"{name!r} is not a method name (snake_case: lower-case words joined by `_`)"
    if keyword.iskeyword(name):
        return f"{name!r} is a Python keyword"
    return None
