"""What a reader knows at one point of an article: the registry, plus what the quotes so far taught.

The :class:`~.registry.Registry` is built once from the text and never
changes afterwards.  Resolving a quote's speaker can teach something the
text alone did not say: that "he" was the man of unknown gender named
before, that "the minister" is the person last named, that capitals a cue
read as "a Quarrenby Rail spokesperson" name an organisation, and that
the speaker just resolved is the freshest mention for the next pronoun.
The writer of the article relies on these, so the next quote must see
them.

A :class:`Story` holds those lessons beside the registry.  It is a value:
every ``with_*`` method returns a new Story and leaves the old one as it
was, so resolving one quote against a Story never changes what another
quote resolved against the same Story sees.  The pipeline passes the Story
from one quote to the next, in article order.

Reading through a Story (``kind``, ``gender``, ``roles``, ``entity_of``,
``recent``, ...) gives the registry's facts with the lessons applied.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .names import Run
    from .registry import Entity, Registry

log = logging.getLogger(__name__)

__all__ = ["LOOKBACK", "Found", "Story"]

#: How many mentions back (or forward) a search for an antecedent goes; an
#: article rarely refers further, and the bound keeps long texts linear.
LOOKBACK = 150

#: An entity and the position of its mention.
Found = tuple["Entity", int]


class Story:
    """The registry as known at one point of the article (see the module docstring).

    ``Story(reg)`` knows only what the text says.  While the registry is
    being built it reads the registry's lists as they grow.
    """

    __slots__ = (
        "reg",
        "_genders",
        "_kinds",
        "_roles",
        "_by_role",
        "_run_orgs",
        "_orgs",
        "_orgs_by_first",
        "_new_orgs",
        "_note_pos",
        "_note_ent",
        "_note_n",
        "_said_pos",
        "_said_ent",
        "_said_n",
        "_said_counts",
    )

    def __init__(self, reg: Registry) -> None:
        self.reg = reg
        # Lessons, keyed by entity index (all small; copied when one is added).
        self._genders: dict[int, str] = {}  # a gender a pronoun taught
        self._kinds: dict[int, str] = {}  # "org": a person a cue showed to be an organisation
        self._roles: dict[int, tuple[tuple[str, frozenset[str]], ...]] = {}  # roles bound by "the minister said"
        self._by_role: dict[str, tuple[Entity, ...]] = {}  # the same, indexed as Registry.by_role
        # Capitals a cue showed to name an organisation: run start -> entity,
        # and the organisations made for them.
        self._run_orgs: dict[int, Entity] = {}
        self._orgs: dict[str, Entity] = {}
        self._orgs_by_first: dict[str, tuple[tuple[list[str], Entity], ...]] = {}
        self._new_orgs: tuple[Entity, ...] = ()
        # Resolved speakers as fresh mentions, sorted by position (ties in
        # the order noted), and those of them who are people.  The lists are
        # shared with the stories derived from this one and only ever grow:
        # this story reads their first ``_note_n`` / ``_said_n`` items (see
        # :meth:`with_speaker`).
        self._note_pos: list[int] = []
        self._note_ent: list[Entity] = []
        self._note_n = 0
        self._said_pos: list[int] = []
        self._said_ent: list[Entity] = []
        self._said_n = 0
        self._said_counts: dict[int, int] = {}  # entity index -> quotes resolved to that person

    def _copy(self) -> Story:
        # Spelled out: a loop over __slots__ with getattr/setattr costs twice as much (one copy per quote).
        new = Story.__new__(Story)
        new.reg = self.reg
        new._genders = self._genders
        new._kinds = self._kinds
        new._roles = self._roles
        new._by_role = self._by_role
        new._run_orgs = self._run_orgs
        new._orgs = self._orgs
        new._orgs_by_first = self._orgs_by_first
        new._new_orgs = self._new_orgs
        new._note_pos = self._note_pos
        new._note_ent = self._note_ent
        new._note_n = self._note_n
        new._said_pos = self._said_pos
        new._said_ent = self._said_ent
        new._said_n = self._said_n
        new._said_counts = self._said_counts
        return new

    # -- facts, lessons applied ----------------------------------------------

    def kind(self, ent: Entity) -> str:
        """The kind of ``ent``: "person" or "org"."""
        return self._kinds.get(ent.index, ent.kind) if self._kinds else ent.kind

    def gender(self, ent: Entity) -> str | None:
        """The gender of ``ent``: "m", "f" or None (lessons only ever fill in an unknown gender)."""
        return ent.gender or self._genders.get(ent.index)

    def roles(self, ent: Entity) -> list[tuple[str, frozenset[str]]]:
        """The roles (head, modifiers) the article gave ``ent``."""
        more = self._roles.get(ent.index)
        return ent.roles if more is None else ent.roles + list(more)

    def role_holders(self, key: str) -> list[Entity]:
        """Who holds a role whose last word is ``key`` (or "@" + modifier for a counterpart)."""
        base = self.reg.by_role.get(key, [])
        more = self._by_role.get(key)
        return base if more is None else base + list(more)

    def entity_of(self, run: Run) -> Entity | None:
        """Who the capitals of ``run`` name, if anyone."""
        ent = run.entity
        if ent is None and self._run_orgs:
            return self._run_orgs.get(run.start)
        return ent

    def run_kind(self, run: Run) -> str:
        """The kind of what ``run`` names: "person", "org" or "unknown"."""
        if run.entity is None and run.start in self._run_orgs:
            return "org"
        return run.kind

    def entities(self) -> list[Entity]:
        """Every person and organisation, in the order first named."""
        return self.reg.entities + list(self._new_orgs) if self._new_orgs else self.reg.entities

    def entity_count(self) -> int:
        return len(self.reg.entities) + len(self._new_orgs)

    def org(self, key: str) -> Entity | None:
        """The organisation whose normalised name (or acronym) is ``key``."""
        ent = self.reg.orgs.get(key)
        return self._orgs.get(key) if ent is None else ent

    def org_with_prefix(self, norm: list[str]) -> Entity | None:
        """'Quarnholt' for 'Quarnholt Systems': an organisation named by its first words."""
        for key, ent in self.reg.orgs_by_first.get(norm[0], ()):
            if key[: len(norm)] == norm:
                return ent
        for key, ent in self._orgs_by_first.get(norm[0], ()):
            if key[: len(norm)] == norm:
                return ent
        return None

    # -- the timeline of mentions ----------------------------------------------

    def mentions_before(self, pos: int) -> Iterator[Found]:
        """(entity, position) of the mentions before ``pos``, nearest first, at most :data:`LOOKBACK`.

        Mentions are the registry's (names and roles outside quotes) merged
        with the speakers noted; at one position a noted speaker comes after
        the registry's mentions.
        """
        bp, be = self.reg.timeline_pos, self.reg.timeline_ent
        npos, nent, n = self._note_pos, self._note_ent, self._note_n
        i = bisect.bisect_left(bp, pos) - 1
        j = bisect.bisect_left(npos, pos, 0, n) - 1 if n else -1
        for _ in range(LOOKBACK):
            if j >= 0 and (i < 0 or npos[j] >= bp[i]):
                yield nent[j], npos[j]
                j -= 1
            elif i >= 0:
                yield be[i], bp[i]
                i -= 1
            else:
                return

    def mentions_after(self, pos: int) -> Iterator[Found]:
        """(entity, position) of the mentions from ``pos`` on, in text order."""
        bp, be = self.reg.timeline_pos, self.reg.timeline_ent
        npos, nent, n = self._note_pos, self._note_ent, self._note_n
        i = bisect.bisect_left(bp, pos)
        j = bisect.bisect_left(npos, pos, 0, n)
        while True:
            if i < len(bp) and (j >= n or bp[i] <= npos[j]):
                yield be[i], bp[i]
                i += 1
            elif j < n:
                yield nent[j], npos[j]
                j += 1
            else:
                return

    def named_between(self, lo: int, hi: int) -> Iterator[tuple[int, Entity]]:
        """(position, entity) for every run in ``[lo, hi)`` that names someone this story knows, in order."""
        from .tokens import words

        for ts, _te, _w in words(self.reg.text, lo, hi):
            run = self.reg.runs_by_start.get(ts)
            ent = self.entity_of(run) if run is not None else None
            if ent is not None:
                yield ts, ent

    def named_since(self, ent: Entity, pos: int, reach: int) -> bool:
        """Is ``ent`` named (by a name or role outside quotes) in the ``reach`` characters before ``pos``?"""
        bp, be = self.reg.timeline_pos, self.reg.timeline_ent
        i = bisect.bisect_left(bp, pos) - 1
        while i >= 0 and bp[i] >= pos - reach:
            if be[i] is ent:
                return True
            i -= 1
        return False

    def recent(self, pos: int, ok: Callable[[Entity], bool]) -> Found | None:
        """The nearest mention before ``pos`` whose entity is ``ok``, with its position."""
        if not self._note_n:
            # No speakers noted: the registry's own list, without a merge (what mentions_before yields).
            bp, be = self.reg.timeline_pos, self.reg.timeline_ent
            i = bisect.bisect_left(bp, pos) - 1
            stop = max(-1, i - LOOKBACK)
            while i > stop:
                if ok(be[i]):
                    return be[i], bp[i]
                i -= 1
            return None
        for ent, at in self.mentions_before(pos):
            if ok(ent):
                return ent, at
        return None

    def recent_kind(self, pos: int, kind: str, strong: bool = False) -> Found | None:
        """``recent(pos, lambda e: kind(e) == kind [and e.strong])``, the commonest search."""
        if not self._note_n and not self._kinds:
            # Nothing learned yet: the registry's own list, without a merge.
            tl_ent = self.reg.timeline_ent
            i = bisect.bisect_left(self.reg.timeline_pos, pos) - 1
            stop = max(-1, i - LOOKBACK)
            while i > stop:
                ent = tl_ent[i]
                if ent.kind == kind and (ent.strong or not strong):
                    return ent, self.reg.timeline_pos[i]
                i -= 1
            return None
        for ent, at in self.mentions_before(pos):
            if self.kind(ent) == kind and (ent.strong or not strong):
                return ent, at
        return None

    def next(self, pos: int, ok: Callable[[Entity], bool]) -> Entity | None:
        """The first entity mentioned from ``pos`` on that is ``ok``, within :data:`LOOKBACK` mentions."""
        for ent, _at in islice(self.mentions_after(pos), LOOKBACK):
            if ok(ent):
                return ent
        return None

    def quotes_by(self) -> dict[int, int]:
        """How many quotes have been resolved to each person so far, by entity index."""
        return self._said_counts

    def last_said(self, pos: int) -> Found | None:
        """The person who last spoke (or was said to speak) before ``pos``, with the position."""
        sp, se = self.reg.speaker_pos, self.reg.speaker_ent
        i = bisect.bisect_left(sp, pos) - 1
        quoted = self.last_quoted(pos)
        if quoted is not None and (i < 0 or quoted[1] >= sp[i]):
            return quoted
        return (se[i], sp[i]) if i >= 0 else None

    def last_quoted(self, pos: int) -> Found | None:
        """The speaker of the last quote resolved before ``pos`` (not one only said to speak), with the position."""
        j = bisect.bisect_left(self._said_pos, pos, 0, self._said_n) - 1 if self._said_n else -1
        return (self._said_ent[j], self._said_pos[j]) if j >= 0 else None

    def quoted_before(self, pos: int) -> Iterator[Found]:
        """The speakers of the quotes resolved before ``pos``, the latest first, with their positions."""
        j = bisect.bisect_left(self._said_pos, pos, 0, self._said_n) - 1 if self._said_n else -1
        for k in range(j, -1, -1):
            yield self._said_ent[k], self._said_pos[k]

    # -- lessons ---------------------------------------------------------------

    def with_gender(self, ent: Entity, gender: str) -> Story:
        """A pronoun showed the gender of ``ent``."""
        new = self._copy()
        new._genders = {**self._genders, ent.index: gender}
        return new

    def with_kind(self, ent: Entity, kind: str) -> Story:
        """A cue showed that ``ent`` is an organisation ("a Quarrenby Rail spokesperson")."""
        new = self._copy()
        new._kinds = {**self._kinds, ent.index: kind}
        return new

    def with_role(self, ent: Entity, head: str, mods: frozenset[str]) -> Story:
        """'The minister said': ``ent`` holds the role, indexed as the registry indexes the roles it binds."""
        new = self._copy()
        new._roles = {**self._roles, ent.index: self._roles.get(ent.index, ()) + ((head, mods),)}
        by_role = dict(self._by_role)
        key = head.split()[-1]
        if ent not in self.role_holders(key):
            by_role[key] = by_role.get(key, ()) + (ent,)
        if head == "counterpart":
            for m in mods:
                by_role["@" + m] = by_role.get("@" + m, ()) + (ent,)
        new._by_role = by_role
        return new

    def with_run_entity(self, run: Run, ent: Entity) -> Story:
        """The capitals of ``run`` (no entity in the registry) name the organisation ``ent``."""
        new = self._copy()
        new._run_orgs = {**self._run_orgs, run.start: ent}
        return new

    def with_new_org(self, ent: Entity, key: str, norm: list[str]) -> Story:
        """An organisation the registry did not know, named ``key`` (normalised words ``norm``)."""
        new = self._copy()
        new._new_orgs = (*self._new_orgs, ent)
        new._orgs = {**self._orgs, key: ent}
        new._orgs_by_first = {
            **self._orgs_by_first,
            norm[0]: (*self._orgs_by_first.get(norm[0], ()), (norm, ent)),
        }
        return new

    def with_speaker(self, ent: Entity, pos: int) -> Story:
        """A resolved speaker counts as a fresh mention at ``pos`` for later pronouns.

        Speakers are mostly noted in text order, so the new mention usually
        goes at the end of the sorted lists: then it is appended to the lists
        this story shares (which this story and its ancestors read only up
        to their own lengths), with no copy.  Otherwise -- a mention before
        the last one, or lists another story already extended -- the new
        story gets lists of its own.
        """
        new = self._copy()
        new._note_pos, new._note_ent, new._note_n = _inserted(self._note_pos, self._note_ent, self._note_n, pos, ent)
        if self.kind(ent) == "person":
            new._said_pos, new._said_ent, new._said_n = _inserted(
                self._said_pos, self._said_ent, self._said_n, pos, ent
            )
            new._said_counts = {**self._said_counts, ent.index: self._said_counts.get(ent.index, 0) + 1}
        return new


def _inserted(
    pos_list: list[int], ent_list: list[Entity], n: int, pos: int, ent: Entity
) -> tuple[list[int], list[Entity], int]:
    """The sorted lists ``pos_list[:n]``, ``ent_list[:n]`` with (pos, ent) inserted after equal positions.

    Appended in place when the lists hold exactly ``n`` items and ``pos``
    sorts last (readers of the first ``n`` items see no change); else copies.
    """
    if len(pos_list) == n and (n == 0 or pos_list[n - 1] <= pos):
        pos_list.append(pos)
        ent_list.append(ent)
        return pos_list, ent_list, n + 1
    i = bisect.bisect_right(pos_list, pos, 0, n)
    return pos_list[:i] + [pos] + pos_list[i:n], ent_list[:i] + [ent] + ent_list[i:n], n + 1
