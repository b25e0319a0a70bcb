"""Which dog the last report is filed under, asked ("which dog was that for?", "그거 누구 기록으로
됐어요?"): said from the store, with how to move it while it still can be ("I meant Bori",
`retold`), never a question for the coach model (owner trial 17: it was answered by the model,
which knows nothing of the owner's dogs).
"""

from __future__ import annotations

from dogcoach.handlers.history import snippet
from dogcoach.handlers.results import detail
from dogcoach.handlers.turn import Turn


async def say(turn: Turn) -> None:
    """One line: the newest report and its dog, and how to see that dog's records; with more than one dog and the report still the
    one being talked about (`detail.recent`), how to move it to the other dog. No report yet:
    which dog the next one goes to; a report told before any dog: that it is under none."""
    report = await turn.session.latest_incident(turn.user.id)
    dogs = await turn.session.list_dogs(turn.user.id)
    none = turn.t("value-none")
    if report is None:
        active = await turn.active_dog()
        turn.say("report-which-nothing-yet", name=(active.name if active else None) or none)
        return
    dog = next((d for d in dogs if d.id == report.dog_id), None)
    if dog is None:  # told before any dog was registered
        turn.say("report-which-no-dog", report=snippet(report.text))
        return
    turn.say("report-which-filed", report=snippet(report.text), name=dog.name or none)
    if dog.name:  # where that dog's records are (stop 62 owner trial: "누구꺼 기록이야?")
        turn.say("report-which-history", name=dog.name)
    others = [d.name for d in dogs if d.id != report.dog_id and d.name]
    if others and await detail.recent(turn) is not None:
        turn.say("report-which-move", other=others[0])
