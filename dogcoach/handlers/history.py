"""/history (the active dog's recent reports and questions, paginated) and /week (the last 7 days
of behaviour reports at a glance, with what has changed per behaviour as /progress says it).

A /history line says when (date and time), what (the analysis's category, "question", or the state
of one not analysed yet or not analysed) and, in the owner's own words, which one: two reports of
one category never read the same. Every line has a button (a number in the terminal) that shows
its analysis, or the question's answer, again. Dates and times are in the owner's time zone
(/timezone), else the bot's (`DOGCOACH_TIMEZONE`, Korea by default), and a report written at 8 in
the morning in Seoul belongs to that day, not the UTC one.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import UTC, datetime, timedelta, tzinfo

from dogcoach.domain.ids import number_after
from dogcoach.domain.types import Attachment, Choice, Reply
from dogcoach.handlers.charts import chart_labels, without_chart
from dogcoach.handlers.coaching.progress import measure, week_lines
from dogcoach.handlers.results.followup import FLOW as FOLLOWUP_FLOW
from dogcoach.handlers.results.render import HISTORY_DOG_PAGE, HISTORY_PAGE, OPEN
from dogcoach.handlers.turn import Turn
from dogcoach.handlers.viewed import own_dog, viewed_dog
from dogcoach.services.i18n import LOCALES, Messages, Translator, normalize
from dogcoach.services.store import Dog, Report
from dogcoach.services.understanding import ALL_DOGS, BITTEN_NOTED, PERIOD

PAGE_SIZE = 5
WEEK = timedelta(days=7)
TOP_ANTECEDENTS = 3
SNIPPET_CHARS = 60
# A /history line quotes this much of what the owner wrote: enough to tell two reports apart, short
# enough for one line on a phone.
LINE_SNIPPET_CHARS = 40
QUESTION_LABELS = {"done": "history-question", "pending": "history-question-pending"}


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _when(t: Translator, when: datetime, zone: tzinfo) -> str:
    local = when.astimezone(zone)
    return t(
        "history-when",
        month=local.month,
        day=local.day,
        hour=f"{local.hour:02d}",
        minute=f"{local.minute:02d}",
    )


def _label(t: Translator, report: Report) -> str:
    """What the line is about: the category of an analysed report, "question" (with the state of
    an answer not written yet or not written), or the state of a report not analysed."""
    if report.is_question:
        return t(QUESTION_LABELS.get(report.status, "history-question-failed"))
    if report.status == "done" and report.analysis and report.analysis.get(BITTEN_NOTED):
        return t("history-status-bitten")  # bitten by another dog: kept, not analysed (stop 53)
    if report.status == "done" and report.analysis:
        return t(f"category-{report.analysis.get('category', 'other')}")
    return t("history-status-pending" if report.status == "pending" else "history-status-failed")


def history_line(t: Translator, n: int, report: Report, zone: tzinfo) -> str:
    """`n`. date time · label — the owner's own words (the same shape whatever the state)."""
    when = _when(t, report.created_at, zone)
    return t(
        "history-line", n=n, when=when, label=_label(t, report), text=snippet(report.text, LINE_SNIPPET_CHARS)
    )


def page_choice(dog: Dog | None, offset: int) -> str:
    """The id of the newer/older button: the page's offset and the dog it pages through (owner
    trial, batch 55: "Older ▶" under Charlie's history, asked by name, paged through the active
    dog's). `report:history:<offset>` for the owner's dog-less reports."""
    return f"{HISTORY_PAGE}{offset}" if dog is None else f"{HISTORY_DOG_PAGE}{dog.id}:{offset}"


def page_of(choice: str) -> tuple[int | None, int] | None:
    """(dog id or None, offset) of a newer/older button's id (`page_choice`); None for any other."""
    if (offset := number_after(choice, HISTORY_PAGE)) is not None:
        return None, offset
    if not choice.startswith(HISTORY_DOG_PAGE):
        return None
    dog, _, rest = choice.removeprefix(HISTORY_DOG_PAGE).partition(":")
    dog_id, offset = number_after(dog, ""), number_after(rest, "")
    if dog_id is None or offset is None:
        return None
    return dog_id, offset


async def show(turn: Turn, offset: int = 0, dog_id: int | None = None) -> None:
    """One page of reports and questions, newest first, a button per line to open it again, and
    newer/older buttons. `dog_id`: the dog a page button carries (gone or not the owner's: a
    stale button), else the dog the message names or the active dog (`viewed.viewed_dog`)."""
    if dog_id is not None:
        dog = await own_dog(turn, dog_id)
        if dog is None:
            turn.refuse("stale-button")
            return
    else:
        known, dog = await viewed_dog(turn)
        if not known:
            return
    offset = max(0, offset)
    reports = await turn.session.list_reports(
        turn.user.id, dog_id=dog.id if dog else None, limit=PAGE_SIZE + 1, offset=offset
    )
    if not reports and offset == 0:
        _empty(turn, "history-empty", dog)
        return
    if not reports:  # a stale "older" button after reports were deleted
        offset = 0
        reports = await turn.session.list_reports(
            turn.user.id, dog_id=dog.id if dog else None, limit=PAGE_SIZE + 1
        )
    zone = await turn.zone()
    page = offset // PAGE_SIZE + 1
    title = (
        turn.t("history-title-dog", name=dog.name, page=page)
        if dog and dog.name
        else turn.t("history-title", page=page)
    )
    shown = reports[:PAGE_SIZE]
    lines = [history_line(turn.t, n, r, zone) for n, r in enumerate(shown, start=1)]
    choices: list[Choice] = [
        turn.choice(f"{OPEN}{r.id}", "history-open", n=n) for n, r in enumerate(shown, 1)
    ]
    if offset > 0:
        choices.append(turn.choice(page_choice(dog, max(0, offset - PAGE_SIZE)), "history-newer"))
    if len(reports) > PAGE_SIZE:
        choices.append(turn.choice(page_choice(dog, offset + PAGE_SIZE), "history-older"))
    turn.reply(Reply("\n".join([title, "", *lines, "", turn.t("history-open-hint")]), tuple(choices)))


async def show_all(turn: Turn, dogs: list[Dog]) -> None:
    """Every dog's latest reports in one list, grouped by dog under its name ("둘 다 기록 보여줘",
    "history for all dogs"; owner trial 11: only the active dog's could be seen), numbered on
    through the groups with a button per line: one list, so a number typed picks from it. A dog
    with more than a page says how to see the rest (its own history)."""
    zone = await turn.zone()
    lines: list[str] = []
    choices: list[Choice] = []
    for dog in dogs:
        name = dog.name or turn.t("value-none")
        reports = await turn.session.list_reports(turn.user.id, dog_id=dog.id, limit=PAGE_SIZE + 1)
        if lines:
            lines.append("")
        lines.append(turn.t("history-title-dog", name=name, page=1))
        if not reports:
            lines.append(turn.t("history-empty-dog", name=name))
            continue
        for report in reports[:PAGE_SIZE]:
            n = len(choices) + 1
            lines.append(history_line(turn.t, n, report, zone))
            choices.append(turn.choice(f"{OPEN}{report.id}", "history-open", n=n))
        if len(reports) > PAGE_SIZE:
            lines.append(turn.t("history-all-more", name=name))
    if choices:
        lines += ["", turn.t("history-open-hint")]
    turn.reply(Reply("\n".join(lines), tuple(choices)))


def _empty(turn: Turn, msg_id: str, dog: Dog | None) -> None:
    """Nothing to show: said about the active dog by name, when there is one."""
    if dog is not None and dog.name:
        turn.say(f"{msg_id}-dog", name=dog.name)
    else:
        turn.say(msg_id)


async def history(turn: Turn) -> None:
    """/history. A follow-up question left open stays open, not asked again under the list: on
    Kakao only the last buttons show, and its [skip] hid the "1번 보기" ones (fresh owner trial);
    a tap on the list keeps it open too (`undelivered.handle_choice`). A time span named with it
    ("지난달 기록") is not a filter the list has: said so in a line, then the latest reports."""
    u = turn.understanding
    if u is not None and u.command == "history" and u.argument == PERIOD:
        turn.say("history-period-unfiltered")
    dogs = await turn.session.list_dogs(turn.user.id)
    if u is not None and u.command == "history" and u.argument == ALL_DOGS and len(dogs) > 1:
        await show_all(turn, dogs)
    else:
        await show(turn, 0)
    listed = bool(turn.replies and turn.replies[-1].choices)
    if not (listed and turn.state.flow == FOLLOWUP_FLOW):
        turn.resume_flow()


def frequent_antecedents(reports: list[Report], limit: int = TOP_ANTECEDENTS) -> list[tuple[str, int]]:
    """The antecedents seen most often, compared loosely (as typed answers are: `i18n.normalize`);
    each shown as last written. Ties keep the most recent first."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    last_seen: dict[str, int] = {}
    for index, report in enumerate(reports):
        text = " ".join(str((report.analysis or {}).get("antecedent") or "").split())
        key = normalize(text)
        if not key:
            continue
        counts[key] += 1
        shown[key] = text
        last_seen[key] = index
    ranked = sorted(counts, key=lambda k: (-counts[k], -last_seen[k]))
    return [(snippet(shown[k]), counts[k]) for k in ranked[:limit]]


def category_counts(reports: list[Report]) -> list[tuple[str, int]]:
    """(category, reports) for analysed reports, most frequent first, ties in name order."""
    counts = Counter(str((r.analysis or {}).get("category", "other")) for r in reports if r.status == "done")
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


async def week(turn: Turn) -> None:
    """/week: reports per category, the commonest antecedents, and a bar chart where shown. Asked
    for both or all dogs ("둘다 이번주", "both dogs this week"; stop 34: the active dog's only),
    each dog's part under its name (`week_all`)."""
    u = turn.understanding
    if u is not None and u.command == "week" and u.argument == ALL_DOGS:
        dogs = await turn.session.list_dogs(turn.user.id)
        if len(dogs) > 1:
            await week_all(turn, dogs)
            turn.resume_flow()
            return
    known, dog = await viewed_dog(turn)
    if not known:
        turn.resume_flow()
        return
    since = datetime.now(UTC) - WEEK
    reports = await turn.session.reports_since(turn.user.id, dog.id if dog else None, since)
    if not reports:
        _empty(turn, "week-empty", dog)
        turn.resume_flow()
        return
    lines, per_category = await _week_part(turn, dog, reports)
    summary = Reply("\n".join(lines))
    if per_category:
        # Drawn once the session is closed: rendering took up to 0.36 s, the database waited.
        turn.reply_later(
            summary,
            lambda reply: _with_chart(reply, turn.t, turn.messages, per_category),
            unfinished=lambda reply: without_chart(turn.t, reply, files=turn.incoming.files),
        )
    else:
        turn.reply(summary)
    turn.resume_flow()


async def week_all(turn: Turn, dogs: list[Dog]) -> None:
    """Every dog's last 7 days in one message, each part headed by the dog's name, a dog with no
    report said so by name; no chart (one chart per dog would be several pictures for one ask)."""
    since = datetime.now(UTC) - WEEK
    parts: list[str] = []
    for dog in dogs:
        reports = await turn.session.reports_since(turn.user.id, dog.id, since)
        name = dog.name or turn.t("value-none")
        if reports:
            lines, _ = await _week_part(turn, dog, reports)
            parts.append("\n".join(lines))
        else:
            parts.append(turn.t("week-empty-dog", name=name))
    turn.reply(Reply("\n\n".join(parts)))


async def _week_part(
    turn: Turn, dog: Dog | None, reports: list[Report]
) -> tuple[list[str], list[tuple[str, int]]]:
    """One dog's week as lines (its title, per category, antecedents, what changed, the reports
    not analysed yet) and its counts per category, for the chart."""
    # bitten by another dog (kept, not analysed, stop 53): a line of their own, never "not analysed yet"
    bitten = [r for r in reports if r.status == "done" and (r.analysis or {}).get(BITTEN_NOTED)]
    done = [r for r in reports if r.status == "done" and r.analysis and not r.analysis.get(BITTEN_NOTED)]
    per_category = category_counts(done)
    lines = [
        turn.t("week-title-dog", name=dog.name, count=len(reports))
        if dog and dog.name
        else turn.t("week-title", count=len(reports))
    ]
    if per_category:
        lines += ["", turn.t("week-categories")]
        lines += [
            turn.t("week-category-line", category=turn.t(f"category-{c}"), count=n) for c, n in per_category
        ]
    # The situations are the model's words, as written, and the same trigger written in two
    # languages cannot be told the same without a model call: listed both ways, it read as two
    # triggers (stop 62 trial, "Guests ring the doorbell…" above "손님이 초인종을…"). Those in the
    # owner's language are listed, the others counted; all of them only when none is in it.
    mine = [r for r in done if r.language == turn.locale or r.language not in LOCALES]
    antecedents = frequent_antecedents(mine or done)
    if antecedents:
        lines += ["", turn.t("week-antecedents")]
        lines += [turn.t("week-antecedent-line", text=text, count=n) for text, n in antecedents]
        other = [r for r in done if r not in mine and (r.analysis or {}).get("antecedent")]
        written = {r.language for r in other}
        if mine:
            lines += [
                turn.t("week-antecedents-elsewhere", language=w, count=sum(r.language == w for r in other))
                for w in sorted(written)
            ]
        else:  # stop 34: after /language the week read as if nothing had changed
            lines += [turn.t(f"analysis-written-in-{w}") for w in sorted(written)]
    changed = week_lines(turn.t, await measure(turn, dog=dog))
    if changed:
        lines += ["", *changed]
    if bitten:
        lines += ["", turn.t("week-bitten", count=len(bitten))]
    unfinished = len(reports) - len(done) - len(bitten)
    if unfinished:
        lines += ["", turn.t("week-unfinished", count=unfinished)]
    return lines, per_category


async def _with_chart(
    reply: Reply, t: Translator, messages: Messages, per_category: list[tuple[str, int]]
) -> Reply:
    """`reply` with the bar chart, drawn in the chart worker process, in the Hangul font found
    there (`services.fonts`: bundled through PyPI, else fonts-nanum)."""
    # Lazy: the chart module (and the worker it starts) only once a chart is drawn.
    from dogcoach.services.analysis.chart import worker_hangul_font

    font = await worker_hangul_font() if t.locale == "ko" else None
    return await chart_reply(reply, t, messages, per_category, font=font)


async def chart_reply(
    reply: Reply, t: Translator, messages: Messages, per_category: list[tuple[str, int]], *, font: str | None
) -> Reply:
    """`reply` with the chart of `per_category` ((category, reports), drawn in `font`) and its
    alt text, a sentence in the owner's language. A Korean chart without a Hangul `font` would
    show empty boxes: it is labelled in English and the reply says so (`chart-labels-english`),
    never silently."""
    from dogcoach.services.analysis.chart import bar_chart

    labels_t, text = chart_labels(t, messages, reply.text, hangul_font=bool(font))
    labels = [labels_t(f"category-{c}") for c, _ in per_category]
    png = await bar_chart(labels_t("week-chart-title"), labels, [n for _, n in per_category], font=font)
    counts = ", ".join(
        t("week-chart-alt-item", category=t(f"category-{c}"), count=n) for c, n in per_category
    )
    alt = t("week-chart-alt", counts=counts)
    return dataclasses.replace(
        reply, text=text, image=Attachment("dogcoach-week.png", png, "image/png", alt=alt)
    )
