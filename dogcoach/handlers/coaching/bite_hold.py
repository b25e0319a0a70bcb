"""A vet or a behaviourist told as having seen the dog lifts the hold a bite puts on its plans.

After a bite that broke the skin the result says the training plan comes after a professional has
seen the dog, and for `plans.BITE_HOLD` no report starts a plan (stop 62). The owner had no way to
say that had happened (stop 63 trial): "수의사한테 다녀왔어요", "a vet has seen her", said idle or at
the question of the result that held the plan, is kept for the dog (`plans.PROFESSIONAL_SEEN_KEY`)
and the next report gets a plan again."""

from __future__ import annotations

from dogcoach.handlers.coaching import plans
from dogcoach.handlers.turn import Turn
from dogcoach.services.store.core import utcnow


async def professional_seen(turn: Turn) -> bool:
    """Kept and said when the message tells a professional has seen the active dog and a bite
    holds its plans; False (nothing done) otherwise, so the message is read as before."""
    if not turn.services.understander.professional_seen(turn.text):
        return False
    dog = await turn.active_dog()
    if dog is None or not await plans.bite_held(turn.session, turn.user.id, dog.id, turn.t):
        return False
    dog.answers[plans.PROFESSIONAL_SEEN_KEY] = utcnow().isoformat()
    await turn.session.save_dog(dog)
    turn.say("coaching-plan-bite-lifted", name=dog.name)
    return True
