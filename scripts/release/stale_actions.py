"""Overlay actions a new upstream spec left matching nothing, and the overlay document without them.

When a vendor removes an operation, the overlay document's actions for it (its name, its repairs) match nothing.
`sync-specs` removes exactly those actions' lines from the overlay document, keeping every other byte (comments
included), and lists them for the reviewer by their lines in the document as it was. Removing an action that
matched nothing changes nothing else: that is checked (the overlaid document must come out identical).
"""

from __future__ import annotations

from dataclasses import dataclass

from scripts.spec import pointer
from scripts.spec.load import overlaid
from scripts.spec.model import Spec
from scripts.spec.overlay import UnmatchedAction
from scripts.spec.source import SourceDocument, SpecError, parse_source


class StaleActionsError(ValueError):
    """The stale actions cannot be removed safely; the message names each one and its lines."""


@dataclass(frozen=True)
class RemovedAction:
    """One overlay action removed because its target matched nothing in the new spec."""

    index: int
    target: str
    first_line: int
    last_line: int

    @property
    def lines(self) -> str:
        if self.first_line == self.last_line:
            return f"line {self.first_line}"
        return f"lines {self.first_line}-{self.last_line}"

    @property
    def pointer(self) -> str:
        """The action's pointer in the overlay document as it was."""
        return pointer.join(["actions", self.index])

    def line(self) -> str:
        return f"{self.lines}: {self.pointer} (target {self.target})"


def without_stale_actions(spec: Spec) -> tuple[Spec, str, list[RemovedAction]]:
    """The spec overlaid by its overlay document minus the actions that matched nothing, that document's new text,
    and the actions removed (lines as they were). StaleActionsError when that cannot be done safely."""
    overlay = spec.overlay
    if overlay is None or spec.source is None or not spec.stale_actions:
        raise ValueError("no stale overlay actions to remove")
    removed = [_removed(overlay, action) for action in spec.stale_actions]
    listing = "\n".join(f"  {overlay.path}: {action.line()}" for action in removed)
    if len(removed) == len(overlay.data.get("actions") or []):
        raise StaleActionsError(f"every action of {overlay.path} matches nothing in the new spec:\n{listing}")
    if overlay.text is None or any(action.first_line <= 0 for action in removed):
        raise StaleActionsError(f"cannot find the lines of these actions in {overlay.path}:\n{listing}")
    lines = overlay.text.splitlines(keepends=True)
    dropped = {number for action in removed for number in range(action.first_line, action.last_line + 1)}
    text = "".join(line for number, line in enumerate(lines, start=1) if number not in dropped)
    try:
        pruned = overlaid(spec.source, parse_source(text, overlay.path))
    except SpecError as exc:
        raise StaleActionsError(f"removing these actions from {overlay.path} broke it ({exc}):\n{listing}") from None
    if pruned.document != spec.document or pruned.stale_actions:
        raise StaleActionsError(f"removing these actions from {overlay.path} changed more than them:\n{listing}")
    return pruned, text, removed


def _removed(overlay: SourceDocument, action: UnmatchedAction) -> RemovedAction:
    span = overlay.lines_of(action.pointer)
    first, last = span if span is not None else (0, 0)
    # A blank line that YAML's end mark counts into the action stays: it separates what follows.
    while overlay.text is not None and last > first and not overlay.text.splitlines()[last - 1].strip():
        last -= 1
    return RemovedAction(action.index, action.target, first, last)
