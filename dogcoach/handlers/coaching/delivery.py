"""The check-in scheduler's way out (`CheckinWorker`'s `CheckinPush`, injected by
`bot.lifecycle`): the question in the owner's language, pushed to their channel.

- Telegram: through the outbox, so the channel renders the four answers as buttons (one tap).
  Refused (the owner blocked the bot: 403, recorded by the channel) is `blocked`; any other
  failure leaves it `undelivered`, asked at the owner's next message.
- Kakao: through the Event API when it is configured (`KAKAO_REST_API_KEY`, `KAKAO_BOT_ID`,
  `KAKAO_EVENT_NAME`): the event carries text only, so the answers are named in it and a typed
  answer is understood (the flow is armed); the next skill answer shows them as quick replies
  if the owner writes something else. An answer that proves nothing went out (429, 5xx, no
  connection, refused credentials) is a retry; one whose fate is unknown counts as sent (never
  twice).
- The terminal, and Kakao without the Event API, are not pushed to: the check-in is asked at the
  owner's next message (`checkins.offer_due`).
"""

from __future__ import annotations

from dogcoach.domain.channel import Channel
from dogcoach.handlers.coaching.checkins import arm, dog_name, question, question_text
from dogcoach.services.broadcast.kakao_sender import KakaoEventSender
from dogcoach.services.coaching.worker import Pushed
from dogcoach.services.i18n import Messages, Translator, resolve_locale
from dogcoach.services.outbox import Outbox
from dogcoach.services.store import Store
from dogcoach.services.store.models import CheckinTarget

# `checkins.error` codes.
TELEGRAM_BLOCKED = "telegram_blocked"
TELEGRAM_REFUSED = "telegram_not_delivered"
NO_PUSH = "no_push_channel"


class CheckinSender:
    def __init__(
        self, store: Store, messages: Messages, outbox: Outbox, *, kakao: KakaoEventSender | None = None
    ) -> None:
        self.store = store
        self.messages = messages
        self.outbox = outbox
        self.kakao = kakao

    def channels(self) -> tuple[str, ...]:
        found: list[str] = []
        if self.outbox.reaches(Channel.TELEGRAM):
            found.append(Channel.TELEGRAM)
        if self.kakao is not None:
            found.append(Channel.KAKAO)
        return tuple(found)

    async def push(self, target: CheckinTarget) -> Pushed:
        user, checkin = target.user, target.checkin
        t = Translator(
            self.messages, resolve_locale(user.locale, user.locale_hint, self.messages.default_locale)
        )
        async with self.store.session() as s:
            name = await dog_name(s, checkin.dog_id)
        if user.channel == Channel.TELEGRAM:
            pushed = await self._telegram(target, t, name)
        elif user.channel == Channel.KAKAO and self.kakao is not None:
            pushed = await self._kakao(self.kakao, target, t, name)
        else:
            pushed = Pushed("undelivered", NO_PUSH)
        if pushed.status == "sent":
            async with self.store.session() as s:
                await arm(s, user.id, checkin.id, checkin.category)
        return pushed

    async def _telegram(self, target: CheckinTarget, t: Translator, name: str | None) -> Pushed:
        reply = question(t, target.checkin.id, target.next_step, name)
        if await self.outbox.deliver(target.user, [reply]):
            return Pushed("sent")
        async with self.store.session() as s:
            user = await s.get_user_by_id(target.user.id)
        if user is not None and user.blocked_at is not None:
            return Pushed("blocked", TELEGRAM_BLOCKED)
        return Pushed("undelivered", TELEGRAM_REFUSED)

    async def _kakao(
        self, sender: KakaoEventSender, target: CheckinTarget, t: Translator, name: str | None
    ) -> Pushed:
        text = question_text(t, target.checkin.id, target.next_step, name)
        key = target.user.external_id
        batch = await sender.send([key], text)
        if batch.kind == "accepted":
            attempt = batch.results.get(key)
            if attempt is None or attempt.kind == "sent":
                return Pushed("sent", attempt.error if attempt is not None else None)
            return Pushed("undelivered", attempt.error)
        if batch.kind in ("retry", "halt"):
            return Pushed("retry", batch.error)
        if batch.kind == "unknown":
            return Pushed("sent", batch.error)
        return Pushed("undelivered", batch.error)
