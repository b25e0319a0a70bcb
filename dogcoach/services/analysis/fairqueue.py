"""The analysis line, fair between owners: round robin, and a cap on one owner's place in it.

Round robin: owners take turns, one report each, in the order they joined the line, so one
owner's fifty reports delay another owner's first by at most one analysis. Within an owner,
reports keep the order they were sent in.

The cap: at most `cap` reports of one owner are in the line at once (queued or being analysed).
A report beyond it is *held*: it stays saved (a `pending` row, resumed after a restart like any
other) and joins the line, behind the owner's others, when one of them is done. Nothing is
dropped and the owner is told so (`QueueOutlook.held`). Under round robin a held report is served
no later than it would have been in the line; what the cap adds is that the line holds at most
`cap` items per owner, whatever one owner sends.

Items are report ids and owners user ids; the class keeps no other state, so a queue backed by
the database (leases across processes) can replace it behind the same methods.

    line = FairQueue(cap=3)
    line.push(owner=7, item=101)     # True: in line; False: held
    item = line.pop()                # next report, now taken (being analysed)
    line.done(item)                  # finished: a held report of the same owner joins the line
"""

from __future__ import annotations

from collections import deque


class FairQueue:
    """Round-robin line of report ids by owner, with a per-owner cap (see module docstring)."""

    def __init__(self, cap: int | None = None) -> None:
        if cap is not None and cap < 1:
            raise ValueError("cap must be >= 1 (or None for no cap)")
        self.cap = cap
        self._lines: dict[int, deque[int]] = {}  # owner → queued items, oldest first
        self._held: dict[int, deque[int]] = {}  # owner → items over the cap, oldest first
        self._turns: deque[int] = deque()  # owners with queued items, in serving order
        self._taken: dict[int, int] = {}  # item being analysed → owner
        self._owner: dict[int, int] = {}  # every item in here → owner

    # -- state -----------------------------------------------------------------------------------

    def __len__(self) -> int:
        """Items queued, held or taken."""
        return len(self._owner)

    def __contains__(self, item: object) -> bool:
        return item in self._owner

    @property
    def taken(self) -> list[int]:
        """Items being analysed, oldest first."""
        return list(self._taken)

    def owner_of(self, item: int) -> int | None:
        return self._owner.get(item)

    def waiting(self, owner: int) -> int:
        """The owner's items not done yet: queued, held and taken."""
        return (
            len(self._lines.get(owner, ()))
            + len(self._held.get(owner, ()))
            + sum(1 for o in self._taken.values() if o == owner)
        )

    def is_held(self, item: int) -> bool:
        owner = self._owner.get(item)
        return owner is not None and item in self._held.get(owner, ())

    # -- changes ---------------------------------------------------------------------------------

    def push(self, owner: int, item: int) -> bool:
        """Add an item at the end of its owner's line; False when the cap holds it back (it joins
        when one of the owner's items is done). An item already in here is left alone (True
        unless it is held)."""
        if item in self._owner:
            return not self.is_held(item)
        self._owner[item] = owner
        if self._at_cap(owner):
            self._held.setdefault(owner, deque()).append(item)
            return False
        self._enqueue(owner, item)
        return True

    def pop(self) -> int | None:
        """The next item by round robin, now taken; None when nothing is queued."""
        if not self._turns:
            return None
        owner = self._turns.popleft()
        line = self._lines[owner]
        item = line.popleft()
        if line:
            self._turns.append(owner)
        else:
            del self._lines[owner]
        self._taken[item] = owner
        return item

    def requeue(self, item: int) -> None:
        """A taken item goes back to the head of the line (its owner served first), so the order
        survives a failed try such as an outage of the model."""
        owner = self._taken.pop(item, None)
        if owner is None:
            return
        self._lines.setdefault(owner, deque()).appendleft(item)
        if owner in self._turns:
            self._turns.remove(owner)
        self._turns.appendleft(owner)

    def done(self, item: int) -> bool:
        """The item left (finished, or no longer to be analysed) wherever it was. True when a held
        item of the same owner joined the line."""
        owner = self._owner.pop(item, None)
        if owner is None:
            return False
        if self._taken.pop(item, None) is None:
            self._drop_waiting(owner, item)
        return self._promote(owner)

    def clear(self) -> None:
        self._lines.clear()
        self._held.clear()
        self._turns.clear()
        self._taken.clear()
        self._owner.clear()

    # -- positions -------------------------------------------------------------------------------

    def ahead(self, item: int) -> int:
        """Queued and held items that will be taken before `item` (items being analysed are not
        counted); 0 for an item taken already or unknown."""
        owner = self._owner.get(item)
        if owner is None or item in self._taken:
            return 0
        line = list(self._lines.get(owner, ()))
        index = line.index(item) if item in line else len(line) + list(self._held[owner]).index(item)
        return self._ahead(owner, index)

    def ahead_if_added(self, owner: int) -> int:
        """Queued and held items that would be taken before a new item of `owner` pushed now."""
        return self._ahead(owner, self._length(owner))

    # -- internals -------------------------------------------------------------------------------

    def _at_cap(self, owner: int) -> bool:
        if self.cap is None:
            return False
        in_line = len(self._lines.get(owner, ())) + sum(1 for o in self._taken.values() if o == owner)
        return in_line >= self.cap or bool(self._held.get(owner))

    def _enqueue(self, owner: int, item: int) -> None:
        line = self._lines.setdefault(owner, deque())
        line.append(item)
        if len(line) == 1:
            # an owner with nothing being analysed goes before the owners being served now: they
            # had their turn (stop 58: the busy owner's first taken before another owner's first
            # joined, the busy owner's second was served next, the other's first delayed by two)
            self._turns.insert(self._joining_at(owner, list(self._turns)), owner)

    def _joining_at(self, owner: int, order: list[int]) -> int:
        """Where an owner with nothing queued joins `order`: before the first owner with an item
        being analysed, unless it has one itself (then last)."""
        served = set(self._taken.values())
        if owner in served:
            return len(order)
        return next((i for i, o in enumerate(order) if o in served), len(order))

    def _drop_waiting(self, owner: int, item: int) -> None:
        for store in (self._lines, self._held):
            items = store.get(owner)
            if items is not None and item in items:
                items.remove(item)
                if not items:
                    del store[owner]
                    if store is self._lines:
                        self._turns.remove(owner)
                return

    def _promote(self, owner: int) -> bool:
        held = self._held.get(owner)
        if not held or self._at_cap_without_held(owner):
            return False
        item = held.popleft()
        if not held:
            del self._held[owner]
        self._enqueue(owner, item)
        return True

    def _at_cap_without_held(self, owner: int) -> bool:
        in_line = len(self._lines.get(owner, ())) + sum(1 for o in self._taken.values() if o == owner)
        return self.cap is not None and in_line >= self.cap

    def _length(self, owner: int) -> int:
        """An owner's items still to be taken: queued, then held."""
        return len(self._lines.get(owner, ())) + len(self._held.get(owner, ()))

    def _order(self) -> list[int]:
        """Owners in serving order: those in turn, then those with only held items."""
        rest = [o for o in self._held if o not in self._lines]
        return [*self._turns, *rest]

    def _ahead(self, owner: int, index: int) -> int:
        """Round robin: before an owner's `index`-th item come its own earlier items, `index + 1`
        items of each owner served before it in a round, and `index` of each owner after it."""
        order = self._order()
        position = order.index(owner) if owner in order else self._joining_at(owner, order)
        total = index
        for rank, other in enumerate(order):
            if other != owner:
                total += min(self._length(other), index + 1 if rank < position else index)
        return total
