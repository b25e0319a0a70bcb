"""The safety check over a corpus of messages as owners type them: no spaces, typos, 반말 and 존댓말,
past and present, English with and without apostrophes, and the look-alikes that must not fire
(물 = water, 묻다 = ask, a chocolate lab, a negated hit: "경련 같은 건 없었어요", "no seizures or
anything"), and a negation elsewhere that must not hide a flag ("안 먹고 계속 토해요", "피가 안
멈춰요"). Prints precision and recall per label; asserts every expected label found (recall 100 %)
and nothing found on the negative set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import SafetyChecker
from dogcoach.services.safety.lexicon import Views

BI, CB, SZ, TX, PI, SC = "bite_injury", "child_bitten", "seizure", "toxin", "pain_illness", "sudden_change"
CW = "child_warning"
DB = "dog_bitten"
BP = "bite_person"
SP = "snap_person"
ND = "near_drowning"
FB = "foreign_body"
RT = "retching"
BR = "breathing"
CK = "choking"
TR = "trauma"
VN = "venom"
HS = "heatstroke"
ES = "electric_shock"
UB = "urinary_block"
OLD = 120  # a ten-year-old dog, in months


class Case(NamedTuple):
    text: str
    labels: frozenset[str]
    age_months: int | None = None


def case(text: str, *labels: str, age: int | None = None) -> Case:
    return Case(text, frozenset(labels), age)


POSITIVE: list[Case] = [
    # Stop 48 (owner trial 33): a snap at a person, no bite, is its own line (a warning); the dog
    # named by age stays no child (these two were negatives for that, batch 132)
    case("my 4 year old dog snapped at me", SP),
    case("she is 4 years old and snapped at me", SP),
    # A bite that broke the skin
    case("손님 손을 물었는데 피가 났어요", BI),
    case("손님손을물었는데피났어요", BI),
    case("남편 손을 물어서 피가 철철 났어요", BI),
    case("피가 날 정도로 물었어요", BI),  # the amount said as "날 정도로": still an injury
    case("다른 강아지한테 달려들어서 목을 물었어요 상대 강아지 피 많이 났어요", BI),  # owner trial 26: none
    case("콩이가 목을 물었는데 피 철철 나요", BI),
    case("자이리톨 껌 먹은거 같아요ㅠㅠ", TX),  # owner trial 26: xylitol as often misspelt, none
    case("자일리툴 들어간 껌 먹었어요", TX),
    case("숨을 잘 못 쉬어요", BR),  # owner trial 24: no warning at all; 25: "within 24 hours"
    case("숨을 못 쉴 정도로 헐떡여요", BR),
    case("he can't breathe", BR),
    case("his gums are blue", BR),
    case("she's breathing really weird now like wheezing and gasping", BR),  # owner trial 25: nothing
    case("his breathing sounds weird and hes gasping", BR),
    case("he's having trouble breathing and his gums look blue", BR),
    case("아 근데 숨을 잘 못쉬어 헥헥거리고 켁켁거려", BR),
    case("애가 숨을 헐떡이고 잇몸이 파래요", BR),
    case("물려서 병원에 가서 꿰맸어요", BI),
    case("물어서 상처가 났어", BI),
    case("엄마 다리를 물었다 피남 ㅠㅠ 피나", BI),
    case("다른 강아지를 물어뜯어서 피범벅이 됐어요", BI),
    case("산책 중에 물렸어요 구멍이 났어요", BI),
    case("택배 기사님을 깨물었는데 응급실 갔어요", BI),
    # The owner's dog bitten by another dog: its own wound (trial 2, finding 8), not a bite it gave
    case("산책하다 다른 개한테 물렸어요 피나요", DB),
    case("다른개한테물렸는데피가나요", DB),
    case("큰 개한테 물려서 상처가 났어요", DB),
    case("my dog was bitten by another dog at the park and is bleeding", DB),
    case("she got attacked by another dog, there's a puncture", DB),
    case("우리 개한테 물려서 피가 났어요", BI),  # the owner bitten by the own dog: a bite it gave
    case("우리 개가 저를 물엇는데 피낫어요", BI),
    case("물었어 피나", BI),
    case("깨물어서 피나요", BI),
    case("He bit my husband and broke the skin", BI),
    # Stop 45: a bite on a person with no wound said: the bite guidance (no child, no first aid)
    case("남편 손 물었는데 피는 안났어요", BP),
    case("he bit my hand, no blood", BP),
    case("he bit the mailman", BP),
    case("손님을 물었는데 상처는 없어요", BP),
    # owner trial 12's and stop 43's: the owner's part, an adult's (no wound, no child)
    case("딸이 지나가는데 말리다가 제 손을 물었어요", BP),
    case("my son walked by and she bit my hand", BP),
    case("my son walked by and she bit me", BP),
    case("우리애가 산책하다 지나가는 아저씨 다리를 물었어요", BP),
    case("아 잠깐 우리애가 택배기사님 손을 물었어요", BP),
    case("애가 남편 손을 콱 물었어요", BP),
    case("my son was walking him and he bit a man on the leg", BP),
    # stop 47 (owner trial 32): a bite when the dog is handled is on whoever handles it
    case("두부랑 싸우는거 그리고 발만지면 물어요", BP),
    case("발톱 깎을 때 물어요", BP),
    case("간식 뺏으면 물어요", BP),
    case("he bites when i touch his paws", BP),
    case("she bit me when i tried to cut her nails", BP),
    case("he bites if we try to take stuff off him", BP),
    case("she bit the mailman, there was blood everywhere", BI),
    case("My dog bit me and I needed stitches", BI),
    case("he bites and it bled a lot", BI),
    case("I got bitten on the hand, puncture wounds", BI),
    case("bit my friend, drew blood", BI),
    # A child bitten
    case("아이를 물었어요", CB),
    case("애기를물었어요", CB),
    case("조카 손을 물었어", CB),
    case("딸아이를 물었는데 피가 났어요", CB, BI),
    case("아이가 강아지한테 물렸어요", CB),
    case("옆집 아이 손을 깨물었어요", CB),
    case("아들 얼굴을 물어서 병원 갔어요", CB, BI),
    case("아들손을 물었다", CB),
    case("손주를 물었어요ㅠㅠ", CB),
    case("아기 물었어", CB),
    case("애기 손 물었어요 피나요", CB, BI),
    case("It bit my son", CB),
    case("the dog bit a child at the park", CB),
    case("my daughter got bit on the arm", CB),
    case("our toddler was bitten yesterday", CB),
    case("He bit my 5 year old son and it bled", CB, BI),
    # Owner trial 12: a child named before a bite of a body part nobody is said to own (only the
    # shouting advice was shown): the child's hand
    case("딸이 옆에 지나가니까 구름이가 으르렁 하더니 손을 물었어", CB),
    case("아들이 장난감 만지려고 하니까 손을 콱 물었어요", CB),
    case("아이가 쓰다듬으니까 얼굴을 물었어요", CB),
    case("my daughter walked past and he growled and bit her hand", CB),
    case("my son reached for the toy and she bit his hand", CB),
    # Seizures and collapse
    case("갑자기 쓰러져서 경련을 했어요", SZ),
    case("발작을 해요", SZ),
    case("밤에 경기를 했어요 거품을 물고요", SZ),
    case("게거품 물고 몸이 뻣뻣해졌어", SZ),
    case("의식을 잃었어요", SZ),
    case("He had a seizure this morning", SZ),
    case("she was seizing and foaming at the mouth", SZ),
    case("my dog collapsed on our walk", SZ),
    case("He had a fit and went stiff", SZ),
    # Something toxic eaten
    case("초콜릿을 먹었어요", TX),
    case("초콜렛 먹었어ㅠ", TX),
    case("쵸코렛을 먹었어요", TX),
    case("식탁에 있던 초코케이크를 먹어버렸어요", TX),
    case("자일리톨 껌을 삼켰어요", TX),
    case("포도 몇 알 주워 먹었어요", TX),
    case("건포도를 먹은 것 같아요", TX),
    case("양파가 들어간 음식을 먹었어요", TX),
    case("타이레놀을 삼킨 것 같아요", TX),
    case("쥐약을 핥았어요", TX),
    case("제 약봉지를 뜯어서 먹었어요", TX),
    case("He ate a whole bar of chocolate", TX),
    case("she got into the brownies", TX),
    case("my dog ate some grapes", TX),
    case("he swallowed sugar free gum", TX),
    case("he ate my ibuprofen pills", TX),
    case("she licked rat poison", TX),
    case("he ate raisins off the floor", TX),
    case("My chocolate lab ate grapes", TX),
    # A thing that is not food swallowed (third new-owner trial: "콩이가 양말을 먹었어요")
    case("콩이가 양말을 먹었어요", FB),
    case("콩이가양말을먹었어요", FB),
    case("양말 한 짝을 삼켰어요", FB),
    case("산책하다 돌멩이를 삼켰어요", FB),
    case("머리끈을 먹어버렸어요", FB),
    case("Max ate a sock today", FB),
    case("she ate my sock", FB),
    case("he ate one of my socks", FB),
    case("he swallowed a piece of a toy", FB),
    case("he gobbled up a rubber band", FB),
    # English nouns with Korean particles, Korean nouns among English words (owner trial: "sock을
    # 먹었어요" raised nothing where "양말을 먹었어요" did)
    case("sock을 먹었어요", FB),
    case("콩이가 sock을 삼켰어요ㅠㅠ", FB),
    case("socks를 먹어버렸어요", FB),
    case("battery를 삼켰어요", FB),
    case("hair tie를 먹었어요", FB),
    case("toy를 먹었어요", FB),
    case("장난감을 삼켰어요", FB),
    case("he ate a 양말", FB),
    case("she swallowed a 건전지", FB),
    case("he ate a toy", FB),
    # Owner trial 16 (batch 132): things that are not food, by name
    case("ugh she ate my airpods case today", FB),
    case("my dog ate my earbuds last night", FB),
    case("he ate a button off my coat", FB),
    case("이어폰 케이스 먹었어요", FB),
    case("어제 에어팟을 먹어버렸어요", FB),
    case("병뚜껑을 삼켰어요", FB),
    # Owner trial 17 (batch 136): cooked bones (they splinter) and corn cobs (they block), and a
    # thing eaten, then guessed
    case("my dog ate a chicken bone", FB),
    case("kiwi just ate a chicken bone off the street", FB),
    case("he swallowed a cooked bone 10 mins ago", FB),
    case("she gulped down a corn cob", FB),
    case("he wolfed down a rib bone", FB),
    case("he ate something off the ground, I think it was a rock", FB),
    case("닭뼈 먹었어요ㅠㅠ", FB),
    case("산책하다 뭘 주워먹었는데 돌같아요", FB),
    case("치킨뼈를 삼켰어요", FB),
    case("생선가시 먹었어요 괜찮을까요", FB),
    case("옥수수속대 먹어버렸어요", FB),
    case("뭔가 주워먹었는데 뼈같아요", FB),
    # Owner trial 17 (batch 136): trying to vomit, nothing comes up: a vet now, not within 24 hours
    case("토하려고 하는데 안나와요", RT),
    case("토하려는데 아무것도 안 나와요", RT),
    case("헛구역질을 계속해요", RT),
    case("he keeps retching but nothing comes up", RT),
    case("she's dry heaving", RT),
    case("양말 삼켰는데 토하려고 하는데 안나와요", FB, RT),
    case("토하려고 하는데 안나오고 밥을 안 먹어요", RT, PI),
    # Owner trial 17 (batch 136): an attack told with a wound is a bite that hurt
    case("zeus attacked the neighbour's dog, there was a lot of blood", BI),
    case("she attacked our other dog and he's bleeding", BI),
    case("he mauled the cat, it has puncture wounds", BI),
    case("옆집 개를 공격했는데 피가 많이 났어요", BI),
    case("she was attacked at the park and is bleeding", DB),  # the dog the one attacked
    case("우리 개가 공격당해서 피가 나요", DB),
    # Pain or illness
    case("밥을 안 먹어요", PI),
    case("이틀째 사료를 안먹어요", PI),
    case("밥을 거부해요", PI),
    case("식욕이 없어요", PI),
    case("뒷다리를 절뚝거려요", PI),
    case("다리를 절어요", PI),
    case("만지면 깨갱거려요", PI),
    case("안으면 비명을 질러요", PI),
    # Batch 59: the same words where they are pain (a touch, a move, a leg), kept as red flags
    case("he yelps when I touch his back", PI),
    case("rex cries when i pick him up", PI),
    case("she cries when she jumps on the sofa", PI),
    case("he yelps when he jumps down from the bed", PI),
    case("she cries when I touch her paw", PI),
    case("he whimpers when he gets up", PI),
    case("he yelps when I leave for work and limps on his back leg", PI),
    case("만지면 비명을 질러요", PI),
    case("출근할 때 낑낑거리고 뒷다리를 절뚝거려요", PI),
    # Batch 65: not eating for days stays an illness sign even with leaving named beside it.
    case("hasn't eaten for two days", PI),
    case("he hasn't eaten for two days since I left for the trip", PI),
    case("이틀째 아무것도 안 먹어요", PI),
    case("제가 출장 간 뒤로 이틀째 밥을 안 먹어요", PI),
    case("밥을 안 먹고 계속 토해요 제가 없으면 더 그래요", PI),
    case("혼자 있을 때 깨갱거려요 다리를 만지면 아파해요", PI),
    case("he collapsed on our walk and went stiff", SZ),
    case("어제부터 토했어요", PI),
    case("구토를 해요", PI),
    case("축 처져서 기운이 없어요", PI),
    case("물도 안 마셔요", PI),
    case("he's not eating", PI),
    case("She hasnt eaten since yesterday", PI),
    case("he is limping on his back leg", PI),
    case("she yelps when I touch her back", PI),
    case("he threw up twice", PI),
    case("she seems lethargic", PI),
    case("He won't eat his dinner", PI),
    # Sudden change (recent, or in an older dog)
    case("요즘 들어 갑자기 으르렁거려요", SC),
    case("요즘들어 사람을 피해요", SC),
    case("며칠 전부터 밤에 짖어요", SC),
    case("전에는 안 그랬는데 손님한테 짖어요", SC),
    case("원래 안그랬는데 만지면 으르렁대요", SC),
    case("성격이 변한 것 같아요", SC),
    case("갑자기 공격적으로 변했어요", SC, age=OLD),
    case("최근에 갑자기 숨어요", SC),
    case("He suddenly started growling at us", SC, age=OLD),
    case("she suddenly growls at us", SC, age=OLD),  # an older dog, nothing passing: still the card (stop 61)
    case("갑자기 으르렁거려요", SC, age=OLD),
    case("she started growling out of nowhere lately", SC),
    case("he never used to bark at night", SC),
    case("it's out of character, she's not herself", SC),
    case("all of a sudden he snaps at my husband, since last week", SC, SP),
    # The behaviour or temperament itself changed, suddenly or recently (new-owner trial, F3)
    case("갑자기 사나워졌어요ㅠㅠ", SC),
    case("요즘갑자기 안하던 행동을해요", SC),
    case("원래 순했는데 갑자기 물기시작했어요", SC),
    case("성격이변했어요ㅠ", SC),
    case("갑자기짖기시작했어요 왜이러죠", SC),
    case("얘가 갑자기 변했어요", SC),
    case("요즘 예민해졌어요", SC),
    case("전엔 이런적이 없었는데 손님한테 으르렁대요", SC),
    case("he suddenly started growling at my son", CW, SC),  # a change, and a warning at a child (stop 34)
    case("hes become aggressive out of nowhere", SC),
    case("she never did this before", SC),
    case("its totally out of character for him", SC),
    case("she suddenly became snappy with us", SC),
    # A negation elsewhere hides no red flag (negation trial): not eating AND vomiting, a bite
    # without blood is still a bite, "doesn't stop" is no denial, "never before, but now" a change
    case("안 먹고 계속 토해요", PI),
    case("밥은 먹는데 계속 토해요", PI),
    case("토하지는 않는데 설사를 해요", PI),
    case("토하는 게 안 멈춰요", PI),
    case("설사가 멈추지 않아요", PI),
    case("절뚝거리는 게 안 나아요", PI),
    case("경련이 멈추지 않아요", SZ),
    case("경련이 안 멈춰요", SZ),
    case("경련이 없어지지 않아요", SZ),
    case("경련은 없었는데 쓰러졌어요", SZ),
    case("발작인지 아닌지 모르겠는데 몸이 굳었어요", SZ),
    case("경련하고 나서 못 일어나요", SZ),
    case("물었는데 피가 안 멈춰요", BI),
    case("물었는데 피가 멎지 않아요", BI),
    case("피는 안 났는데 다리를 절뚝거려요", PI),
    case("이런 적 없었는데 요즘 밤에 짖어요", SC),
    case("그런 적 없었는데 손님한테 으르렁대요", SC),
    case("전에는 그런 적 없는데 만지면 으르렁대요", SC),
    case("이런 적이 없던 애가 손님한테 달려들어요", SC),
    case("절뚝거려도 안 울어요", PI),  # "even though" closes the clause
    case("경련하던 게 안 멈춰요", SZ),
    case("토해도 안 힘들어해요", PI),
    case("경련이 아닌지 걱정돼요", SZ),  # a worry, not a denial
    case("발작 아닐까요", SZ),
    case("경련인지 아닌지 모르겠어요", SZ),
    case("경련은 안정됐는데 절뚝거려요", SZ, PI),  # 안정 is no 안
    case("he isn't eating and he's vomiting", PI),
    case("he hasn't stopped vomiting since last night", PI),
    case("she can't stop limping", PI),
    case("I didn't see it, but he had a seizure", SZ),
    case("he never had a seizure before today, now he collapsed", SZ),
    # A sign only compared to, where what is compared may itself be the sign, or told besides a
    # simile: still raised (fresh owner trial; the plain-behaviour similes are in NEGATIVE)
    case("발작처럼 보였어요", SZ),
    case("it looked like a seizure", SZ),
    case("he shakes like he's having a fit when the doorbell rings", SZ),
    case("경련 일으키듯 몸을 떨어요", SZ),
    case("발작하듯 짖더니 쓰러졌어요", SZ),
    case("짖다가 경련하듯이 몸이 굳었어요", SZ),
    case("he barked like crazy and then had a seizure", SZ),
    case("he was barking, then had a seizure like last time", SZ),
    case("he acts like he's in pain", PI),
    case("he ate chocolate like a whole bar and is running around", TX),
    # Combinations
    case("초콜릿 먹고 토했어요", TX, PI),
    case("요즘 들어 밥을 안 먹고 절뚝거려요", PI),  # one vet message, the sooner one
    case("He ate chocolate and is vomiting", TX, PI),
    # Batch 81 (Korean owner trial on main): a change with a named cause is a behaviour case
    # (NEGATIVE); with no cause, a medical cause, a cause denied, pain beside it or in an older dog
    # it stays flagged.
    case("요즘 들어 갑자기 예민해졌어요", SC),
    case("처음엔 괜찮았는데 요즘 들어 갑자기 으르렁거려요", SC),
    case("아무 일도 없었는데 요즘 들어 예민해졌어요", SC),
    case("이사한 것도 아닌데 갑자기 예민해졌어요", SC),
    case("특별히 바뀐 것도 없는데 원래 안 그랬는데 만지면 으르렁대요", SC),
    case("중성화 수술하고 나서 예민해졌어요", SC),
    case("중성화한 뒤로 성격이 변했어요", SC),
    case("병원 다녀온 뒤로 성격이 변했어요", SC),
    case("계단에서 떨어진 뒤로 예민해졌어요", SC),
    case("모카가 온 뒤로 예민해졌는데 만지면 깨갱거려요", PI),
    case("이사 온 뒤로 밥을 안 먹어요", PI),
    case("예전엔 안 그랬는데 이사 온 뒤로 밤마다 짖어요", SC, age=OLD),
    case("모카가 온 뒤로 예민해졌어요", SC, age=OLD),
    case("since his surgery he has become aggressive", SC),
    case("we didn't move or anything, he never used to growl", SC),
    case("nothing has changed at home but he suddenly started growling lately", SC),
    case("no new dog, no move, she just became aggressive out of nowhere", SC),
    case("he never used to growl but since he fell down the stairs he does", SC),
    case("since the new puppy came he's been limping", PI),
    case("since we moved he suddenly started barking at night", SC, age=OLD),
    # Stop 34: a growl, snap, nip or lunge at a child, no bite said (AVMA dog bite prevention)
    case("애한테 입질했어요", CW),
    case("딸한테 으르렁하고 달려들었어요", CW),
    case("조카가 지나가는데 으르렁거렸어요", CW),
    case("아기한테 이빨을 드러내요ㅠㅠ", CW),
    case("he snapped at my son", CW),
    case("she growled at my daughter when she hugged her", CW),
    case("our dog lunged at the kids yesterday", CW),
    case("my son walked by and he growled", CW),
    # Owner trial 16 (batch 132): a child named by age, and a bite said as "물기까지 했어요"
    case("she snapped at my 4yo", CW),
    case("he snapped at my 4 year old yesterday", CW),
    case("she growled at my 3-year-old", CW),
    case("she nipped our four year old", CW),
    case("he bit my 4 y/o", CB),
    case("우리 4살짜리한테 으르렁거려요", CW),
    case("4살 딸한테 으르렁거렸어요", CW),
    case("세살 아들을 물려고 했어요", CB),
    case("더 심해졌어요ㅠㅠ 어제는 아들을 물기까지 했어요", CB),
    case("어제는 물기까지 했어요 피도 났어요", BI),
    # Owner trial stop 43: emergencies with no safety line at all (idle, first message, mid-survey)
    case("he's choking on something help", CK),
    case("my dog is choking", CK),
    case("뭐가 목에 걸렸나봐요 켁켁거려요", CK),  # went to the coach model as a question
    case("간식이 목에 걸려서 캑캑거려요", CK),
    case("he choked on a piece of rawhide and keeps pawing at his mouth", CK),
    case("his paw is bleeding a lot", TR),
    case("발바닥에서 피가 안멈춰요", TR),
    case("발바닥에서 피가 안 멈춰요", TR),
    case("the cut on her leg won't stop bleeding", TR),
    case("she got hit by a car", TR),
    case("차에 치였어요ㅠㅠ", TR),
    case("my dog got hit by a car, he's limping and bleeding", TR),  # only "within 24 hours" before
    case("베란다에서 떨어졌어요", TR),
    case("he fell off the balcony", TR),
    case("he drank antifreeze", TX),
    case("Max drank some antifreeze from the garage floor", TX),
    case("핫팩 뜯어먹었어요", TX),  # hand warmers: iron powder
    case("she ate a hand warmer", TX),
    case("he got stung by a bee and his face is swelling", VN),
    case("벌에 쏘여서 얼굴이 퉁퉁 부었어요", VN),
    case("뱀한테 물렸어요", VN),
    case("a snake bit him on the leg, it's bleeding", VN),
    case("갑자기 얼굴이 퉁퉁 부었어요", VN),
    # A person bitten whose part is said (아저씨 다리를, 남편 손을): an adult's, whatever the dog is
    # called ("우리애가", the dog); a wound on it is a bite injury, no child
    case("애가 남편 손을 물었는데 피가 났어요", BI),
    case("딸이 친구랑 놀다가 친구 손을 물었어요", CB),  # a child's friend: no adult said
    # Owner trial stop 43b (each seen through a real channel): poisons, heatstroke, a blocked
    # bladder, an eye, an electric shock, near-drowning, a cut paw, a child called 작은애
    case("바퀴벌레약 먹었어요", TX),  # roach bait: filed as a health note
    case("개미약 먹었어요", TX),
    case("제초제 먹었어요", TX),
    case("민달팽이약 먹었어요", TX),
    case("he ate some ant bait", TX),
    case("he ate slug pellets", TX),
    case("my dog licked up weed killer", TX),
    case("my dog got into the weed gummies", TX),  # THC
    case("영양제 한통 다 먹었어요", TX),  # a whole bottle: iron, vitamin D
    case("he ate a whole bottle of vitamins", TX),
    case("my kid fed him a grape", TX),  # fed, gave: a toxin given is a toxin eaten
    case("my son gave him chocolate", TX),
    case("애기가 포도를 줬어요", TX),
    case("아들이 초콜릿을 먹였어요", TX),
    case("뭉뭉이 방금 내 에어팟 씹어먹음 ㅅㅂ", FB),  # slang past "-음"; a battery inside
    case("양말 삼킴", FB),
    case("생리대 먹었어요", FB),
    case("she ate a sanitary pad", FB),
    case("밖에서 더위먹은거 같아요 침을 질질 흘리고 비틀거려요", HS),  # no card at all
    case("she's been panting hard, drooling, and wobbly after the hike, it's 35 degrees out", HS),
    case("열사병 같아요", HS),
    case("he collapsed in the heat", HS, SZ),  # the collapse is also the seizure note's
    case("폭염에 산책했더니 비틀거려요", HS),
    case("애가 오줌을 못눠요 계속 자세만 잡아요", UB),
    case("she's been straining to pee and nothing comes out", UB),  # got the retching note
    case("he can't pee", UB),
    case("소변을 못봐요", UB),
    case("he's peeing blood", PI),
    case("there's blood in her urine", PI),
    case("똥에 피가 섞여 나와요", PI),
    case("갑자기 한쪽 눈을 못떠요", PI),  # filed as a health note
    case("he can't open his eye", PI),
    case("강아지 눈이 튀어나왔어요", TR),
    case("his eye popped out", TR),
    case("산책하다 유리 밟아서 피나요", TR),  # read as a survey answer corrected
    case("he stepped on glass and his paw is bleeding", TR),
    case("전선 씹다가 감전된거같아요", ES),
    case("my puppy chewed a phone charger and got shocked", ES),
    case("he got electrocuted", ES),
    case("물에 빠졌다 건졌는데 숨을 이상하게 쉬어요", BR),  # near-drowning
    # Stop 45: a person said beside what the dog did, not as its subject: the dog's flag stands
    case("제가 초콜릿을 줬어요", TX),  # the owner gave it: the dog ate it
    case("I gave him chocolate", TX),
    case("제가 먹던 초콜릿을 먹었어요", TX),  # the chocolate I was eating: the dog ate it
    case("I was eating chocolate and he ate some", TX),
    case("I think he ate chocolate", TX),
    case("I just fell in the water and so did he", ND),
    case("제가 물에 빠졌는데 콩이도 같이 빠졌어요", ND),
    case("콩이가 물에 빠졌어요", ND),
    case("아 잠깐만요 지금 해피가 작은애 손을 물었어요 피는 안나요", CB),  # "해피가" is no "피가"
    case("작은애 손을 물었어요", CB),
    case("큰애 다리를 물었어요", CB),
]

AVERSIVE: list[tuple[str, frozenset[str]]] = [
    (text, frozenset(methods.split()))
    for text, methods in [
        ("너무 화나서 때렸어요", "hitting"),
        ("코를 때렸어", "hitting"),
        ("신문지로 엉덩이를 때림", "hitting"),
        ("발로 찼어요", "hitting"),
        ("맴매했어요", "hitting"),
        ("크게 혼냈어요", "shouting"),
        ("소리 질렀어요", "shouting"),
        ("소리를질렀어", "shouting"),
        ("버럭 했어요", "shouting"),
        ("야단쳤는데 그래도 짖어요", "shouting"),
        ("배를 뒤집어서 눌렀어요", "force"),
        ("알파롤 했어요", "force"),
        ("전기목줄을 써요", "shock"),
        ("짖음방지기 전기충격 쓰고 있어요", "shock"),
        ("핀치칼라 쓰면 안 당길까요?", "prong"),
        ("초크체인으로 바꿨어요", "choke"),
        ("줄을 홱 잡아당겼어요", "leash"),
        ("그래서 목줄을 확 당겼어요", "leash"),  # lead's trial: no note about the leash jerk
        ("목줄을 세게 당겼어요", "leash"),
        ("I yanked his leash", "leash"),
        ("분무기로 물을 뿌렸어요", "spray"),
        ("오줌에 코를 박았어요", "nose"),
        ("I smacked him on the nose", "hitting"),
        ("I hit him when he barks", "hitting"),
        ("my husband spanked her", "hitting"),
        ("I yelled at him", "shouting"),
        ("We shouted and scolded her", "shouting"),
        ("I did an alpha roll", "force"),
        ("I pinned him down", "force"),
        ("we use a shock collar", "shock"),
        ("the trainer gave us an e-collar", "shock"),
        ("I put a prong collar on him", "prong"),
        ("we walk him on a choke chain", "choke"),
        ("I give a leash correction when he pulls", "leash"),
        ("I use a spray bottle", "spray"),
        ("I rubbed his nose in it", "nose"),
        ("소리 지르고 때렸어요", "shouting hitting"),
        ("고함을 질렀어요", "shouting"),
        ("자꾸 꾸짖었어요", "shouting"),
        # Owner trial 17 (batch 136): shut away as a punishment (a reason said), the reason no shouting
        ("혼낼때 구석에 가둬두는건요", "confine"),
        ("짖으면 베란다에 가둬요 괜찮나요?", "confine"),
        ("벌로 방에 가뒀어요", "confine"),
        ("혼내려고 방에 가뒀어요", "confine"),
        ("we lock him in the bathroom as punishment", "confine"),
        ("we shut her in the laundry when she barks", "confine"),
        ("I crate him when he's bad", "confine"),
        ("소리 지르고 방에 가뒀어요 벌로", "shouting confine"),
        ("I hit him when he chewed my shoes", "hitting"),
        # owner trial 31: the owner growling or scruffing is the method; the dog growling, a
        # "scruffy" coat and "혼났어요" (I had a hard time) are not (each below got the lecture)
        ("i growled at him when he bit", "shouting"),
        ("I scruffed him", "force"),
        ("I grabbed him by the scruff and he yelped", "force"),
        ("그래서 혼냈어요", "shouting"),
        ("혼쭐을 냈어요", "shouting"),
        ("엄마한테 혼났어요 쟤가", "shouting"),
        ("some kind of terrier mix?? scruffy lol", ""),
        ("also alfie growled at him again at dinner", ""),
        ("our cat walked past her bowl and she growled at her, is that normal", ""),
        ("산책하다가 진짜 혼났어요 ㅠㅠ 줄을 엄청 당겨서", ""),
        ("어제 목욕시키느라 혼났어요", ""),
    ]
]

NEGATIVE: list[Case] = [
    # stop 47: handling without a bite, or in play, or a puppy's mouthing
    case("장난치다가 만지면 물어요"),
    case("밥먹을때 만지면 으르렁대요"),
    case("he bites when i touch his paws", age=3),
    case("when i touch his paws he pulls away"),
    # Stop 45: a person as the subject of what happened is no dog's red flag; play biting is none
    case("제가 물에 빠졌어요"),
    case("I fell in the water lol"),
    case("남편이 물에 빠졌어요"),
    case("my son fell in the pool"),
    case("제가 초콜릿 먹었어요"),
    case("I ate chocolate lol"),
    case("I got stung by a bee"),
    case("남편이 벌에 쏘였어요"),
    case("I got hit by a car"),
    case("my husband had a heatstroke"),
    case("제가 방금 발작했어요"),
    case("장난치다가 제 손을 물었어요"),
    case("he bites my hands when we play"),
    case("I bit my tongue lol"),
    # Owner trial 17 (batch 136): food and chews, a crate used kindly, hit by a car, no retching
    case("he ate his dinner"),
    case("간식 먹었어요"),
    case("뼈간식 줬어요"),
    case("he chewed on his bone all evening"),
    case("뭘 먹었는지 모르겠어요"),
    case("crate training at night"),
    case("켄넬 교육 중이에요"),
    case("밤에 켄넬에 가둬서 재워요"),
    case("we never lock him in as punishment"),
    case(
        "So yesterday we were at the park and Rosie saw a squirrel and just bolted, she pulled the leash "
        "out of my hand and ran across the road, luckily no cars. she always does this with squirrels "
        "and cats and I'm scared she'll get hit"
    ),
    case("she chases cars and I'm scared she'll be hit"),
    case("he nearly got hit by a bike"),
    case("헛구역질은 안 해요"),
    case("he is not retching"),
    case("he attacked his toy"),
    case("he had a panic attack and his nose was bleeding"),
    case("he attacks the vacuum every day"),
    # Owner trial 16 (batch 132): the dog named by age, food eaten, water wiped
    case("my 3yo lab growled at my husband"),
    case("4살짜리 강아지한테 으르렁거려요"),
    case("she ate her dinner today"),
    case("밥 잘 먹었어요"),
    case("물기까지 닦았어요"),
    # Batch 59 (English trial 2): the red-flag words in their everyday sense. Crying or whining
    # when left is separation distress, shaking at fireworks fear, a limp leash a training goal.
    case("rex cries when i leave for work"),
    case("he cries when i leave for work"),
    case("보리 cries when i leave for work 출근할때마다 낑낑거려요"),
    case("she cries when we leave the house"),
    case("he cried when I left him alone"),
    case("he whimpers when I go out"),
    case("she screams when left alone in her crate"),
    case("he yelps when I leave"),
    case("he cries when he's alone"),
    case("he whines and cries when I go to work"),
    case("he cries and paws at the door when I leave"),
    case("she yelps and jumps at the door when we leave"),
    case("he cries when he sees other dogs"),
    case("he cries when he wants attention"),
    case("혼자 있으면 깽깽거려요"),
    # Batch 65: not eating only while the owner is away is a separation sign, not appetite loss.
    case("won't eat when I'm gone"),
    case("he won't eat when im gone"),
    case("she refuses food when left alone"),
    case("he isn't eating while I'm at work, only when I'm back"),
    case("제가 없으면 아무것도 안 먹어요"),
    case("혼자 있을 때는 밥을 안 먹어요"),
    case("출근하면 사료를 안 먹고 제가 오면 먹어요"),
    case("출근할 때마다 깨갱 울어요"),
    case("혼자 두면 울어요"),
    case("외출하면 낑낑대요"),
    case("we practise limp leash walking"),
    case("i want a limp leash on walks"),
    case("he's shaking during fireworks"),
    case("she trembles and shakes in thunderstorms"),
    case("천둥 치면 덜덜 떨어요"),
    case("he collapsed on the sofa after the walk"),
    case("she passed out on the couch after playing"),
    case("he went stiff when the other dog sniffed him"),
    case("he keeps throwing up his toys in the air"),
    case("she loves throwing up her toy and catching it"),
    case("간식만 보면 눈이 돌아가요"),
    case("무서워서 몸이 굳어요"),
    case("산책 다녀오면 쓰러져 자요"),
    case("양말을 물어뜯어요"),
    case("양말은 안 먹었어요"),
    case("양말 가지고 놀다가 밥 먹었어요"),
    case("he chews socks"),
    case("he didn't eat the sock"),
    case("what if he eats a sock?"),
    case("he played with a sock and then ate dinner"),
    case("sock을 물어뜯어요"),
    case("sock은 안 먹었어요"),
    case("sock 가지고 놀다가 밥 먹었어요"),
    case("he played with a 양말 and then ate dinner"),
    case("he didn't eat the 양말"),
    case("what if he eats a 양말?"),
    case("toy에 넣어 준 간식을 먹었어요"),
    case("he ate the treats in his toy"),
    case("장난감 가지고 놀다가 밥 먹었어요"),
    case("안 물었어요"),
    case("물지는 않았어요"),
    case("물진 않아요 그냥 짖어요"),
    case("물을 마셔요"),
    case("물을 많이 마셔요"),
    case("물을 엎질렀어요"),
    case("수의사 선생님께 물어봤어요"),
    case("훈련사님한테 물었더니 기다리래요"),
    case("장난감을 물고 놀아요"),
    case("공을 물고 와요"),
    case("물었는데 피는 안 났어요"),
    case("살짝 물었는데 상처는 없어요"),
    case("피가 나진 않았어요 물었는데"),
    case("물었습니다만 피가 날 정도는 아니었습니다."),  # owner trial 23: wound first aid shown
    case("물었는데 피가 날 정도는 아니에요"),
    case("숨을 잘 못 쉬는 건 아니에요"),
    case("산책하고 나서 숨을 몰아쉬어요"),
    case("he pants a lot after walks"),  # panting is no breathing trouble
    case("he pulls so hard on the leash he's choking himself"),
    case("he's not wheezing or anything"),
    case("손가락을 물어서 피멍이 들었어요"),
    case("애기가 물었어요"),
    case("안 물었는데 피가 났어요"),
    case("산책하다 넘어져서 피가 났어요"),
    case("아이를 보고 짖어요"),
    case("애기가 짖어요"),
    case("우리 애기가 간식을 좋아해요"),
    case("초코가 짖어요"),
    case("초코랑 산책했어요"),
    case("초콜릿은 안 먹었어요"),
    case("초콜릿 먹어도 돼요?"),
    case("포도 먹으면 안 되죠?"),
    case("개껌을 먹었어요"),
    case("약을 먹였어요"),
    case("밥을 잘 먹어요"),
    case("사료를 잘 먹어요"),
    case("간식을 안 먹어요"),
    case("산책하다가 갑자기 짖었어요"),
    case("갑자기 뛰어갔어요", age=24),
    case("요즘 산책할 때 줄을 당겨요"),
    case("산책할때 줄을 확 당겨요"),  # the dog pulls: no method of the owner's
    case("갑자기 줄을 확 당겼어요"),  # told of the dog as often as of the owner: not flagged
    case("안 때렸어요"),
    case("때리지 않았어요"),
    case("때린 적 없어요"),
    case("혼내지 않고 기다렸어요"),
    case("소리 안 질렀어요"),
    case("전기목줄은 안 써요"),
    case("잘못 먹은 건 없어요"),
    case("토요일에 산책했어요"),
    case("차에서 토했어요"),
    case("피곤해 보여요"),
    case("거품을 물고 짖어요"),
    # Words that meet across a space in the compact view: 자꾸 짖어요 (꾸짖), 물려고 함 (고함)
    case("자꾸 짖어요"),
    case("왜 자꾸 짖는 걸까요"),
    case("새벽에 자꾸짖어서 잠을 못자요"),
    case("미용하러 가면 발버둥치고 물려고 함"),
    case("산책 나가면 짖고 함"),
    # Saying a flag did NOT happen (negation trial, Kakao and Telegram): no flag, both languages
    case("그런 적 없어요"),
    case("그런적없어요"),
    case("이런 적 없어요"),
    case("그런 적은 없었어요"),
    case("경련 같은 건 없었어요 건강해요"),
    case("다리 절거나 그런 건 없어요"),
    case("절뚝거리진 않아요"),
    case("다른 개한테 물린 적 없어요"),
    case("다른 개한테 물린 적은 없어요"),
    case("며칠 전부터요"),
    case("일주일째요"),
    case("경련이나 발작은 없었어요"),
    case("발작 같은 증상은 전혀 없어요"),
    case("토하거나 설사하지 않아요"),
    case("설사는 안 해요"),
    case("구토는 없어요"),
    case("절뚝거리지 않고 잘 걸어요"),
    case("경련은 아니에요"),
    case("기절한 적 없어요"),
    case("통증은 없는 것 같아요"),
    case("밥을 안 먹거나 그런 건 없어요"),
    case("초콜릿 먹은 적 없어요"),
    case("초콜릿은 먹인 적 없어요"),
    case("애기를 물었던 적은 없어요"),
    case("다리 절뚝거리는 건 없어요"),
    case("쓰러지거나 경련한 적은 한번도 없어요"),
    case("발작은 아닌 것 같아요"),
    case("다른 개한테 물리거나 한 적 없어요"),
    case("no seizures or anything"),
    case("he has never had a seizure"),
    case("she doesn't limp"),
    case("no vomiting or diarrhea"),
    case("never been bitten by another dog"),
    case("he's not limping"),
    case("for the past few days"),
    case("since last week"),
    case("I didn't hit him"),
    case("I never hit my dog"),
    case("I don't yell at her"),
    case("we don't use a prong collar"),
    case("we stopped using the shock collar"),
    case("He's a chocolate lab"),
    case("my chocolate labrador barks at the door"),
    case("he is a bit scared of the vacuum"),
    case("she barks a little bit at night"),
    case("he bites his toy all day"),
    case("she didn't break the skin"),
    case("he nipped but no blood"),
    case("Can dogs eat grapes?"),
    case("What if he eats chocolate?"),
    case("is it safe to give him cheese"),
    case("he's eating well"),
    case("she is not limping anymore"),
    case("he ate his dinner"),
    case("I gave him his pill in cheese and he ate it"),
    case("he got hit by a ball"),
    case("he barks suddenly at the door", age=24),
    # "Suddenly" telling how one action happened, not that the dog changed (new-owner trial, F3)
    case("어제 산책하다가 지나가는 자전거 보고 갑자기 달려들었어요"),
    case("어제산책하다 자전거보고 갑자기 달려들었어요ㅠㅠ"),
    case("어제 갑자기 택배기사님한테 달려들었어요"),
    case("지난주에 갑자기 뛰쳐나갔어요 ㅠ"),
    case("이틀전에 갑자기 고양이 보고 짖었어요"),
    case("요즘 산책하기 시작했어요"),
    case("요즘 많이 좋아졌어요"),
    case("he suddenly lunged at the delivery guy yesterday"),
    case("yesterday she suddenly jumped on a guest"),
    case("last week he suddenly ran off after a cat"),
    # ... and in an older dog, at something passing or appearing in the moment (stop 61 trial: the
    # vet-first card for a dart at a motorbike; `safety-term-sudden-trigger`)
    case("어제 저녁에 산책하다가 오토바이 지나가니까 몽이가 갑자기 뛰쳐나가서 줄 끊어질뻔함", age=OLD),
    case("자전거 지나가자 갑자기 달려들었어요", age=OLD),
    case("yesterday a motorbike went past and she suddenly lunged at it", age=OLD),
    case("when a bike goes by he suddenly lunges", age=OLD),
    case("we started training last week"),
    case("We hit it off with the neighbour's dog"),
    case("my kids love him"),
    case("he barks at the kids next door"),
    case("he pulls on the leash"),
    case("she stole a sock"),
    # A medical word that only says how a plain behaviour looked (fresh owner trial: "발작하듯
    # 짖었어" got the seizure emergency)
    case("발작하듯 짖었어"),
    case("발작하듯이 짖었어요"),
    case("마치 발작하는 것처럼 뛰어다녀요"),
    case("경련하는 것처럼 좋아해요"),
    case("경련하듯 꼬리를 흔들어요"),
    case("기절한 듯이 자요"),
    case("초콜릿 먹은 것처럼 흥분했어요"),
    case("쥐약 먹은 것처럼 날뛰어요"),
    case("he barked like he was having a seizure"),
    case("she jumps around as if having a fit when I get home"),
    case("she goes crazy like a seizure when guests come"),
    case("he sleeps like he's passed out"),
    case("he runs around like he's in pain when the doorbell rings"),
    # Batch 81 (Korean owner trial on main): a change of behaviour with a named cause — a new dog,
    # a move, a baby, a new schedule, the owner getting ready to leave — is a behaviour case, not
    # "health first" ("suddenly" too: the cause is named); the flagged kinds are in POSITIVE.
    case("처음엔 얌전했는데 요즘 들어 제가 외출 준비만 하면 낑낑거리고 문을 긁어요 평일에 특히요"),
    case("처음엔 얌전했는데 요즘들어 제가 외출준비만 하면 짖어요ㅠㅠ"),
    case("처음엔 얌전했는데 요즘 들어 출근 준비만 하면 하울링해"),
    case("요즘 들어 제가 나가려고만 하면 낑낑대요"),
    case("요즘들어 혼자 두면 짖어요 ㅠㅠ"),
    case("예전엔 안 그랬는데 이사 온 뒤로 밤마다 짖어요"),
    case("예전엔 안그랬는데 이사오고 나서 밤마다 짖어요ㅠ"),
    case("원래 안 그랬는데 이사하고 나서 예민해졌어"),
    case("이사 후로 갑자기 예민해졌어요"),
    case("새집으로 이사한 뒤로 요즘 들어 계속 짖어요"),
    case("모카가 온 뒤로 예민해졌어요"),
    case("모카가온뒤로 예민해졌어ㅠㅠ"),
    case("모카 오고 나서 까칠해졌어요"),
    case("새 강아지가 온 후로 갑자기 으르렁대요"),
    case("둘째 데려오고 나서 갑자기 으르렁대요"),
    case("고양이 입양한 뒤로 예민해짐"),
    case("아기가 태어난 뒤로 까칠해졌어요"),
    case("동생 태어나고 나서 성격이 변했어요ㅠㅠ"),
    case("제가 복직하고 나서 요즘 들어 혼자 있으면 짖어요"),
    case("남편이 출근하기 시작한 뒤로 예민해졌어요"),
    case("스케줄이 바뀐 뒤로 며칠 전부터 밤에 짖어요"),
    case("she was fine at first but lately whenever I get ready to leave she cries and scratches the door"),
    case("he's been touchy since the new puppy came"),
    case("he never used to growl, but since the new puppy came he growls at her over toys"),
    case("she never did this before but since we moved she barks at every noise"),
    case("he used to be fine but since I went back to work he howls when I leave"),
    case("hes become aggressive toward the dog since the baby was born"),
    case("he suddenly started growling at the cat since we got a second dog"),
    case("she wasnt like this before, since my new job she chews everything"),
    case("since we moved he suddenly started barking at night", age=24),
    # Owner trial 12's neighbours: no child is named (the owner's part bitten: `BP`, stop 45)
    case("산책하다가 손을 물었어요"),
    # Stop 34: a warning denied, or aimed at no child ("애" for another dog)
    case("아이한테 으르렁거린 적은 없어요"),
    case("다른 애한테 으르렁거려요"),
    case("he never growled at my son"),
    case("he went for a walk with my son"),
    case("my kids love him, he only growls at other dogs"),
    case("개껌 먹었어요"),  # a dog chew, no xylitol gum (owner trial 26's neighbour)
    case("덴탈껌 잘 먹어요"),
    # Stop 43: the emergencies' look-alikes (the dog called "애" biting an adult: `BP`, stop 45)
    case("목줄이 목에 걸려서 불편해해요"),  # the collar caught, no choking
    case("산책할 때 줄을 당겨서 켁켁거려요"),  # pulling on the lead, a cough
    case("she pulls until she's choking on her collar"),
    case("he barks like he's choking"),
    case("car rides make him bark"),
    case("차 타면 짖어요"),
    case("차에 치일까 봐 무서워요"),
    case("I'm scared he'll get hit by a car"),
    case("he almost got hit by a car"),
    case("차에 치인 적이 있어서 차를 무서워해요"),
    case("since he got hit by a car last year he's scared of traffic"),
    case("벌레 잡으려고 짖어요"),
    case("말벌 보고 짖어요"),
    case("he chases bees in the garden"),
    case("뱀 장난감 물고 놀아요"),
    case("핫도그 줬어요"),
    case("핫팩 붙여줬어요"),
    case("he bleeds a little when I trim his nails"),
    case("피가 조금 났는데 금방 멈췄어요"),
    case("he drank a lot of water after the walk"),
    case("I drank a beer and he barked at me"),
    case("he was hit by a car last year and is scared of cars since"),
    # Stop 43b: look-alikes of heatstroke, a blocked bladder, an eye, water, a cord, feeding
    case("더위를 많이 타요"),
    case("더위 먹을까 봐 걱정돼요"),
    case("더운 날 산책하면 헥헥거려요"),  # panting in the heat: how a dog cools
    case("hot day so we walked early"),
    case("he pants a lot when it's hot"),
    case("how do I prevent heatstroke"),
    case("오줌을 아무데나 싸요"),
    case("소변을 못 가려요"),
    case("오줌을 못 참아요"),
    case("he pees on the carpet"),
    case("he hasn't peed inside for a week"),
    case("눈치를 봐요"),
    case("물을 좋아해요 수영해요"),
    case("전선을 자꾸 씹어요"),  # a chewing habit, nothing happened: coaching, no emergency
    case("감전될까 봐 전선을 숨겼어요"),
    case("I was shocked when he barked at the plumber"),
    case("fed him a treat"),
    case("the vet gave him pills for his ears"),
    case("알약을 먹였어요"),
    case("영양제 잘 먹어요"),
    case("해피가 간식을 잘 먹어요"),
    case("첫째가 둘째 다리를 물었어요"),  # two dogs: 둘째 with a leg is the second dog
    case("장난감이 찢어졌어요"),
]


@pytest.fixture(scope="module")
def checker() -> SafetyChecker:
    return SafetyChecker(Messages())


def _score(checker: SafetyChecker) -> tuple[Counter[str], Counter[str], Counter[str], list[str]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    wrong: list[str] = []
    for c in POSITIVE + NEGATIVE:
        found = {f.value for f in checker.check(c.text, age_months=c.age_months).kinds}
        tp.update(found & c.labels)
        fp.update(found - c.labels)
        fn.update(c.labels - found)
        if found != c.labels:
            wrong.append(f"{c.text!r}: expected {sorted(c.labels)}, found {sorted(found)}")
    for text, methods in AVERSIVE:
        found = {m.value for m in checker.check(text).methods}
        for label in found | methods:
            key = f"aversive:{label}"
            (tp if label in found and label in methods else fp if label in found else fn)[key] += 1
        if found != methods:
            wrong.append(f"{text!r}: expected {sorted(methods)}, found {sorted(found)}")
    return tp, fp, fn, wrong


def test_corpus_is_large_enough() -> None:
    assert len(POSITIVE) + len(AVERSIVE) + len(NEGATIVE) >= 120
    assert len(NEGATIVE) >= 40


def test_precision_and_recall(checker: SafetyChecker, capsys: pytest.CaptureFixture[str]) -> None:
    tp, fp, fn, wrong = _score(checker)
    with capsys.disabled():
        print()
        for label in sorted(set(tp) | set(fp) | set(fn)):
            p = tp[label] / ((tp[label] + fp[label]) or 1)
            r = tp[label] / ((tp[label] + fn[label]) or 1)
            print(
                f"  {label:22} precision {p:6.1%}  recall {r:6.1%}  (tp {tp[label]}, fp {fp[label]}, fn {fn[label]})"
            )
        total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
        print(
            f"  {'all':22} precision {total_tp / (total_tp + total_fp):6.1%}  "
            f"recall {total_tp / (total_tp + total_fn):6.1%}  over {len(POSITIVE) + len(AVERSIVE) + len(NEGATIVE)} messages"
        )
    assert sum(fn.values()) == 0, wrong
    assert wrong == []


@pytest.mark.parametrize("c", NEGATIVE, ids=lambda c: c.text)
def test_no_false_positive_on_the_negative_set(checker: SafetyChecker, c: Case) -> None:
    result = checker.check(c.text, age_months=c.age_months)
    assert not result, (result.kinds, result.methods)


class _EveryMessage:
    """Stands in for the checker's trigger lists: every message goes through the full check."""

    def matches(self, views: object) -> bool:
        return True


def test_messages_no_trigger_list_finds_are_what_the_full_check_makes_of_them() -> None:
    """`check` answers "nothing" at once when no list that a flag or an aversive method needs finds
    a word; the full check agrees on every corpus message (this file's and the understanding
    corpus), and the shortcut is taken for most of them."""
    fast, full = SafetyChecker(Messages()), SafetyChecker(Messages())
    full._triggers = _EveryMessage()  # type: ignore[assignment]
    texts = [c.text for c in POSITIVE + NEGATIVE] + [text for text, _ in AVERSIVE]
    for path in sorted((Path(__file__).parent / "corpus").glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [line.split("\t")[-1] for line in lines if line.strip() and not line.startswith("#")]
    for age in (None, OLD):
        assert [fast.check(t, age_months=age) for t in texts] == [
            full.check(t, age_months=age) for t in texts
        ]
    assert sum(not fast._triggers.matches(Views.of(t)) for t in texts) > len(texts) / 2
