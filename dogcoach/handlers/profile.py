"""/profile and /newdog: show the active dog, edit it, switch between dogs, add one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from typing import Any

from dogcoach.domain.channel import NUMBERS_SHOWN
from dogcoach.domain.ids import number_after
from dogcoach.domain.survey import BY_KEY, Kind
from dogcoach.domain.types import Choice, Reply
from dogcoach.handlers import onboarding
from dogcoach.handlers.card import format_stored, profile_card
from dogcoach.handlers.onboarding import waiting_dog
from dogcoach.handlers.onboarding.constants import NAME_HINT
from dogcoach.handlers.resume import restore, suspend
from dogcoach.handlers.turn import Turn
from dogcoach.handlers.viewed import dogs_named, viewed_dog
from dogcoach.handlers.viewed import named as named_view
from dogcoach.handlers.zone import zone_label
from dogcoach.services.store import ConversationState, Dog
from dogcoach.services.understanding import ACTIVE_DOG, DECLINE, Context, Expect, Option, Unclear, Value
from dogcoach.services.understanding import Kind as Said

PREFIX = "profile:"
SWITCH = "profile:switch"
SHOW = "profile:show"  # the profile card, offered when the survey asked for is done (stop 52)
NEW_DOG = onboarding.ADD_DOG
PICK = "profile:dog:"
REMOVE = "profile:remove:"  # + dog id: asks to confirm
REMOVE_YES = "profile:remove-yes:"  # + dog id
REMOVE_NO = "profile:remove-no"
# Adding a dog offered ("{name} is the only dog I know: add another?", and after a survey that
# heard of another dog): its "not now" button; its yes is `NEW_DOG`.
NEWDOG_NO = onboarding.ADD_DOG_NO
# The offer open, idle: typed "네", "응 등록할래", "yes", "sure, add him" take it, "아니요", "not
# now" decline it (both as the buttons). The number is how many further messages about something
# else it stays open for, its buttons shown again under their replies (Kakao keeps the quick
# replies of the last answer only: new-owner trial, the offer's button was gone after one line).
OFFERED = onboarding.ADD_DOG_OFFERED
OFFER_TURNS = onboarding.ADD_DOG_OFFER_TURNS
# The offer's answers, typed: its buttons' labels and positions ("1", "2" in the terminal), and
# yes and no in words.
OFFER_OPTIONS = (
    Option(NEW_DOG, "profile-newdog"),
    Option(NEWDOG_NO, "newdog-offer-no", words=(DECLINE,)),
    Option(NEW_DOG, "newdog-offer-yes", numbered=False),
)
# The name the owner gave the dog offered ("보리로 바꿔줘"): its survey's name question offers it.
OFFERED_NAME = onboarding.ADD_DOG_OFFERED_NAME
# Names of dogs told of and offered, once the offer is closed (owner trial 25: "두부는 어제 쇼파 다
# 뜯어놨어" a few messages after 두부's offer closed was filed under 콩이 without a word): a later
# report naming one says where it was filed, as while the offer was open. The last few only.
# An answer typed alone that contradicted the confirmed profile, asked about (`correction`):
# {"dog": id, "key": question, "value": value}; `UPDATE` stores it on that dog.
CONTRADICTED = "profile_contradicted"
UPDATE = "profile:contradict-yes"
MENTIONED = "dogs_mentioned"
MENTIONED_KEPT = 3

# "Remove {name}?" is open: a flow of its own, so typed words ("네", "yes", the buttons' labels,
# "아니요", "cancel") are its choices, as at /delete's question (`privacy`).
FLOW = "removedog"
CONFIRM_STEP = "confirm"
DOG_KEY = "dog_id"
# The confirmation was asked once more after something that did not answer it (a report, noise):
# the next such message drops it, so a "yes" typed much later about something else never removes
# a dog (eighth trial).
REASKED_KEY = "reasked"


def context(turn: Turn) -> Context:
    """ "Remove {name}'s profile and reports?": its two buttons, typed ("cancel" keeps the dog)."""
    dog_id = turn.state.data.get(DOG_KEY)
    return Context(
        Expect.CHOICE,
        (
            Option(f"{REMOVE_YES}{dog_id}", "profile-remove-yes"),
            Option(REMOVE_NO, "profile-remove-no", words=(DECLINE,)),
        ),
    )


async def show(turn: Turn) -> None:
    """The card of the dog talked about (a dog in progress with no active one too: the card and
    the dog switch speak of the same dogs). Another of the owner's dogs when the message names it
    ("보리 프로필 보여줘", "show me Luna's profile"), without switching to it (`_other_card`)."""
    known, named = await viewed_dog(turn)
    dog = await onboarding.dog_in_progress(turn) if known else None
    if not known or (named is not None and named_view(turn) and (dog is None or named.id != dog.id)):
        if named is not None:
            _other_card(turn, named)
        if turn.state.flow is not None:  # no card of the dog talked about (its way back): asked again
            turn.resume_flow()
        return
    if await _survey_open(turn, dog):
        return
    if dog is None:  # the way in, as a button and as words (Kakao users type no /start)
        turn.say("profile-none-offer", choices=(turn.choice(onboarding.START, "first-report-start"),))
        return
    dogs = await turn.session.list_dogs(turn.user.id)
    card = profile_card(turn, dog)
    if len(dogs) > 1:  # "which dogs do you have", "내 강아지들 보여줘": every dog, not one card alone
        card += "\n\n" + turn.t("profile-dogs", count=len(dogs), dogs=_dogs_named(turn, dogs, dog))
    card += "\n\n" + await _zone_line(turn)
    turn.reply(Reply(card, tuple(await _card_choices(turn, dog))))
    if turn.state.flow == onboarding.FLOW:  # a further dog's survey under way: its question again (owner
        turn.resume_flow()  # trial 13: left behind, the next answer taken as a report)


async def _zone_line(turn: Turn) -> str:
    """The owner's time zone, the one dates and check-ins are in, under the card; the bot's own
    named as such when the owner set none (stop 51, owner trial: stop 50's /timezone was nowhere
    on the card, so an owner could not see which zone was in use)."""
    mine = await turn.session.user_timezone(turn.user.id)
    label = zone_label(await turn.zone(), dt.datetime.now(dt.UTC))
    return turn.t("profile-timezone" if mine else "profile-timezone-default", zone=label)


async def _card_choices(turn: Turn, dog: Dog, *, survey_open: bool = False) -> list[Choice]:
    """The card's buttons: continue an unfinished survey (not while its question is open:
    `survey_open`), edit, switch among several dogs, add one, remove this one."""
    dogs = await turn.session.list_dogs(turn.user.id)
    choices: list[Choice] = []
    if dog.completed_at is None and not survey_open:
        choices.append(turn.choice(onboarding.CONTINUE, "profile-continue"))
    choices.append(turn.choice(onboarding.EDIT, "survey-edit"))
    if len(dogs) > 1:
        choices.append(turn.choice(SWITCH, "profile-switch"))
    choices.append(turn.choice(NEW_DOG, "profile-newdog"))
    choices.append(turn.choice(f"{REMOVE}{dog.id}", "profile-remove"))
    return choices


async def _survey_open(turn: Turn, dog: Dog | None) -> bool:
    """The profile asked for while a survey question of the dog talked about (or of a first dog
    not named yet) is open: the answers given so far and that the survey is under way, then the
    question again, the way to go on (owner trial 10: "no dog yet" at the name question, and a
    card that said nothing of the survey). False, nothing said, for any other state."""
    if turn.state.flow != onboarding.FLOW or turn.state.step not in BY_KEY:
        return False
    surveyed = await onboarding.survey_dog(turn)
    if surveyed is None and turn.state.data.get("another") and dog is not None:
        return False  # a further dog's name not given yet: the card of the dog talked about
    if surveyed is not None and dog is not None and surveyed.id != dog.id:
        return False  # another dog's survey: this dog's card as always
    zone = await _zone_line(turn)  # the zone in use, mid-survey too (stop 52: only after it)
    if surveyed is None:
        turn.reply(Reply(turn.t("profile-survey-open-empty") + "\n\n" + zone))
    else:  # the card's buttons but "continue": its question is asked right below
        card = profile_card(turn, surveyed, reviewing=True) + "\n" + turn.t("profile-survey-open")
        card += "\n\n" + zone
        turn.reply(Reply(card, tuple(await _card_choices(turn, surveyed, survey_open=True))))
    turn.resume_flow()
    return True


def _dogs_named(turn: Turn, dogs: list[Dog], shown: Dog) -> str:
    """The owner's dogs by name, oldest first, the one talked about (`shown`, its card above) marked:
    owner trial 8 asked "which dogs do you have" and got one card."""
    names = [
        turn.t("profile-dogs-active", name=d.name or turn.t("value-none"))
        if d.id == shown.id
        else d.name or turn.t("value-none")
        for d in sorted(dogs, key=lambda d: d.id)
    ]
    return ", ".join(names)


def _other_card(turn: Turn, dog: Dog) -> None:
    """The card of a dog asked for by name, not the one talked about: its buttons act on it (talk
    about it, remove it) or on none (add a dog); editing and continuing are the active dog's
    buttons, so they are left out ("콩이 나이 고쳐줘" edits it by name)."""
    name = dog.name or turn.t("value-none")
    choices = (
        turn.choice(f"{PICK}{dog.id}", "profile-switch-to", name=name),
        turn.choice(NEW_DOG, "profile-newdog"),
        turn.choice(f"{REMOVE}{dog.id}", "profile-remove"),
    )
    turn.reply(Reply(profile_card(turn, dog), choices))


async def new_dog(turn: Turn) -> None:
    """A further dog: the survey again; the new dog becomes active (and, for the owner's first,
    takes what was told before there was a dog) when its profile is confirmed, never when the
    survey is cancelled (fresh trial F9).

    Typed while a survey not yet finished is open ("둘째도 있어요", "I got a second dog", "강아지
    추가"): that survey is finished first and the new dog offered as soon as it is confirmed (a
    second survey started at once left the first half done, and its answers were the owner's
    next messages; eighth trial); said in one line, then the question again. The button (or
    /cancel first) adds it at once."""
    u = turn.understanding
    # "i also have another dog named bruno" (English trial 2): the name told with the wish
    told = u.argument if u is not None and u.command == "newdog" else ""
    if turn.is_new and turn.state.flow is None and turn.incoming.choice is None:
        # the first message tells of more dogs ("안녕하세요 강아지 두마리 키워요"; trial 4: "새
        # 강아지를 추가해 볼게요." and no welcome): the welcome, one dog's survey, the next after
        turn.say("start-welcome")
        two = turn.services.understander.two_named(turn.text)  # "we have two dogs, Milo and Daisy"
        first_facts, second_facts = None, None
        if two:  # both named (stop 47: "hi! i have two dogs, alfie and bramble" asked the name)
            turn.say("survey-name-two", name=two[0], other=two[1])
            # "I have two dogs, a lab called Bruno and a little jack russell called Pip" (stop 50):
            # each dog's facts kept for its survey
            first_facts, second_facts = waiting_dog.facts_of_two(turn, two)
        else:
            turn.say("newdog-first-contact")
        await onboarding.start_new_dog(turn, name=two[0] if two else told, sure=bool(two), facts=first_facts)
        turn.state.data[onboarding.NEWDOG_AFTER] = two[1] if two else True  # offered by its name
        if second_facts is not None:
            turn.state.data[onboarding.NEWDOG_AFTER_FACTS] = second_facts
        return
    if turn.incoming.choice is None and onboarding.adding_unnamed(turn.state):
        # "강아지 추가할래요" right after /newdog (owner trial 8: read as yet another dog, and the
        # name typed next kept for it): the dog being added, its name asked again (or taken, told)
        if told:
            await onboarding.start_new_dog(turn, another=True, name=told, sure=bool(u and u.rename))
            return
        # "새 강아지" at "이름이 두부 맞죠?" (the first dog told of offered): she is kept as she is
        # and this is another dog, its name asked with nothing offered (stop 64 trial)
        if (
            turn.state.data.get(NAME_HINT)
            and not await turn.session.list_dogs(turn.user.id)
            and await onboarding.keep_first_dog(turn)
        ):
            turn.say("newdog-intro")
            await onboarding.start_new_dog(turn, another=True)
            return
        turn.say("newdog-under-way")
        turn.resume_flow()
        return
    if turn.incoming.choice is None and await onboarding.dogs_told_at_name(turn, told):
        return  # "we have 2 dogs, Milo and Daisy" at the first dog's name: Milo's, Daisy after
    if turn.incoming.choice is None and turn.state.flow == onboarding.FLOW:
        surveyed = await onboarding.survey_dog(turn)
        if surveyed is None or surveyed.completed_at is None:
            kept = turn.state.data.get(onboarding.NEWDOG_AFTER)  # a name told before stays
            turn.state.data[onboarding.NEWDOG_AFTER] = told or kept or True  # the name, offered then
            if told:  # "네 다른 강아지도 있어요 이름은 콩이": that dog's name kept, said (batch 73)
                turn.say("newdog-after-survey-named", name=told)
            else:  # a bare name typed next is that dog's (`onboarding.NEWDOG_PUT_OFF`)
                turn.say("newdog-after-survey")
                turn.state.data[onboarding.NEWDOG_PUT_OFF] = True
            turn.resume_flow()
            return
    facts = turn.state.data.get(onboarding.ADD_DOG_OFFERED_FACTS)
    name = close_offer(turn)
    first = not await turn.session.list_dogs(turn.user.id)
    if first and not name and await onboarding.keep_first_dog(turn, told):
        first = False  # the first dog told of kept as she is; this one is another (stop 64 trial)
    if first and not (told or name):
        # the owner's first dog (stop 60 trial: "Let's add another dog", the name a first report
        # told asked again): that name offered, the report filed under the dog once named
        # (`storing._named_reports_filed`); its other dog-less rows adopted when confirmed (F9)
        name, _ = await onboarding.first_report_name(turn)
    turn.say("newdog-intro-first" if first else "newdog-intro")
    # what was told of it during the last survey ("bramble is only 5 months btw"; stop 48): kept
    await onboarding.start_new_dog(
        turn, another=True, name=told or name, sure=bool(told and u and u.rename), facts=facts
    )


def offer_choices(turn: Turn) -> tuple[Choice, ...]:
    return (turn.choice(NEW_DOG, "profile-newdog"), turn.choice(NEWDOG_NO, "newdog-offer-no"))


def offer_new_dog(turn: Turn, msg_id: str, **args: Any) -> None:
    """Ask whether to add a dog, with its two buttons; idle, the offer stays open for typed
    answers (`OFFERED`, `offer_options`)."""
    turn.say(msg_id, choices=offer_choices(turn), **args)
    if turn.state.flow is None:
        turn.state.data[OFFERED] = OFFER_TURNS


def offer_options(turn: Turn, *, aside: bool = False) -> tuple[Option, ...]:
    """The open offer's answers as typed options ("네", "응 등록할래", "sure, add him", "not now");
    `aside`: also in a flow the bot opened itself (a result's follow-up question shown with the
    offer, which keeps it for one message: `followup.followup_state`, `keep_offer`)."""
    if (turn.state.flow is not None and not aside) or not turn.state.data.get(OFFERED):
        return ()
    return OFFER_OPTIONS


def decline_offer(turn: Turn) -> None:
    close_offer(turn)
    turn.say("newdog-offer-declined")


def close_offer(turn: Turn) -> str:
    """The offer answered or dropped; the name it was made for ("" when none), remembered as a dog
    told of (`MENTIONED`)."""
    turn.state.data.pop(OFFERED, None)
    turn.state.data.pop(onboarding.ADD_DOG_OFFERED_FACTS, None)
    name = str(turn.state.data.pop(OFFERED_NAME, "") or "")
    if name:
        remember(turn, name)
    return name


def remember(turn: Turn, name: str) -> None:
    """`name` remembered as a dog told of and not added (`MENTIONED`): a report naming her later
    is said to be kept for her (`report._unregistered_named`)."""
    mentioned = [n for n in turn.state.data.get(MENTIONED) or [] if isinstance(n, str) and n != name]
    turn.state.data[MENTIONED] = [*mentioned, name][-MENTIONED_KEPT:]


def mentioned(turn: Turn) -> list[str]:
    """Names of dogs the owner told of and adding was offered for, newest last (`MENTIONED`)."""
    return [n for n in turn.state.data.get(MENTIONED) or [] if isinstance(n, str)]


def keep_offer(turn: Turn, before: object) -> None:
    """After a message that answered neither button of the open offer (thanks, a report, a
    question): it stays open for `OFFER_TURNS` such messages, its buttons under the turn's last
    reply when no other reply of the turn has buttons. Another flow started, or the offer made
    or answered in this turn, leaves it as that turn set it."""
    if not before or turn.state.data.get(OFFERED) != before:
        return
    left = int(before) - 1 if isinstance(before, int) else 0
    if turn.state.flow is not None or left <= 0:
        close_offer(turn)
        return
    turn.state.data[OFFERED] = left
    if turn.replies and not any(r.choices for r in turn.replies):
        turn.replies[-1] = dataclasses.replace(turn.replies[-1], choices=offer_choices(turn))


async def own_dog_at_offer(turn: Turn) -> bool:
    """Adding a dog offered (idle), and a dog of the owner's named alone ("보리", "Max"; owner
    trial: "무슨 뜻인지 잘 모르겠어요"): that dog is meant, not a new one. Another than the one
    talked about: switched to (the offer closed); the one talked about already: said it is
    registered, and the offer made again for another dog."""
    if turn.state.flow is not None or not turn.state.data.get(OFFERED):
        return False
    # "now pip" (stop 50): the name after the words that lead it
    typed = (
        turn.text if len(turn.text.split()) == 1 else turn.services.understander.offered_dog_name(turn.text)
    )
    dogs = [d for d in await turn.session.list_dogs(turn.user.id) if d.name]
    alone = turn.services.understander.name_alone(typed, [d.name for d in dogs]) if typed else None
    if alone is None:
        return False
    dog = dogs[alone]
    if dog.id != turn.user.active_dog_id:
        await _switch(turn, dog)
        return True
    close_offer(turn)
    offer_new_dog(turn, "newdog-offer-registered", name=dog.name)
    return True


async def _own_dog(turn: Turn, dog_id: str) -> Dog | None:
    dog = await turn.session.get_dog(int(dog_id)) if dog_id.isdigit() else None
    return dog if dog is not None and dog.user_id == turn.user.id else None


async def _ask_remove(turn: Turn, dog: Dog) -> None:
    """The confirmation, opened as a flow (whatever was open is set aside and comes back after)."""
    if turn.state.flow != FLOW:
        suspend(turn, FLOW, CONFIRM_STEP)
    turn.state.data[DOG_KEY] = dog.id
    turn.state.data.pop(REASKED_KEY, None)
    _show_ask(turn, dog)


def _show_ask(turn: Turn, dog: Dog) -> None:
    choices = (
        turn.choice(f"{REMOVE_YES}{dog.id}", "profile-remove-yes"),
        turn.choice(REMOVE_NO, "profile-remove-no"),
    )
    turn.reply(Reply(turn.t("profile-remove-ask", name=dog.name or turn.t("value-none")), choices))


async def reprompt(turn: Turn) -> None:
    """The confirmation again (after a report, a question or noise typed there), once; the second
    time it was not answered it is dropped, said so (`_ask_again`). Its dog gone meanwhile, the
    flow set aside comes back instead."""
    dog = await _own_dog(turn, str(turn.state.data.get(DOG_KEY, "")))
    if dog is not None:
        _ask_again(turn, dog)
    elif restore(turn):
        turn.resume_flow()


def _ask_again(turn: Turn, dog: Dog) -> None:
    """The confirmation asked once more, or, asked once more already, dropped: nothing removed,
    whatever it set aside comes back."""
    if turn.state.data.get(REASKED_KEY):
        _drop(turn, dog)
        turn.resume_flow()
        return
    turn.state.data[REASKED_KEY] = True
    _show_ask(turn, dog)


def _drop(turn: Turn, dog: Dog) -> None:
    turn.say("profile-remove-dropped", name=dog.name or turn.t("value-none"))
    restore(turn)


async def before_command(turn: Turn, name: str) -> bool:
    """A command typed at the confirmation instead of its answer: /cancel keeps the dog (as
    "cancel" typed there does; True: nothing else to do); any other drops the confirmation (said
    so; the flow it set aside comes back) and then runs, so a later "yes" removes nothing."""
    if turn.state.flow != FLOW:
        return False
    if name == "cancel":
        _keep(turn)
        return True
    dog = await _own_dog(turn, str(turn.state.data.get(DOG_KEY, "")))
    if dog is not None and name == "removedog" and _yes_with_action(turn, dog):
        # "응 삭제", "yes delete" (owner trial 17: read as removing a dog called "응", "yes", and
        # the confirmation dropped): the yes, with the action word it confirms
        await _remove(turn, dog)
        return True
    if dog is not None:
        _drop(turn, dog)
    else:
        restore(turn)
    return False


def _yes_with_action(turn: Turn, dog: Dog) -> bool:
    """Removing asked again at the confirmation, with a yes ("응 삭제", "네 삭제해주세요", "yes
    delete") or this dog's own name as all it names: the confirmation's yes."""
    u = turn.understanding
    named = (u.argument if u is not None else "").strip()
    if not named:
        return True
    return turn.messages.matches(named, "profile-remove-yes") or same_name(named) == same_name(dog.name or "")


async def handle(turn: Turn) -> None:
    """The answer typed at the confirmation (a tap goes through `handle_idle_choice`): yes
    removes the dog, no keeps it; anything else asks again, once (`_ask_again`)."""
    dog = await _own_dog(turn, str(turn.state.data.get(DOG_KEY, "")))
    if dog is None:
        if restore(turn):
            turn.resume_flow()
        return
    if turn.picked(f"{REMOVE_YES}{dog.id}", "profile-remove-yes"):
        await _remove(turn, dog)
    elif turn.picked(REMOVE_NO, "profile-remove-no"):
        _keep(turn)
    else:
        turn.say("survey-use-buttons")
        _ask_again(turn, dog)


def _keep(turn: Turn) -> None:
    turn.say("profile-remove-kept")
    if turn.state.flow == FLOW and restore(turn):
        turn.resume_flow()


def _no_dogs(turn: Turn) -> None:
    """A dog switched or removed with none registered yet: the survey offered; during the first
    survey, that finishing it registers the dog, and its question again (stop 59 trial, Kakao:
    "강아지 바꾸기" at the name offered the survey under way, the question not asked again, and the
    owner's "아니요" then read as a name)."""
    if turn.state.flow == onboarding.FLOW:
        turn.say("profile-none-survey-open")
        turn.resume_flow()
        return
    turn.say("profile-none-offer", choices=(turn.choice(onboarding.START, "first-report-start"),))


async def remove_command(turn: Turn) -> None:
    """Removing a dog asked in words ("delete Max", "강아지 삭제"): the confirmation for the dog
    named when one of the owner's dogs has that name, or for the only dog when none is named,
    else the dogs to choose from (each tap asks the same confirmation); nothing is removed
    without it. A name that is no dog of the owner's is said so with their dogs, and no other dog
    offered (trial 4: "우유 삭제" offered the only dog)."""
    dogs = await turn.session.list_dogs(turn.user.id)
    if not dogs:
        _no_dogs(turn)
        return
    u = turn.understanding
    typed = u.argument if u is not None else ""
    if (
        typed.strip()
        and turn.messages.matches(typed.strip(), "profile-remove-yes")
        and not any(same_name(d.name or "") == same_name(typed) for d in dogs)
    ):
        # "yes delete" with no confirmation open (owner trial 17: "no dog called 'yes'"): a yes
        # names no dog; the confirmation is asked (never a removal without it)
        typed = ""
    named = same_name(typed)
    matching = [d for d in dogs if named and same_name(d.name or "") == named]
    if not matching and named:  # "보리 삭제해줘" for 보리 renamed 콩이, "remove 렉스" for Rex: that
        matching = [dogs[i] for i in dogs_named(turn, typed, dogs)]  # dog, asked by its name now
    if not matching and named:  # "우유 삭제" with no 우유 (trial 4: the only dog, 푸들, offered)
        names = ", ".join(d.name or turn.t("value-none") for d in dogs)
        turn.say("profile-remove-unknown", name=typed.strip(), dogs=names)
        turn.resume_flow()  # nothing offered to remove; the open question again
        return
    if len(matching) == 1 or (len(dogs) == 1 and not named):
        # one dog and none named ("강아지 삭제", "remove dog"): that dog's confirmation, named, at
        # once (owner trial: a one-name list, and "네" typed at it was not understood)
        await _ask_remove(turn, matching[0] if matching else dogs[0])
        return
    options = tuple(Choice(f"{REMOVE}{d.id}", d.name or turn.t("value-none")) for d in dogs)
    turn.reply(Reply(turn.t("profile-remove-pick"), options))


async def switch_command(turn: Turn) -> None:
    """Switching dogs asked in words ("switch dog", "초코로 바꿔줘", the card's "🔁 Switch dog"
    typed): straight to the dog named when exactly one of the owner's dogs has that name, else the
    same list as the card's button (saying so when the name is no dog of theirs: nothing switched);
    with one dog, that it is the only one, and the way to add another."""
    dogs = await turn.session.list_dogs(turn.user.id)
    if not dogs:
        _no_dogs(turn)
        return
    u = turn.understanding
    typed = u.argument if u is not None and u.command == "switchdog" else ""
    if typed == ACTIVE_DOG:  # "which dog am i on": that dog said, nothing switched (owner trial 11)
        active = next((d for d in dogs if d.id == turn.user.active_dog_id), dogs[0])
        turn.say("profile-active", name=active.name or turn.t("value-none"))
        if len(dogs) > 1:  # and the others to switch to
            _pick_dog(turn, dogs, turn.t("profile-pick-dog"))
        if turn.state.flow is not None:
            turn.resume_flow()
        return
    named = same_name(typed)
    matching = [d for d in dogs if named and same_name(d.name or "") == named]
    if not matching and named:  # "별이로 바꿔줘": 별 called with the ending owners add
        endings = turn.services.understander.vocabulary["understanding-name-suffix"].phrases
        called = {same_name(d.name or "") + "".join(e): d for d in dogs for e in endings}
        matching = [called[named]] if named in called else []
    if not matching and named:  # "switch to 렉스" for Rex: the name in the other script (stop 34)
        matching = [dogs[i] for i in dogs_named(turn, typed, dogs)]  # and a name before a rename
    if not matching and named:  # "푸들로 바꿔줘", "switch to the beagle" (stop 50): by its breed
        matching = of_breed(turn, typed, dogs)
    if len(matching) == 1:
        await _switch(turn, matching[0])
        return
    offered = str(turn.state.data.get(OFFERED_NAME) or "")
    if named and turn.state.data.get(OFFERED) and offered and same_name(offered) == named:
        # "switch to lulu" with adding Lulu offered after the survey (owner trial 33: "Tank is the
        # only dog I know of yours"): the offer taken, her survey started with what was kept of her
        facts = turn.state.data.get(onboarding.ADD_DOG_OFFERED_FACTS)
        name = close_offer(turn)
        turn.say("newdog-intro")
        await onboarding.start_new_dog(turn, another=True, name=name, facts=facts)
        return
    if named and turn.state.flow == onboarding.FLOW:
        # "초코로 바꿔줘" mid-survey, no 초코 (stop 50: "the only dog", 초코 never named nor
        # offered; with two dogs, "say yes to add her", a yes the question open would take): said
        # she is not registered, and offered by her name when the survey is done
        if not isinstance(turn.state.data.get(onboarding.NEWDOG_AFTER), str):
            turn.state.data[onboarding.NEWDOG_AFTER] = typed
        if len(dogs) == 1:
            turn.say(
                "profile-switch-unregistered-later", typed=typed, name=dogs[0].name or turn.t("value-none")
            )
        else:
            turn.say("profile-switch-unknown-later", name=typed)
        turn.resume_flow()
        return
    if len(dogs) == 1:
        name = dogs[0].name or turn.t("value-none")
        if turn.state.flow is not None:  # the open question stays in view: the offer is its button
            turn.say("profile-switch-only", name=name, choices=(turn.choice(NEW_DOG, "profile-newdog"),))
            turn.resume_flow()  # nothing switched
            return
        if named:  # "보리로 바꿔줘" with 콩이 alone: 보리 is offered, and its survey starts with the name
            offer_new_dog(turn, "profile-switch-unregistered", typed=typed, name=name)
            turn.state.data[OFFERED_NAME] = typed
        else:
            offer_new_dog(turn, "profile-switch-only-ask", name=name)
        return
    if not named:
        _pick_dog(turn, dogs, turn.t("profile-pick-dog"))
        return
    # "두부로 바꿔줘" with no 두부: the dogs to choose from, and 두부 offered (its name then offered
    # by the survey's name question); idle, "네" / "yes" add it as the button does
    _pick_dog(turn, dogs, turn.t("profile-switch-unknown-add", name=typed), add=True)
    if turn.state.flow is None:
        turn.state.data[OFFERED] = OFFER_TURNS
        turn.state.data[OFFERED_NAME] = typed


def of_breed(turn: Turn, typed: str, dogs: list[Dog]) -> list[Dog]:
    """The dogs of `dogs` whose breed `typed` names ("푸들", "the beagle", "비글로", "beagle" for a
    beagle mix; stop 50: only names switched, "the beagle" at the dogs' list changed the active
    dog's breed): the breed told at the survey, whole, or one word of it; words before
    (`understanding-pick-breed-before`: "the", "그") and the pick's endings ("로") read past."""
    keys = {same_name(typed)}
    for before in turn.messages.aliases("understanding-pick-breed-before"):
        keys |= {k.removeprefix(same_name(before)) for k in keys if k.startswith(same_name(before))}
    for ending in turn.messages.aliases("understanding-pick-name-ending"):
        end = same_name(ending)
        keys |= {k.removesuffix(end) for k in keys if end and k.endswith(end) and len(k) > len(end)}
    found = []
    for dog in dogs:
        breed = dog.answers.get("breed")
        if not isinstance(breed, str) or not breed.strip():
            continue
        said = {same_name(breed), *(same_name(w) for w in breed.split() if len(w) > 2)}
        if keys & said:
            found.append(dog)
    return found


async def name_at_offer(turn: Turn) -> bool:
    """Adding a dog offered (idle), and a name typed as its answer ("Pip", "now pip", "이제 밤이";
    stop 50, Telegram: "I'm not sure what you mean"), or a bare number where the buttons show
    none ("2": the second dog, never the second button's "not now"): the offer taken, the survey
    started with that name to confirm (or asked). A name of the owner's dogs is
    `own_dog_at_offer`'s; yes and no and anything else are left to the offer's options."""
    if turn.state.flow is not None or not turn.state.data.get(OFFERED) or turn.incoming.choice is not None:
        return False
    text = turn.text.strip()
    if any(turn.messages.matches(text, m) for m in ("newdog-offer-yes", "newdog-offer-no", "profile-newdog")):
        return False  # the offer's own answers
    if text.isdigit() and not turn.state.data.get(OFFERED_NAME) and turn.surface not in NUMBERS_SHOWN:
        if int(text) < 2:
            return False
        name = ""
    else:
        understander = turn.services.understander
        if understander.understand(text, Context(Expect.NOTHING)).kind is not Said.NOISE:
            return False  # "done", "thanks", a report: read as they are
        name = understander.offered_dog_name(text)
        dogs = await turn.session.list_dogs(turn.user.id)
        if not name or any(same_name(d.name or "") == same_name(name) for d in dogs):
            return False
    facts = turn.state.data.get(onboarding.ADD_DOG_OFFERED_FACTS)
    offered = close_offer(turn)
    turn.say("newdog-intro")
    await onboarding.start_new_dog(turn, another=True, name=name or offered, facts=facts)
    return True


async def next_dog_named(turn: Turn, question: str | None) -> bool:
    """The words that lead a name and then one dog's name ("ok now rocky", "이제 루키요", "next:
    rocky"; stop 50, owner trials: "That's wonderful progress! 🎉" / "I'm glad to hear that"): the
    owner moving on to that dog, when it is one of theirs, the one announced to add after the
    survey (`NEWDOG_AFTER`, its name or, announced unnamed mid-survey, the one named now) or the
    one offered: switching asked, as "switch to Rocky" is (`switch_command`: switched, or the
    announced dog offered when the survey is done). Anything else led so ("now bed", "ok now sit")
    is read as usual; at the name question the name is its answer, and an answer the open
    question understood stays one."""
    u = turn.understanding
    if question == "name" or turn.incoming.choice is not None or u is None or len(turn.text.split()) < 2:
        return False
    if u.kind is Said.ANSWER and not isinstance(u.answer, Unclear):
        return False
    understander = turn.services.understander
    name = understander.offered_dog_name(turn.text.replace(":", " "))
    if not name:
        return False
    known = [d.name for d in await turn.session.list_dogs(turn.user.id) if d.name]
    known += [
        str(v)
        for v in (turn.state.data.get(onboarding.NEWDOG_AFTER), turn.state.data.get(OFFERED_NAME))
        if isinstance(v, str) and v
    ]
    unnamed = turn.state.data.get(onboarding.NEWDOG_AFTER) is True and turn.state.flow == onboarding.FLOW
    if understander.name_alone(name, known) is None and not unnamed:
        return False
    turn.understanding = dataclasses.replace(
        u, kind=Said.COMMAND, command="switchdog", argument=name, talk=None, reason="next-dog"
    )
    await switch_command(turn)
    return True


def _pick_dog(turn: Turn, dogs: list[Dog], text: str, *, add: bool = False) -> None:
    """The owner's dogs to switch to; `add`: and the button that adds a dog."""
    options = tuple(
        Choice(f"{PICK}{d.id}", d.name or turn.t("value-none"), d.id == turn.user.active_dog_id) for d in dogs
    )
    turn.reply(Reply(text, options + ((turn.choice(NEW_DOG, "profile-newdog"),) if add else ())))


async def _switch(turn: Turn, dog: Dog) -> None:
    """`dog` becomes the one talked about; a survey open on another dog is left (its answers are
    kept), so the next message is not taken as that dog's answer. `dog` already the one talked
    about (and no survey of another dog open): said so, nothing changed, an open question asked
    again (owner trial: "보리 얘기할래" with 보리 active answered "now talking about 보리")."""
    other_survey = turn.state.flow == onboarding.FLOW and turn.state.data.get("dog_id") != dog.id
    close_offer(turn)  # picked a dog of theirs from a list that also offered adding one: not added
    if dog.id == turn.user.active_dog_id and not other_survey:
        turn.say("profile-switch-already", name=dog.name or turn.t("value-none"))
        if turn.state.flow is not None:
            turn.resume_flow()
        return
    paused = await onboarding.survey_dog(turn) if other_survey else None
    if other_survey:
        turn.state = ConversationState()
    if turn.user.active_dog_id is None:
        # the owner's first dog talked about (a dog added while they had none, never confirmed):
        # what was told before there was a dog is hers, shown in her /history, never left with
        # no dog where no view shows it once a dog is active (stop 64 trial: five reports lost)
        await turn.session.adopt_dogless(turn.user.id, dog.id)
    await turn.session.set_active_dog(turn.user.id, dog.id)
    turn.user.active_dog_id = dog.id
    turn.say("profile-switched", name=dog.name)
    if paused is not None and paused.name and paused.completed_at is None:
        # the other dog's survey paused, said so with the words that continue it (English owner
        # trial 30: "switch to max" left Bella's survey without a word)
        turn.say("profile-switched-survey-paused", other=paused.name)
    await show(turn)


def same_name(name: str) -> str:
    """A dog's name as compared: NFC, case and spaces ignored ("Bo Ri", "bori" are one name)."""
    return unicodedata.normalize("NFC", name).casefold().replace(" ", "")


async def _remove(turn: Turn, dog: Dog) -> None:
    """One dog and its reports go; the user, their other dogs and the transcript stay."""
    name = dog.name or turn.t("value-none")
    await turn.session.delete_dog(dog.id)
    if dog.name:  # its name alone kept: a later "보리 없어졌어?" is about a dog removed (`removed`)
        await turn.session.remember_removed_dog(turn.user.id, dog.name)
    resumed = turn.state.flow == FLOW and restore(turn)  # back to what the confirmation set aside
    if turn.state.flow == onboarding.FLOW and turn.state.data.get("dog_id") == dog.id:
        turn.state = ConversationState()
        resumed = False
    remaining = await turn.session.list_dogs(turn.user.id)
    if turn.user.active_dog_id == dog.id or turn.user.active_dog_id is None:
        had_none = turn.user.active_dog_id is None
        finished = [d for d in remaining if d.completed_at is not None] or remaining
        turn.user.active_dog_id = finished[-1].id if finished else None
        if had_none and turn.user.active_dog_id is not None:  # the dog-less reports, hers (`_switch`)
            await turn.session.adopt_dogless(turn.user.id, turn.user.active_dog_id)
        await turn.session.set_active_dog(turn.user.id, turn.user.active_dog_id)
    # with what is kept of it (its name), where it shows and what erases it (stop 58)
    turn.say("profile-removed", name=name, kept="yes" if dog.name else "no")
    if resumed:
        turn.resume_flow()
    elif turn.user.active_dog_id is not None:
        await show(turn)
    else:
        turn.say("profile-none-offer", choices=(turn.choice(onboarding.START, "first-report-start"),))


async def handle_idle_choice(turn: Turn) -> bool:
    choice = turn.incoming.choice or ""
    if choice == NEW_DOG:
        await new_dog(turn)
    elif choice == NEWDOG_NO:
        decline_offer(turn)
    elif choice == UPDATE:
        return await _update_contradicted(turn)
    elif choice == SHOW:
        await show(turn)
    elif choice == SWITCH:
        _pick_dog(turn, await turn.session.list_dogs(turn.user.id), turn.t("profile-pick-dog"))
    elif choice.startswith(REMOVE) or choice.startswith(REMOVE_YES):
        yes = choice.startswith(REMOVE_YES)
        dog = await _own_dog(turn, choice.removeprefix(REMOVE_YES if yes else REMOVE))
        if dog is None:
            return False
        await (_remove(turn, dog) if yes else _ask_remove(turn, dog))
    elif choice == REMOVE_NO:
        _keep(turn)
    elif choice.startswith(PICK):
        dog_id = number_after(choice, PICK)
        dog = await turn.session.get_dog(dog_id) if dog_id is not None else None
        if dog is None or dog.user_id != turn.user.id:
            return False
        await _switch(turn, dog)
    else:
        return await onboarding.handle_idle_choice(turn)
    return True


async def _update_contradicted(turn: Turn) -> bool:
    """ "Update Bruno" tapped at an answer that contradicted his profile (`CONTRADICTED`): stored
    on him after all and said in a line. False (a stale button) when nothing waits."""
    held = turn.state.data.pop(CONTRADICTED, None)
    if not isinstance(held, dict) or held.get("key") not in BY_KEY:
        return False
    dog = await _own_dog(turn, str(held.get("dog", "")))
    if dog is None:
        return False
    q = BY_KEY[str(held["key"])]
    if q.kind is Kind.TEXT:
        await onboarding.keep_note(turn, dog, q, str(held["value"]))
    elif not await onboarding.correct(turn, dog, q, Value(held["value"])):
        return False
    name, field = dog.name or turn.t("value-none"), turn.t(f"survey-field-{q.key}")
    turn.say("correction-done", name=name, field=field, value=format_stored(turn, dog, q))
    return True
