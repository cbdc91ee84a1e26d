"""The Python examples in our READMEs are what users copy first: each must compile, import, and call real signatures.

Every ```python block of the root README, the overlay READMEs and the benchmarks README is checked statically (no
network, nothing executed): it compiles (top-level ``await`` allowed, as in an asyncio REPL), every import in it
resolves in the dev environment, and every call the AST can tie to our code binds to the real signature: a
generated operation's ``sync``/``sync_detailed``/``asyncio``/``asyncio_detailed``, a client's ``paginate`` family
(which must also name an operation whose spec declares paging), the vendor client constructors, and the resource
surface: ``diio.meetings.list(...)``, ``diio.aio.meetings.get(...)``, ``diio.meetings.with_raw_response.list(...)``,
``diio.with_options(...).meetings.list_all(...)`` and names bound to such views (``async with diio.aio as aio``), each
attribute of the chain looked up on a stand-in client (built without credentials). Names are resolved through the
snippet's imports and those of the README's earlier snippets, since later examples continue earlier ones. A call the
AST cannot tie to our code (``*args``, a name defined elsewhere) is left unchecked.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Self

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
README_PATHS = sorted(
    path
    for path in [
        REPO_ROOT / "README.md",
        REPO_ROOT / "benchmarks" / "README.md",
        *REPO_ROOT.glob("overlays/*/README.md"),
    ]
    if path.is_file()
)

OPERATION_FUNCTIONS = frozenset({"sync", "sync_detailed", "asyncio", "asyncio_detailed"})
PAGING_METHODS = frozenset({"paginate", "apaginate", "iterate_pages", "aiterate_pages"})
# Continuation snippets use a client without importing it again, so constructors are known by name as well.
CLIENT_PACKAGES = {
    "VidaClient": "talkwire_vida",
    "DiioClient": "talkwire_diio",
    "VocelioClient": "talkwire_vocelio",
    "DstnyClient": "talkwire_dstny",
    "DigaClient": "talkwire_diga",
}
CLIENT_CLASSES = {
    **CLIENT_PACKAGES,
    **{f"Async{name}": package for name, package in CLIENT_PACKAGES.items()},
}

_FENCE_OPEN = re.compile(r"^(?P<indent>\s*)```python\s*$")
_FENCE_CLOSE = re.compile(r"^\s*```\s*$")


@dataclass(frozen=True)
class Snippet:
    readme: Path
    line: int  # 1-based line of the opening fence
    source: str

    @property
    def label(self) -> str:
        return f"{self.readme.relative_to(REPO_ROOT).as_posix()}:{self.line}"


def python_snippets(readme: Path) -> Iterator[Snippet]:
    lines = readme.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        if _FENCE_OPEN.match(lines[index]):
            start = index
            index += 1
            body: list[str] = []
            while index < len(lines) and not _FENCE_CLOSE.match(lines[index]):
                body.append(lines[index])
                index += 1
            yield Snippet(readme, start + 1, textwrap.dedent("\n".join(body)) + "\n")
        index += 1


SNIPPETS = [snippet for readme in README_PATHS for snippet in python_snippets(readme)]


def parse(snippet: Snippet) -> ast.Module:
    # Compiling (not only parsing) also rejects e.g. a `return` outside a function; top-level await is how
    # the async examples are written.
    compile(snippet.source, snippet.label, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    return ast.parse(snippet.source, filename=snippet.label)


def imported_names(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted path (``module`` or ``module.attribute``) of every import in the snippet."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    names[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if alias.name != "*":
                    names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def resolve(dotted: str) -> Any:
    """The module or attribute a dotted import path names; raises ImportError/AttributeError when it does not exist."""
    try:
        return importlib.import_module(dotted)
    except ModuleNotFoundError as missing:
        module_name, _, attribute = dotted.rpartition(".")
        if not module_name or missing.name != dotted:
            raise
        return getattr(importlib.import_module(module_name), attribute)


def check_imports(tree: ast.Module, label: str) -> list[str]:
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            paths = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            paths = [f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*"]
        else:
            continue
        for path in paths:
            try:
                resolve(path)
            except (ImportError, AttributeError) as error:
                problems.append(f"{label} line {node.lineno}: cannot import {path}: {error}")
    return problems


def is_operation_module(value: object) -> bool:
    return isinstance(value, ModuleType) and ".api." in value.__name__ and hasattr(value, "sync_detailed")


def is_talkwire_callable(value: object) -> bool:
    return callable(value) and str(getattr(value, "__module__", "")).startswith("talkwire")


@dataclass
class Context:
    """What the names in a snippet stand for: imports (local name -> dotted path), client variables and the names
    bound to views of a client (``aio = diio.aio``, ``quick = diio.with_options(...)``)."""

    imports: dict[str, str]
    clients: dict[str, type]  # variable -> client class, from `with XClient(...) as x` or `x = XClient(...)`
    views: dict[str, ast.expr] = field(default_factory=dict)  # variable -> the expression on a client it is bound to

    def resolve(self, name: str) -> Any:
        if name in self.imports:
            try:
                return resolve(self.imports[name])
            except (ImportError, AttributeError):
                return None  # the import check reports it
        if name in CLIENT_CLASSES:
            return getattr(importlib.import_module(CLIENT_CLASSES[name]), name)
        return None


def client_variables(tree: ast.Module, context: Context) -> dict[str, type]:
    bindings: list[tuple[ast.expr, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.With, ast.AsyncWith)):
            bindings += [(item.optional_vars, item.context_expr) for item in node.items if item.optional_vars]
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            bindings.append((node.targets[0], node.value))
    clients = {}
    for target, value in bindings:
        if isinstance(target, ast.Name) and isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
            constructor = context.resolve(value.func.id)
            if inspect.isclass(constructor) and constructor.__name__ in CLIENT_CLASSES:
                clients[target.id] = constructor
        elif (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Attribute | ast.Call)
            and on_a_client(value, context, also=clients)
        ):
            context.views[target.id] = value
    return clients


def on_a_client(expression: ast.expr, context: Context, also: dict[str, type] | None = None) -> bool:
    """Whether an attribute chain starts from a client: a client variable, a view's, or a client built in place."""
    root = _root_name(expression)
    if root is None:
        return False
    if root in {*context.clients, *(also or {}), *context.views}:
        return True
    constructor = context.resolve(root)
    return inspect.isclass(constructor) and constructor.__name__ in CLIENT_CLASSES


def _root_name(expression: ast.expr) -> str | None:
    """The variable an attribute chain (calls included) starts from: `diio` of `diio.with_options().meetings`."""
    while isinstance(expression, ast.Attribute | ast.Call):
        expression = expression.value if isinstance(expression, ast.Attribute) else expression.func
    return expression.id if isinstance(expression, ast.Name) else None


_STAND_INS: dict[type, object] = {}


class SurfaceAttributeError(Exception):
    """An attribute of a chain on a client that does not exist."""


def surface_value(expression: ast.expr, context: Context) -> object | None:
    """What `expression`, an attribute chain on a client variable, stands for: looked up on a stand-in client built
    without ``__init__`` (resources and the async view need only the object). None when it cannot be followed (a
    call that returns something other than the client itself); SurfaceAttributeError for an attribute that does not exist."""
    if isinstance(expression, ast.Name):
        if expression.id in context.clients:
            cls = context.clients[expression.id]
            return _STAND_INS.setdefault(cls, object.__new__(cls))
        if expression.id in context.views:
            return surface_value(context.views[expression.id], context)
        return None
    if isinstance(expression, ast.Attribute):
        owner = surface_value(expression.value, context)
        return None if owner is None else surface_attribute(owner, expression.attr)
    if isinstance(expression, ast.Call) and isinstance(expression.func, ast.Name):  # a client built in place
        constructor = context.resolve(expression.func.id)
        if inspect.isclass(constructor) and constructor.__name__ in CLIENT_CLASSES:
            return _STAND_INS.setdefault(constructor, object.__new__(constructor))
        return None
    if isinstance(expression, ast.Call) and isinstance(expression.func, ast.Attribute):
        owner = surface_value(expression.func.value, context)
        if owner is None:
            return None
        method = surface_attribute(owner, expression.func.attr)
        returns = getattr(method, "__annotations__", {}).get("return")
        return owner if returns in ("Self", Self) else None
    return None


def surface_attribute(owner: object, name: str) -> object | None:
    try:
        inspect.getattr_static(owner, name)
    except AttributeError:
        raise SurfaceAttributeError(f"{type(owner).__name__} has no attribute {name}") from None
    try:
        return getattr(owner, name)
    except AttributeError:  # state the stand-in lacks (it was never built): nothing more to follow
        return None


def check_surface_call(call: ast.Call, context: Context, where: str) -> list[str] | None:
    """Problems of a call on a client's surface (a resource method, a view's), or None when it is not one."""
    function = call.func
    if not isinstance(function, ast.Attribute) or not on_a_client(function, context):
        return None
    if isinstance(function.value, ast.Name) and function.value.id in context.clients:
        return None  # a method of the client itself: check_call binds it
    try:
        owner = surface_value(function.value, context)
        method = None if owner is None else surface_attribute(owner, function.attr)
    except SurfaceAttributeError as problem:
        return [f"{where}: {problem}"]
    if not inspect.ismethod(method):
        return []
    problem = binding_problem(inspect.signature(method), call)
    return [f"{where}: {problem}"] if problem else []


def context_for(snippet: Snippet) -> Context:
    """This snippet's names and those of the same README's earlier snippets (later examples continue earlier ones)."""
    context = Context(imports={}, clients={})
    earlier = [other for other in SNIPPETS if other.readme == snippet.readme and other.line < snippet.line]
    for source in [*(other.source for other in earlier), snippet.source]:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        context.imports.update(imported_names(tree))
        context.clients.update(client_variables(tree, context))
    return context


def binding_problem(
    signature: inspect.Signature, call: ast.Call, *, skip_args: int = 0, extra_keywords: dict[str, object] | None = None
) -> str | None:
    """Bind the call's arguments (as placeholders) to the real signature; the TypeError's text, or None if they fit."""
    args = call.args[skip_args:]
    if any(isinstance(arg, ast.Starred) for arg in args) or any(kw.arg is None for kw in call.keywords):
        return None  # *args / **kwargs: the AST cannot tell what is passed
    keywords: dict[str, object] = {kw.arg: object() for kw in call.keywords if kw.arg is not None}
    keywords.update(extra_keywords or {})
    try:
        signature.bind(*[object() for _ in args], **keywords)
    except TypeError as error:
        return str(error)
    return None


def without_first_parameter(function: Callable[..., Any]) -> inspect.Signature:
    signature = inspect.signature(function)
    return signature.replace(parameters=list(signature.parameters.values())[1:])


def declared_paging(operation: ModuleType) -> object:
    package = operation.__name__.partition(".api.")[0]
    operations = importlib.import_module(f"{package}._operations").OPERATIONS
    return operations.get(operation.__name__.rsplit(".", 1)[-1], {}).get("pagination")


def check_paging_call(call: ast.Call, operation: ModuleType, where: str) -> list[str]:
    problems = []
    if not declared_paging(operation):
        problems.append(f"{where}: {operation.__name__} declares no paging (x-pagination) in its spec")
    # The client supplies `client=` and the page position; every other argument goes to the operation.
    signature = inspect.signature(operation.sync_detailed)
    problem = binding_problem(signature, call, skip_args=1, extra_keywords={"client": object()})
    if problem:
        problems.append(f"{where}: its arguments do not fit {operation.__name__}: {problem}")
    return problems


def check_call(call: ast.Call, context: Context, label: str) -> list[str]:
    """Problems of one call the AST can tie to our code (generated operation, client, talkwire function or class)."""
    where = f"{label} line {call.lineno}: {ast.unparse(call.func)}(…)"
    function = call.func
    problem: str | None = None
    on_surface = check_surface_call(call, context, where)
    if on_surface is not None:
        return on_surface
    if isinstance(function, ast.Name):
        target = context.resolve(function.id)
        if is_talkwire_callable(target):
            problem = binding_problem(inspect.signature(target), call)
    elif isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
        receiver = function.value.id
        if function.attr in PAGING_METHODS and call.args and isinstance(call.args[0], ast.Name):
            operation = context.resolve(call.args[0].id)
            if is_operation_module(operation):
                return check_paging_call(call, operation, where)
        target = context.resolve(receiver)
        if is_operation_module(target) and function.attr in OPERATION_FUNCTIONS:
            operation_function = getattr(target, function.attr, None)
            if operation_function is None:
                return [f"{where}: {target.__name__} has no {function.attr}() (look for {function.attr}_detailed)"]
            problem = binding_problem(inspect.signature(operation_function), call)
        elif receiver in context.clients:
            method = getattr(context.clients[receiver], function.attr, None)
            if method is None:
                return [f"{where}: {context.clients[receiver].__name__} has no attribute {function.attr}"]
            if inspect.isfunction(method):
                problem = binding_problem(without_first_parameter(method), call)
    return [f"{where}: {problem}"] if problem else []


def exported_names() -> frozenset[str]:
    """Every public name of our hand-written packages: using one means importing it first."""
    names: set[str] = set()
    for package in ["talkwire_core", *sorted(set(CLIENT_PACKAGES.values()))]:
        module = importlib.import_module(package)
        names.update(getattr(module, "__all__", [name for name in dir(module) if not name.startswith("_")]))
    return frozenset(names)


def unimported_names(tree: ast.Module, context: Context, label: str) -> list[str]:
    """Our names a reader would get a NameError for: not imported here, in an earlier snippet, or bound locally."""
    bound = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
    bound |= {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef | ast.FunctionDef)}
    exported = exported_names()
    return [
        f"{label} line {node.lineno}: {node.id} is used but not imported (here or in an earlier example)"
        for node in ast.walk(tree)
        if isinstance(node, ast.Name)
        and isinstance(node.ctx, ast.Load)
        and node.id in exported
        and node.id not in context.imports
        and node.id not in bound
    ]


def snippet_problems(snippet: Snippet) -> list[str]:
    try:
        tree = parse(snippet)
    except SyntaxError as error:
        return [f"{snippet.label}: does not compile: {error}"]
    problems = check_imports(tree, snippet.label)
    context = context_for(snippet)
    problems.extend(unimported_names(tree, context, snippet.label))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            problems.extend(check_call(node, context, snippet.label))
    return problems


def test_the_readmes_have_python_examples() -> None:
    assert len(SNIPPETS) >= 20, [snippet.label for snippet in SNIPPETS]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda snippet: snippet.label)
def test_readme_example(snippet: Snippet) -> None:
    problems = snippet_problems(snippet)
    assert not problems, "\n".join(problems)


# The checker itself: each kind of mistake it exists for is reported (a README that is never wrong proves nothing).
BROKEN_EXAMPLES = {
    "wrong import path": (
        "from talkwire_diga_api.api.call import list_calls\n",
        "cannot import talkwire_diga_api.api.call.list_calls",
    ),
    "model that does not exist": (
        "from talkwire_diio_api.models import ExportRequest\n",
        "cannot import talkwire_diio_api.models.ExportRequest",
    ),
    "unknown operation argument": (
        "from talkwire_dstny_api.api.conversations import list_conversations\n"
        "list_conversations.sync(client=dstny, page_size=25)\n",
        "unexpected keyword argument 'page_size'",
    ),
    "operation without a typed sync": (
        "from talkwire_vida_api.api.accounts import list_accounts\nlist_accounts.sync(client=vida)\n",
        "has no sync()",
    ),
    "paging an operation that does not page": (
        "from talkwire_vida_api.api.accounts import list_accounts\n"
        "for account in vida.paginate(list_accounts, target_organization_id='org'):\n    ...\n",
        "declares no paging",
    ),
    "paging with a missing required argument": (
        "from talkwire_vida_api.api.accounts import search_accounts\nfor account in vida.paginate(search_accounts):\n    ...\n",
        "missing a required argument: 'account_type'",
    ),
    "unknown constructor parameter": (
        "from talkwire_diga import DigaClient\nDigaClient(api_key='sk-1', timeout_seconds=5)\n",
        "unexpected keyword argument 'timeout_seconds'",
    ),
    "unknown client method argument": (
        "from talkwire_diio import DiioClient\n"
        "diio = DiioClient(client_id='i', client_secret='s', refresh_token='r')\n"
        "diio.wait_for_export('e', poll_every=5)\n",
        "unexpected keyword argument 'poll_every'",
    ),
    "talkwire name used without its import": (
        "async with AsyncVidaClient(token='t') as vida:\n    ...\n",
        "AsyncVidaClient is used but not imported",
    ),
    "does not compile": ("for call in calls\n    ...\n", "does not compile"),
    "resource that does not exist": (
        "from talkwire_diio import DiioClient\n"
        "diio = DiioClient(client_id='i', client_secret='s', refresh_token='r')\n"
        "diio.meeting.list()\n",
        "DiioClient has no attribute meeting",
    ),
    "resource method that does not exist": (
        "from talkwire_dstny import DstnyClient\n"
        "with DstnyClient(token='mt_x') as dstny:\n    dstny.conversations.get_transcript(1)\n",
        "ConversationsResource has no attribute get_transcript",
    ),
    "unknown resource method argument": (
        "from talkwire_diio import DiioClient\n"
        "diio = DiioClient(client_id='i', client_secret='s', refresh_token='r')\n"
        "for meeting in diio.meetings.list_all(page=2):\n    ...\n",
        "unexpected keyword argument 'page'",
    ),
    "async view method without its argument": (
        "from talkwire_vida import VidaClient\n"
        "async with VidaClient(token='t').aio as vida:\n    await vida.tasks.get()\n",
        "missing a required argument: 'task_id'",
    ),
    "a view's method with a misspelled argument": (
        "from talkwire_diga import DigaClient\n"
        "diga = DigaClient(api_key='sk-1')\n"
        "quick = diga.with_options(timeout=5)\n"
        "quick.calls.with_raw_response.list(limt=5)\n",
        "unexpected keyword argument 'limt'",
    ),
}


@pytest.mark.parametrize("mistake", sorted(BROKEN_EXAMPLES))
def test_the_checker_reports(mistake: str) -> None:
    source, expected = BROKEN_EXAMPLES[mistake]
    problems = snippet_problems(Snippet(REPO_ROOT / "not-a-readme.md", 1, source))
    assert any(expected in problem for problem in problems), problems


def operation_module_calls(snippet: Snippet) -> list[str]:
    """The calls of a snippet in the operation-module style (``list_meetings.sync(client=diio)``,
    ``diio.paginate(list_meetings)``): what the resource style replaces in the examples users copy."""
    return [
        f"{snippet.label}:{node.lineno}: {ast.unparse(node.func)}(...)"
        for node in ast.walk(parse(snippet))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in OPERATION_FUNCTIONS | PAGING_METHODS
    ]


def test_the_readme_examples_use_the_resource_style() -> None:
    """Every example calls the vendor through the client's resources (``diio.meetings.list(...)``,
    ``list_all``); the operation modules and ``paginate`` stay callable, and the prose says so, but no example
    teaches them."""
    found = [call for snippet in SNIPPETS for call in operation_module_calls(snippet)]
    assert not found, "\n".join(found)
    vendors = [package.removeprefix("talkwire_") for package in CLIENT_PACKAGES.values()]
    resources = {
        entry["resource"]
        for vendor in vendors
        for entry in importlib.import_module(f"talkwire_{vendor}_api._operations").OPERATIONS.values()
    }
    for readme in [REPO_ROOT / "README.md", *(REPO_ROOT / "overlays" / vendor / "README.md" for vendor in vendors)]:
        quick_start = next(python_snippets(readme))
        resource_calls = [
            node
            for node in ast.walk(parse(quick_start))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr in resources
        ]
        assert resource_calls, f"{quick_start.label}: the quick start calls no resource method"


def test_the_style_check_reports_an_operation_module_call() -> None:
    snippet = Snippet(
        REPO_ROOT / "README.md",
        1,
        "from talkwire_diio_api.api.meetings import list_meetings\n"
        "list_meetings.sync(client=diio, page=1)\n"
        "for meeting in diio.paginate(list_meetings):\n    ...\n",
    )
    assert operation_module_calls(snippet) == [
        "README.md:1:2: list_meetings.sync(...)",
        "README.md:1:3: diio.paginate(...)",
    ]
