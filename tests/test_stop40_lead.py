# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 40 (issue 11, owner trial 22's leftovers): life changes told after the survey, with no
question open, change the profile they name; never "tell me what your dog did" or an offer to
analyse. Each reproduced through a real channel first (Kakao and Telegram, Korean and English), the
profile read back from the store.

1. A neuter told as an event with its time ("Luna got spayed last week", "콩이 지난주에 중성화
   수술했어요"; trial 22: offered to be analysed, the sex not updated): the stored sex completed.
2. A new dog arrived ("we just got a new puppy lol", "새 강아지 데려왔어요"; trial 22: noise, or a
   dog named "데려왔어요"): adding a dog starts, no name made of a verb.
3. A new baby ("아기가 태어났어요 지난주에", "we just had a baby"; trial 22: glued or noise): the
   children question's yes stored, said in one line, with a note on babies and dogs.
"""

from __future__ import annotations

import pytest

from dogcoach.handlers.results.render import SKIP_FOLLOWUP
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import TWO_DOGS, _model_calls, _two_dogs_on_kakao
from tests.test_feedback_and_progress import _checkin_notes, _result_shown
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop39_lead import kakao_at_followup
from tests.test_survey_answers_misread import (
    ANSWERS,
    NAME,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. a neuter told as an event -------------------------------------------------------------------

NEUTERED = (
    ("ko", "콩이 지난주에 중성화 수술했어요"),
    ("ko", "어제 중성화했어요"),
    ("ko", "중성화 수술 했어요"),
    ("en", "Rex got spayed last week"),
    ("en", "she got spayed yesterday"),
    ("en", "we had her spayed last week"),
)


@pytest.mark.parametrize(("lang", "typed"), NEUTERED)
async def test_a_neuter_told_as_an_event_completes_the_sex_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang, "intact_female")
    assert (await kakao_answers(kakao, user.key)).get("sex") == "female_intact"
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("sex") == "female_spayed", user.text
    assert t(lang, "survey-field-sex") in user.text, user.text
    assert not await kakao_reports(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == 0


async def test_a_neuter_told_as_an_event_completes_the_sex_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(NEUTERED[::3], 400100):
        await tg_owner(tg, chat, lang, "intact_female")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("sex") == "female_spayed", tg.sent(chat)[-2:]
        assert not await tg_reports(tg, chat), tg.sent(chat)[-2:]


async def test_a_neuter_with_a_behaviour_since_is_still_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_owner(kakao, "ko", "intact_female")
    await user.send("지난주에 중성화했는데 그 뒤로 밤마다 짖어요")
    assert await kakao_reports(kakao, user.key), user.text


# -- 2. a new dog arrived ----------------------------------------------------------------------------

NEW_DOG = (
    ("ko", "새 강아지 데려왔어요"),
    ("ko", "강아지 새로 입양했어요"),
    ("en", "we just got a new puppy lol"),
    ("en", "we adopted another dog"),
)


@pytest.mark.parametrize(("lang", "typed"), NEW_DOG)
async def test_a_new_dog_told_starts_adding_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    before = await kakao_answers(kakao, user.key)
    await user.send(typed)
    assert t(lang, "survey-q-name") in user.text, user.text  # the new dog's name, asked
    assert "데려왔" not in user.text and "입양했" not in user.text, user.text
    assert await kakao_answers(kakao, user.key) == before  # the first dog's profile untouched
    assert not await kakao_reports(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == 0


async def test_a_new_dog_told_starts_adding_it_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(NEW_DOG[::2], 400200):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert t(lang, "survey-q-name") in tg.last_text(chat), tg.sent(chat)[-2:]


# -- 3. a new baby ---------------------------------------------------------------------------------

BABY = (
    ("ko", "아기가 태어났어요 지난주에"),
    ("ko", "저희 애기 태어났어요!"),
    ("en", "we just had a baby"),
    ("en", "our baby was born last week"),
)


@pytest.mark.parametrize(("lang", "typed"), BABY)
async def test_a_new_baby_is_the_children_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    assert (await kakao_answers(kakao, user.key)).get("children") == "no"
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("children") == "yes", user.text
    assert t(lang, "survey-field-children") in user.text, user.text
    assert t(lang, "life-new-baby", name=NAME[lang]) in user.text, user.text
    assert not await kakao_reports(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == 0


async def test_a_new_baby_is_the_children_answer_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(BABY[::2], 400300):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("children") == "yes", tg.sent(chat)[-2:]
        assert t(lang, "life-new-baby", name=NAME[lang]) in "\n".join(tg.sent(chat)[-3:]), tg.sent(chat)[-2:]


# -- 4. names (owner trial 23) ---------------------------------------------------------------------


async def _kakao_dogs(server: Server, key: str) -> list[str]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [d.name or "" for d in await s.list_dogs(user.id)]


async def test_the_owner_introducing_himself_names_no_dog_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "name")
    await user.send("안녕하십니까. 저는 올해 은퇴한 사람으로서 처음으로 강아지를 키우게 되었습니다.")
    assert "저" not in await _kakao_dogs(kakao, user.key), user.text
    assert t("ko", "survey-q-age_months", name="저") not in user.text, user.text
    await user.send("저는 복순이 키워요")
    assert await _kakao_dogs(kakao, user.key) == ["복순이"], user.text


async def test_two_dogs_by_order_with_a_joining_ending_on_telegram(tg: Harness) -> None:
    chat = 400400
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "첫째는 콩이고 둘째는 보리예요")
    assert (await tg_answers(tg, chat)).get("name") == "콩이", tg.sent(chat)[-2:]
    assert t("ko", "survey-name-two", name="콩이", other="보리") in "\n".join(tg.sent(chat)), tg.sent(chat)


CANCELLED = (("ko", "아 아니에요 취소"), ("en", "no wait cancel"), ("en", "nope, cancel that"))


@pytest.mark.parametrize(("lang", "typed"), CANCELLED)
async def test_a_cancel_after_no_at_a_new_dogs_name_adds_no_dog_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send({"ko": "다른 강아지 추가할래요", "en": "add another dog"}[lang])
    assert t(lang, "survey-q-name") in user.text, user.text
    await user.send(typed)
    assert await _kakao_dogs(kakao, user.key) == [NAME[lang]], user.text


# -- 5. good news after a red flag (owner trial 23: "wonderful progress! 🎉" after a seizure) ------

SEIZURE = {
    "ko": ("콩이가 아까 발작했어요 몸을 떨고 거품 물었어요", "지금은 괜찮은 것 같아요"),
    "en": ("he had a seizure this morning, shaking and foaming at the mouth", "he's fine now I think"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_good_news_after_a_red_flag_keeps_the_safety_advice_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    alarm, fine = SEIZURE[lang]
    user = await kakao_owner(kakao, lang)
    await user.send(alarm)
    await user.send(fine)
    assert t(lang, "talk-news-after-alarm") in user.text, user.text
    assert t(lang, "talk-news") not in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_good_news_with_no_red_flag_is_good_news_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send({"ko": "오늘은 괜찮았어요", "en": "Rex was fine today actually"}[lang])
    assert t(lang, "talk-news") in user.text, user.text


# -- 6. owner trial 23: commands in formal Korean, with a particle, naming someone ---------------

FORMAL_VIEWS = (
    ("제 강아지 정보를 보여주십시오.", "survey-field-breed"),
    ("정보를 보여주세요", "survey-field-breed"),
    ("알림을 받지 않겠습니다.", "notifications-off-done"),
)


@pytest.mark.parametrize(("typed", "shown"), FORMAL_VIEWS)
async def test_a_command_with_a_particle_or_a_formal_ending_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str, shown: str
) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(typed)
    assert t("ko", shown) in user.text, user.text
    assert not await kakao_reports(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == 0


async def test_a_summary_for_the_vet_names_no_dog_called_vet_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("수의사에게 보여드릴 요약본을 만들어 주실 수 있습니까?")
    assert t("ko", "view-unknown-dog", name="수의사", dogs=NAME["ko"]) not in user.text, user.text
    assert '"수의사"' not in user.text, user.text


async def test_switching_the_language_back_at_a_choice_is_no_back_on_telegram(tg: Harness) -> None:
    chat = 400500
    await tg_at(tg, chat, "ko", "children")
    await tg.say(chat, "switch back to english please")
    shown = "\n".join(tg.sent(chat)[-3:])
    assert asked("en", "children") in shown, shown
    assert asked("ko", "household") not in shown and asked("en", "household") not in shown, shown


# -- 7. owner trial 23: amounts ---------------------------------------------------------------------

AMOUNTS = (
    ("household", "남편이랑 저랑 아기 세식구요", 3),
    ("household", "남편 저 아기 세식구", 3),
    ("alone_hours", "회사가서 9시간정도ㅠㅠ", 9),
)


@pytest.mark.parametrize(("key", "typed", "value"), AMOUNTS)
async def test_an_amount_with_words_around_it_on_kakao(
    kakao: Server, key: str, typed: str, value: int
) -> None:
    user = await kakao_at(kakao, "ko", key)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get(key) == value, user.text


async def test_thanks_in_two_sentences_at_a_number_question_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("감사합니다. 많은 도움이 되었습니다.")
    assert t("ko", "talk-thanks") in user.text, user.text
    assert asked("ko", "age_months") in user.text, user.text


# -- 8. owner trial 23: a bite with no blood, the owner afraid, a cancel with nothing open ------


async def test_a_bite_said_not_to_bleed_gets_no_wound_care_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("어제 손님을 물었습니다만 피가 날 정도는 아니었습니다.")
    assert t("ko", "safety-bite_injury") not in user.text, user.text
    assert await kakao_reports(kakao, user.key), user.text  # still a report to analyse


AFRAID = (("en", "I'm honestly scared of him"), ("ko", "솔직히 얘가 무서워요"))


@pytest.mark.parametrize(("lang", "typed"), AFRAID)
async def test_the_owner_afraid_of_the_dog_is_answered_not_analysed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "talk-owner-afraid") in user.text, user.text
    assert not await kakao_reports(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == 0


async def test_no_and_cancel_with_nothing_open_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("아니요 취소")
    assert t("ko", "cancel-nothing") in user.text, user.text


# -- 9. owner trial 23: how the step went, told with words that also ask ------------------------

TRIED = (
    ("ko", "말씀하신 방법을 사흘간 시도해 보았는데, 조금 나아진 것 같습니다."),
    ("ko", "콩이는 요즘 괜찮아요 해봤는데 좀 나아졌어요"),
)


@pytest.mark.parametrize(("lang", "typed"), TRIED)
async def test_the_step_tried_and_better_is_kept_at_the_followup_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at_followup(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert ("better", typed) in await _checkin_notes(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == calls, user.text  # no question for the coach


# -- 10. owner trial 23: how long owned told at the age; a typo'd "don't know" at the breed ------

RAISED = (("ko", "4년 키웠어요"), ("en", "we've had her for 4 years"))


@pytest.mark.parametrize(("lang", "typed"), RAISED)
async def test_how_long_owned_at_the_age_is_kept_ahead_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("owned_months") == 48, (answers, user.text)
    assert "age_months" not in answers, (answers, user.text)
    assert asked(lang, "age_months") in user.text, user.text


async def test_a_mix_with_a_misspelt_dont_know_at_the_breed_on_telegram(tg: Harness) -> None:
    chat = 400600
    await tg_at(tg, chat, "ko", "breed")
    await tg.say(chat, "믹스같아요 잘모르겟어요")
    breed = (await tg_answers(tg, chat)).get("breed")
    assert breed is not None and "모르" not in str(breed), (breed, tg.sent(chat)[-2:])


# -- 11. owner trial 23: an urgent report about a dog not registered says where it is filed ------

UNREGISTERED = {"ko": "보리가 포도 3알 먹었어요 방금!!", "en": "Bella just ate 3 grapes!!"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_toxin_report_about_a_dog_not_registered_says_where_it_is_filed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(UNREGISTERED[lang])
    typed = {"ko": "보리", "en": "Bella"}[lang]
    said = [
        t(lang, msg_id, typed=typed, name=NAME[lang])
        for msg_id in ("report-filed-unregistered", "report-filed-unregistered-later")
    ]
    assert any(line in user.text for line in said), user.text


# -- 12. owner trial 23: a result names its dog when the owner has two --------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_result_names_its_dog_for_an_owner_of_two_on_kakao(kakao: Server, lang: str) -> None:
    user, _ids = await _two_dogs_on_kakao(kakao, lang)
    other = TWO_DOGS[lang][0]
    await user.send(
        {
            "ko": f"{other}가 어제 손님한테 계속 짖었어요",
            "en": f"{other} barked at the guests all evening yesterday",
        }[lang]
    )
    await _result_shown(user, lang)
    title = t(lang, "analysis-title-dog", name=other, category="")
    assert title.split(":")[0] in user.text, user.text


async def test_a_result_names_no_dog_for_an_owner_of_one_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send("Rex barked at the guests all evening yesterday")
    await _result_shown(user, "en")
    assert t("en", "analysis-title-dog", name="Rex", category="").split(":")[0] not in user.text, user.text


# -- 13. owner trial 23: the sex in formal Korean, at its question and told early ---------------

FORMAL_SEX = (
    ("sex", "암컷이며 중성화는 하지 않았습니다"),
    ("sex", "암컷이며 아직 중성화 수술은 하지 않았습니다"),
    ("age_months", "암컷이며 아직 중성화 수술은 하지 않았습니다"),
)


@pytest.mark.parametrize(("key", "typed"), FORMAL_SEX)
async def test_a_formal_not_spayed_is_an_intact_female_on_kakao(kakao: Server, key: str, typed: str) -> None:
    user = await kakao_at(kakao, "ko", key)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("sex") == "female_intact", user.text


# -- 14. owner trial 23: a move told after the survey or right after a result -------------------

MOVED = (("ko", "이사했어요 원룸에서 투룸으로"), ("en", "we moved to a new apartment last week"))


@pytest.mark.parametrize(("lang", "typed"), MOVED)
async def test_a_move_is_answered_not_analysed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "life-moved") in user.text, user.text
    assert not await kakao_reports(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed"), MOVED)
async def test_a_move_at_a_results_question_is_no_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at_followup(kakao, lang)
    before = await kakao_reports(kakao, user.key)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert t(lang, "life-moved") in user.text, user.text
    assert await kakao_reports(kakao, user.key) == before, user.text
    assert _model_calls(fake_ollama) == calls, user.text


# -- 15. owner trial 24: a neuter told as an event mid-survey; good news after a later report ----


async def _kakao_intact_at(kakao: Server, key: str) -> KakaoUser:
    """A Korean Kakao owner whose girl is not spayed, with the survey open at question `key`."""
    user = kakao.user(lang="ko")
    await user.send("/start")
    for k, text in ANSWERS["ko"]:
        if k == key:
            break
        await user.send("여아 중성화 안했어요" if k == "sex" else text)
    assert asked("ko", key) in user.text, user.text
    return user


@pytest.mark.parametrize("typed", ["콩이 중성화했어요 어제ㅋㅋ", "콩이가 어제 중성화 수술을 받았습니다."])
async def test_a_neuter_told_mid_survey_completes_the_sex_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = await _kakao_intact_at(kakao, "household")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("sex") == "female_spayed", user.text
    assert not await kakao_reports(kakao, user.key), user.text
    assert _model_calls(fake_ollama) == 0
    assert asked("ko", "household") in user.text, user.text


async def test_a_neuter_told_at_the_age_is_no_report_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("콩이가 어제 중성화 수술을 받았습니다.")
    assert not await kakao_reports(kakao, user.key), user.text
    assert "age_months" not in await kakao_answers(kakao, user.key), user.text
    assert "1개월" not in user.text, user.text  # "어제" is no age of a day (trial 24: "1개월 미만까지는")


async def _skip_followup(user: KakaoUser) -> None:
    if user.quick(SKIP_FOLLOWUP) is not None:  # the result's question, skipped
        await user.tap(SKIP_FOLLOWUP)


async def test_good_news_after_a_later_report_is_good_news_on_kakao(kakao: Server) -> None:
    alarm, _fine = SEIZURE["ko"]
    user = await kakao_owner(kakao, "ko")
    await user.send(alarm)
    await _skip_followup(user)
    await user.send("콩이가 어제 손님 오니까 계속 짖었어요")
    await _skip_followup(user)
    assert len(await kakao_reports(kakao, user.key)) == 2, user.text
    await user.send("오늘은 괜찮았어요")
    assert t("ko", "talk-news") in user.text, user.text
    assert t("ko", "talk-news-after-alarm") not in user.text, user.text
