"""The red-flag and aversive-method check that runs on every report and question, before the model.

Deterministic and local: word lists from `locales/*/safety.ftl`, a few rules that combine them, no
model. What counts as a red flag, and what the owner is told, follows public guidance:

- Bites: a bite that broke the skin (Dunbar bite scale level 3 and up: punctures) or any bite to a
  child calls for wound care now and a professional (AVMA, "Dog bite prevention"; AVSAB, "Position
  statement on the use of punishment", 2007, and "Humane dog training", 2021). Wound care: wash with
  soap and running water for about 15 minutes (WHO, Rabies fact sheet, first aid).
- A sudden change of behaviour, recent or in an older dog, and signs of pain or illness: rule out
  pain first (Mills et al. 2020, "Pain and problem behavior in cats and dogs", Animals 10(2):318;
  AAHA 2023 Senior Care Guidelines: seniors are the last quarter of the expected life span). A change
  with a plain cause named (a new dog, a move, a baby, a new schedule, the owner leaving) is a
  behaviour case, not one without an obvious cause; in an older dog, or after surgery or an injury,
  it still goes to a vet first (Korean owner trial, batch 81).
- A warning aimed at a child (a growl, snap, nip, lunge or bared teeth at a child, no bite said):
  the warning that comes before a bite. Keep the child and the dog apart unless an adult is right
  there, and see a vet and a qualified behaviour professional (AVMA, "Dog bite prevention": never
  leave a young child alone with a dog, and seek help for a dog that growls or snaps; AVSAB,
  "Position statement on the use of punishment", 2007: punishing the growl suppresses the warning,
  not the aggression). No threshold of ours: any such warning at a child counts. A child may be
  named by age alone ("my 4yo", "at my 3-year-old"; owner trial 16): the same child
  (`SafetyChecker._aged`), unless a word for the dog follows ("my 4 year old dog").
- A bite on a person with no wound said (Dunbar bite scale levels 1-2: teeth on skin, no puncture;
  "he bit my hand, no blood", "남편 손 물었는데 피는 안났어요"): no wound care, but the bite is still
  one on a person: no punishment (AVSAB 2007 and 2021: it suppresses the warning, not the bite),
  the situation avoided, a vet for pain first (Mills et al. 2020), then a qualified behaviour
  professional (AVMA, "Dog bite prevention"). Guidance, not an alarm: within days, the analysis
  and its plan go on (stop 45: nothing at all, while a child's bite got its card). The person is
  named (the owner's hand, an adult); play or mouthing said with it, or a puppy under
  `PUPPY_MONTHS`, is how a puppy learns a soft mouth (ASPCA, "Mouthing, nipping and play biting").
- Toxins: ASPCA Animal Poison Control Center, "People foods to avoid feeding your pets" and its yearly
  top-toxin list (human medicines, chocolate, xylitol, grapes and raisins, onion and garlic, rodenticides).
- Foreign bodies: a swallowed thing that is not food (a sock, a toy part, string, a stone) can block
  the gut; call a vet now, do not induce vomiting without one (AKC / ASPCA pet first-aid guidance).
  Cooked bones (they splinter) and corn cobs (they block) are the classic cases of the same guidance
  (owner trial 17: "my dog ate a chicken bone", "닭뼈 먹었어요"); a thing eaten and only guessed after
  ("뭘 주워먹었는데 돌같아요") counts when the guess names such a thing.
- Unproductive retching (trying to vomit, nothing comes up) is the sign of gastric dilatation-volvulus
  or an obstruction: an emergency, a vet now (ACVS, "Gastric Dilatation-Volvulus"; AKC on bloat).
- An attack told with a wound ("attacked the neighbour's dog, there was a lot of blood") is a bite
  that hurt, as a bite with a wound is (owner trial 17).
- Choking (something stuck in the throat: gagging, pawing at the mouth) blocks the airway: a vet
  now; take the thing out only if it is seen and comes easily, thrusts behind the ribs if the dog
  cannot breathe (AVMA, "First aid tips for pet owners"; RSPCA, "First aid for dogs"). A cough from
  pulling on the lead, or a collar caught on the neck, is not it (stop 43).
- Hit by a car, a fall from a height, bleeding that will not stop or is heavy: a vet now, even if the
  dog seems fine (bleeding inside and shock show late); press on the wound at least 3 minutes, move
  the dog on a board or blanket (AVMA, "First aid tips for pet owners"; RSPCA). Blood from a bite is
  the bite's own note; a worry ("scared she'll get hit"), a near miss or an accident long ago is none.
- A snake bite, a sting, a swollen face or throat, hives: venom or an allergic reaction whose
  swelling can close the airway, a vet now; no cutting, sucking, ice or tourniquet on a snake bite
  (ASPCA, "Insect stings"; AVMA, "First aid tips for pet owners"). A snake's bite is no bite by
  the dog.
- Heatstroke (said, or drooling, wobbling, collapse or vomiting with heat said): cool with cool or
  lukewarm water, not ice-cold, a fan, and a vet now even if the dog seems better (RSPCA,
  "Heatstroke in dogs"; AVMA, "Warm weather pet safety"). Panting alone in the heat is no sign.
- Straining to pee with nothing coming out: a blocked bladder or urethra, fatal within a day or two,
  a vet now, males most (Merck Veterinary Manual, "Urolithiasis in small animals"; VCA).
- An electric shock (a cord chewed): power off before touching, a vet now (mouth burns, fluid in
  the lungs hours later; RSPCA, "First aid for dogs"; Merck Veterinary Manual).
- Blood in the pee or the stool, an eye suddenly kept shut: signs of illness, a vet within 24 hours.
  An eye out of its socket, and a cut said with blood, are the injury's note, now (Merck Veterinary
  Manual, "Proptosis"; AVMA, "First aid tips for pet owners").
- Near-drowning (fallen in the water and pulled out): a vet within 24 hours even if the dog seems
  fine, water breathed in can bring fluid in the lungs or pneumonia hours later; trouble breathing
  said makes it the breathing note, now (VCA Animal Hospitals, "Near Drowning in Dogs"; stop 44).
- Seizures: a seizure lasting over 5 minutes, or two without recovery between them, is status
  epilepticus, an emergency (ACVIM consensus statement on canine epilepsy, 2015; AVMA pet first aid).
- Head pressing (the head pressed against a wall or into a corner, standing still): a brain, liver
  (hepatic encephalopathy) or toxic problem, a vet now (Merck Veterinary Manual, "Overview of the
  nervous system"; VCA, "Head pressing in dogs"). An older dog's cognitive dysfunction signs (stuck in
  corners, lost at home, pacing or circling at night): a vet within days before training, pain and
  sight or hearing loss look alike (AAHA 2023 Senior Care Guidelines; Landsberg et al. 2012,
  "Cognitive dysfunction syndrome", Vet Clin North Am Small Anim Pract 42(4):749). Korean owner
  trial, stop 49. In an older dog, seeming lost, confused or not knowing the family is the same
  card (DISHAA's disorientation; stop 51: "14살인데 밤에 짖고 길을 잃은것 같아요" got none).
- Drinking and peeing far more than before (polydipsia / polyuria), or a house-trained dog that starts
  soiling the house: kidney disease, diabetes, Cushing's disease or a bladder infection, a vet within
  days before any house-training (AAHA 2023 Senior Care Guidelines; Merck Veterinary Manual,
  "Polyuria and polydipsia"; AVSAB / ACVB: a medical cause ruled out first). Korean owner trial,
  stop 49: "15살인데 물을 너무 많이 먹고 집안에 쉬를 해요" got a house-training step. An older dog
  peeing in the house, the age said ("15살인데", "she's 14") or the profile's, is the same card (stop
  50): in a senior house-soiling is medical first, cognitive dysfunction diagnosed once those are
  ruled out (AAHA 2023; Landsberg et al. 2012).
- Aversive methods: AVSAB 2021 — punishment suppresses warning signals and raises fear and aggression;
  reward-based training is the standard of care. Shutting the dog away as a punishment ("짖으면 베란다에
  가둬요", "we lock him in the bathroom as punishment") is one; a crate used kindly is not, so the
  shutting away counts only with a reason that makes it a punishment (owner trial 17). What a
  previous owner may have done ("혹시 전주인이 때렸을까요?") is a rescue's past, no method (stop 49);
  the owner's own told beside it ("근데 저도 가끔 코를 때려요") still is (stop 50). Holding the
  mouth shut or grabbing the muzzle is a physical punishment (stop 51: "혼낼때 입
  잡고 안돼 하면 되나요" got no card; `Method.MOUTH`); holding it to brush the teeth or give a pill is
  care. Held shut for barking, its alternative is the barking one; for another behaviour than
  mouthing, the general one (stop 52: "짖을 때 입 잡고 안돼 해요" got the mouthing one). A method
  someone else told the owner to use ("옆집 사람이 알파롤 하라던데", "my neighbour said to scruff him")
  is the owner's to take or not: its card, whoever advised it (stop 52).
- A child named by age alone as the one bitten ("she bit a 5 year old", stop 52) is a child: a bite
  to a child, the card; the dog's own age ("she's a 5 year old") or another dog ("a 5 year old
  lab") is not.
- Bleeding said alone ("피나요", "it's bleeding"; stop 52): pressing on it is what to do now, the
  injury's note (AVMA, "First aid tips for pet owners"); after a bite or an injury reported it is
  that report's detail. Not standing or walking (a spine or nerve problem, pain), panting on and
  on at rest, a swollen belly: signs of illness, the vet card (Merck Veterinary Manual).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from dogcoach.services.i18n import LOCALES, Messages, normalize
from dogcoach.services.josa import josa
from dogcoach.services.safety.lexicon import (
    CLAUSE_BREAK,
    HANGUL,
    Hit,
    Negation,
    NegationLists,
    Simile,
    Subject,
    Term,
    View,
    Views,
    aliases,
    spaced_view,
)

# AAHA 2023: senior from the last 25 % of the expected life span; 7 years is the usual cut for a
# medium dog, used when the size is not taken into account.
SENIOR_MONTHS = 84
# The oldest age in years a message may say for a dog ("she's 14", "15살인데"): more is no dog's age.
DOG_MAX_YEARS = 25
# A puppy's mouthing and play biting (teething to about 6 months; ASPCA): no bite on a person to
# warn about.
PUPPY_MONTHS = 6
# Weeks in a month, for a puppy's age said in weeks ("10 week old" is 2 months).
WEEKS_PER_MONTH = 4
# A person named by age alone as the one bitten ("she bit a 7 year old") is a child under this age;
# "bit a 40 year old" is an adult (the child card speaks of a child, the guardian's doctor).
CHILD_MAX_YEARS = 18
# How far apart "아이를 … 물었어요" / "bit … my son" may be: characters (compact) or words (spaced).
CHILD_GAP_CHARS = 8
CHILD_GAP_WORDS = 4
# How far before a bitten body part nobody is said to own a child may be named, in the same
# message ("딸이 옆에 지나가니까 구름이가 으르렁 하더니 손을 물었어": the child's hand).
CHILD_CONTEXT_CHARS = 40
CHILD_CONTEXT_WORDS = 16
# How far after a child named as the subject a warning may come ("조카가 지나가는데 으르렁거렸어요",
# "my son walked by and he growled"): one short clause, closer than a bitten body part.
CHILD_WARNING_CHARS = 12
CHILD_WARNING_WORDS = 6
# How many syllables of the method's own verb may stand before a Korean ending that passes on
# advice ("알파롤|하|라던데", "코를 때|리|라고", "전기목줄|쓰|라는데", "목줄채기|하|라고").
ADVICE_VERB_CHARS = 3
# How far apart the thing and the swallowing may be ("양말 한 짝을 삼켰어요", "ate one of my socks"):
# closer than a child bitten, so "양말 가지고 놀다가 밥 먹었어요" (played with, then ate dinner) is none.
FOREIGN_GAP_CHARS = 4
FOREIGN_GAP_WORDS = 3
# How far before a verb pointing back at it ("… and swallowed it") the thing swallowed may come, in
# words ("a chicken bone from the trash and swallowed it").
FOREIGN_REFERRED_WORDS = 8
# How far after a thing eaten but not named its guess may come ("뭘 주워먹었는데 돌같아요", "ate
# something off the ground, I think it was a rock").
FOREIGN_GUESS_CHARS = 12
FOREIGN_GUESS_WORDS = 10
# The medical red flags' word lists: a word of these only compared to ("발작하듯 짖었어", "barked
# like he was having a seizure") raises nothing when a plain behaviour is what it describes.
MEDICAL = ("seizure", "toxin", "pain", "pain-vocal", "breathing", "breathing-fast", "choking")
# How many words may stand between "like" / "as if" and the medical word ("like he was having a").
SIMILE_REACH_WORDS = 4
# The lists whose word tells what happened to the dog (fell in, ate, got stung, had a seizure): a
# person said to be its subject ("제가 물에 빠졌어요", "I fell in the water lol", "my son ate
# chocolate") is no dog's red flag (stop 45: the dog's near-drowning note for the owner's fall),
# unless the dog is said too or the person only saw it ("제가 초콜릿 먹는 걸 봤어요": the dog ate it).
PERSONAL = (
    "seizure", "ingestion", "swallowed", "swallowed-referred", "swallowed-unknown", "retching", "breathing",
    "choking", "trauma", "trauma-bleeding", "trauma-cut", "venom", "venom-swelling", "heatstroke", "heat-sign",
    "urinary", "electric", "electric-weak", "drowning", "pain", "pain-vocal", "trauma-part-blood", "trauma-bare",
    "pain-mobility", "breathing-fast",
)  # fmt: skip
# The survey's worst-reaction options (`domain.survey`), whose labels an owner may type out, or send
# again by tapping an old button, after the survey (stop 56: "물었음 (상처 있음)" was analysed with
# no bite card). Typed whole, a label or its `.short` ("Bite, injury") is read as its full label.
WORST_OPTIONS = ("none", "growl", "snap", "bite", "bite_injury")
# The lists some flag needs a hit of (`SafetyChecker.check`): without one there is no flag.
TRIGGERS = (
    "bite", "bite-passive", "bitten-by-other", "seizure", "toxin", "foreign", "pain", "pain-vocal", "onset",
    "onset-never", "onset-since", "sudden", "child-warning", "swallowed-unknown", "retching", "attack",
    "breathing", "choking", "trauma", "trauma-bleeding", "trauma-cut", "venom", "venom-swelling", "heatstroke",
    "heat-sign", "urinary", "electric", "electric-weak", "drowning", "snap", "nip", "medicine-human",
    "medicine-drug", "medicine-dose", "neuro", "cognitive", "cognitive-pacing", "cognitive-senior", "thirst", "thirst-trained",
    "medicine-painkiller", "trauma-part-blood",
    "thirst-mild", "thirst-pee", "trauma-bare", "pain-mobility", "fight", "breathing-fast", "surgical-site",
)  # fmt: skip
# The word lists whose words, listed with "or" before a negation, share it ("절거나 토하거나 그런 건 없어요").
LISTED = (
    "seizure", "pain", "pain-vocal", "injury", "bite", "bite-passive", "bitten-by-other", "toxin", "breathing",
    "choking", "trauma", "trauma-bleeding", "venom", "venom-swelling", "heatstroke", "urinary", "electric",
    "drowning", "breathing-fast", "surgical-trouble",
)  # fmt: skip


# Letters (compact view) at most between another dog as the subject and its bite ("옆집개가방금산책하다물었어요": 7).
BITTEN_SUBJECT_GAP = 12


class FlagKind(StrEnum):
    BITE_INJURY = "bite_injury"
    CHILD_BITTEN = "child_bitten"
    CHILD_WARNING = "child_warning"  # a growl, snap, nip or lunge at a child, no bite said
    DOG_BITTEN = "dog_bitten"  # the owner's dog is the one bitten (by another dog): its wound, a vet
    BITE_PERSON = "bite_person"  # a bite on a person, no wound said: the bite guidance, no first aid
    PUPPY_NIP = "puppy_nip"  # a puppy's nip that broke the skin: first aid, then a soft mouth taught
    SNAP_PERSON = "snap_person"  # a snap or air snap at a person, no bite: the warning, space, a pro
    SEIZURE = "seizure"
    NEURO = "neuro"  # head pressing against a wall or into a corner: a brain, liver or toxic problem, now
    COGNITIVE = "cognitive"  # stuck in corners, night pacing or circling: cognitive dysfunction
    THIRST = "thirst"  # drinking and peeing far more, or a house-trained dog soiling: kidneys, diabetes
    TOXIN = "toxin"
    FOREIGN_BODY = "foreign_body"  # a thing that is not food swallowed (a sock): it can block the gut
    RETCHING = "retching"  # trying to vomit, nothing comes up: a twisted or blocked stomach
    CHOKING = "choking"  # something stuck in the throat: the airway blocked
    BREATHING = "breathing"  # struggling to breathe, blue or very pale gums: an emergency
    TRAUMA = "trauma"  # hit by a car, a fall from a height, bleeding that won't stop
    VENOM = "venom"  # a snake bite, a sting, a swollen face or throat: venom or an allergic reaction
    HEATSTROKE = "heatstroke"  # said, or drooling, wobbling, collapse in the heat
    ELECTRIC_SHOCK = "electric_shock"  # a cord chewed, a shock: burns, fluid in the lungs hours later
    URINARY_BLOCK = "urinary_block"  # can't pee, straining with nothing coming out: a blocked urethra
    NEAR_DROWNING = "near_drowning"  # fell in the water, pulled out: fluid in the lungs hours later
    SURGICAL_WOUND = "surgical_wound"  # stitches licked, chewed, bleeding or opened: the cone, the clinic
    PAIN_ILLNESS = "pain_illness"
    SUDDEN_CHANGE = "sudden_change"


class Urgency(StrEnum):
    """When to act: now (call or go now), within 24 hours (a vet today or tomorrow), soon (days)."""

    NOW = "now"
    WITHIN_24H = "within_24h"
    SOON = "soon"

    @property
    def rank(self) -> int:
        return _URGENCY_ORDER.index(self)


_URGENCY_ORDER: tuple[Urgency, ...] = (Urgency.NOW, Urgency.WITHIN_24H, Urgency.SOON)


class Referral(StrEnum):
    """Who to see next: a vet first when pain may be behind it, a behaviour professional for bites."""

    VET = "vet"
    BEHAVIOUR = "behaviour"


class Method(StrEnum):
    """Aversive methods an owner may describe (AVSAB 2021 names these)."""

    HITTING = "hitting"
    SHOUTING = "shouting"
    FORCE = "force"
    SHOCK = "shock"
    PRONG = "prong"
    CHOKE = "choke"
    LEASH = "leash"
    SPRAY = "spray"
    NOSE = "nose"
    CONFINE = "confine"  # shut away as a punishment
    MOUTH = "mouth"  # the mouth held shut, the muzzle grabbed (stop 51)


URGENCY: dict[FlagKind, Urgency] = {
    FlagKind.BITE_INJURY: Urgency.NOW,
    FlagKind.CHILD_BITTEN: Urgency.NOW,
    FlagKind.CHILD_WARNING: Urgency.NOW,
    FlagKind.DOG_BITTEN: Urgency.WITHIN_24H,
    FlagKind.BITE_PERSON: Urgency.SOON,
    # the wound is washed now (the card's first line); no vet, no professional (stop 55)
    FlagKind.PUPPY_NIP: Urgency.NOW,
    FlagKind.SNAP_PERSON: Urgency.SOON,
    FlagKind.SEIZURE: Urgency.NOW,
    FlagKind.NEURO: Urgency.NOW,
    FlagKind.COGNITIVE: Urgency.SOON,
    FlagKind.THIRST: Urgency.SOON,
    FlagKind.TOXIN: Urgency.NOW,
    FlagKind.FOREIGN_BODY: Urgency.NOW,
    FlagKind.RETCHING: Urgency.NOW,
    FlagKind.CHOKING: Urgency.NOW,
    FlagKind.BREATHING: Urgency.NOW,
    FlagKind.TRAUMA: Urgency.NOW,
    FlagKind.VENOM: Urgency.NOW,
    FlagKind.HEATSTROKE: Urgency.NOW,
    FlagKind.ELECTRIC_SHOCK: Urgency.NOW,
    FlagKind.URINARY_BLOCK: Urgency.NOW,
    # a vet today even if the dog seems fine; trouble breathing said makes it the breathing flag, now
    FlagKind.NEAR_DROWNING: Urgency.WITHIN_24H,
    # the cone back on and the clinic today; now when open or bleeding on (its card says so; stop 64)
    FlagKind.SURGICAL_WOUND: Urgency.WITHIN_24H,
    FlagKind.PAIN_ILLNESS: Urgency.WITHIN_24H,
    FlagKind.SUDDEN_CHANGE: Urgency.SOON,
}
# The urgent-now flags about a behaviour (a bite that hurt, a child bitten or warned): an incident to
# coach, whose how-often and what-came-before a professional needs; every other urgent-now flag is
# a medical emergency (`SafetyCheck.emergency`).
BEHAVIOUR_INCIDENTS = frozenset(
    {FlagKind.BITE_INJURY, FlagKind.CHILD_BITTEN, FlagKind.CHILD_WARNING, FlagKind.PUPPY_NIP}
)
# Guidance shown wherever it is told, that makes no message an incident of its own (a bite on a
# person with no wound: "물었는데 피는 안났어요" at the worst-reaction question is its answer, as
# before; told as a report, the report gets the card): `SafetyCheck.alarm`.
ADVISORY = frozenset({FlagKind.BITE_PERSON, FlagKind.SNAP_PERSON})
# The flags about the dog's own body (an illness, a poison, a wound), none about what it did to
# someone: a message telling only one of them answers no survey choice (owner trial 33: "토에 피가
# 섞여있어요" at the children question stored "yes" from its "있어요").
BODY_SIGNS = frozenset(FlagKind) - BEHAVIOUR_INCIDENTS - ADVISORY - {FlagKind.SUDDEN_CHANGE}
REFERRAL: dict[FlagKind, Referral] = {
    FlagKind.BITE_INJURY: Referral.BEHAVIOUR,
    FlagKind.CHILD_BITTEN: Referral.BEHAVIOUR,
    FlagKind.PAIN_ILLNESS: Referral.VET,
    FlagKind.SUDDEN_CHANGE: Referral.VET,
    FlagKind.COGNITIVE: Referral.VET,
    FlagKind.THIRST: Referral.VET,
}


@dataclass(frozen=True, slots=True)
class RedFlag:
    """A red flag found in a message, with the words that raised it (normalized, for the record)."""

    kind: FlagKind
    urgency: Urgency
    evidence: tuple[str, ...]

    @property
    def message_id(self) -> str:
        """Fluent id of what to do now."""
        return f"safety-{self.kind}"

    @property
    def referral(self) -> Referral | None:
        return REFERRAL.get(self.kind)


class Behaviour(StrEnum):
    """What a method with an alternative about one behaviour (`BEHAVIOUR_METHODS`) was used for,
    when it is another: barking, or anything else but mouthing (`SafetyChecker._behaviour`)."""

    BARKING = "barking"
    GENERAL = "general"


# The flags of a report about a wound (a bite, an injury): bleeding said alone after it is its
# detail (`SafetyChecker.bleeding_alone`), not a new report.
WOUND_FLAGS = frozenset(
    {
        FlagKind.BITE_INJURY, FlagKind.CHILD_BITTEN, FlagKind.DOG_BITTEN, FlagKind.BITE_PERSON,
        FlagKind.SNAP_PERSON, FlagKind.TRAUMA, FlagKind.CHILD_WARNING, FlagKind.PUPPY_NIP,
        FlagKind.SURGICAL_WOUND,
    }
)  # fmt: skip
# The days-away flags whose card says a vet comes before training and whose plan is held
# (`understanding.first_step`): a senior's cognitive signs, drinking and peeing far more.
PLAN_HELD_SOON = frozenset({FlagKind.COGNITIVE, FlagKind.THIRST})
# The methods whose own alternative is about one behaviour: the mouth held shut (mouthing).
BEHAVIOUR_METHODS = frozenset({Method.MOUTH})
# The methods whose alternative is already the loose-lead walk (a harness, stop when the lead goes tight).
WALKING_METHODS = frozenset({Method.PRONG, Method.CHOKE, Method.LEASH})


@dataclass(frozen=True, slots=True)
class AversiveMethod:
    method: Method
    evidence: str
    # pulling on the lead is what the method is for ("is a shock collar ok for pulling", "전기
    # 목걸이 줄 당길 때 써도 돼요?"; `safety-term-aversive-pulling`)
    pulling: bool = False
    # the behaviour the method answers, where its own alternative is about another (`Behaviour`)
    behaviour: Behaviour | None = None

    @property
    def alternative_id(self) -> str:
        """Fluent id of the reward-based alternative: the method's own, or the loose-lead one when
        the method is for pulling and its own alternative is about something else (stop 50, owner
        trial: "is a shock collar ok for pulling" got "find out why your dog barks or lunges");
        the mouth held shut for barking or another behaviour than mouthing, that behaviour's
        (stop 52: "짖을 때 입 잡고 안돼 해요" got the mouthing alternative)."""
        if self.pulling and self.method not in WALKING_METHODS:
            return "safety-aversive-alt-pulling"
        if self.behaviour is not None:
            return f"safety-aversive-alt-{self.behaviour}"
        return f"safety-aversive-alt-{self.method}"


# The medicine notes (`SafetyChecker._medicine`): FDA, "Pain relievers for pets" and ASPCA Animal
# Poison Control (human NSAIDs and paracetamol are toxic to dogs); AVMA and ACVB: a behaviour
# medication and its dose are the prescribing vet's (owner trial, stop 49).
MEDICINE_HUMAN = "safety-medicine-human"
MEDICINE_DOSE = "safety-medicine-dose"


@dataclass(frozen=True, slots=True)
class SafetyCheck:
    """The result: red flags, most urgent first, the aversive methods described, and the
    medicine note (`MEDICINE_HUMAN`, `MEDICINE_DOSE`) when a medicine is asked about or named."""

    flags: tuple[RedFlag, ...] = ()
    aversive: tuple[AversiveMethod, ...] = ()
    medicine: str | None = None

    def __bool__(self) -> bool:
        return bool(self.flags or self.aversive or self.medicine)

    @property
    def kinds(self) -> frozenset[FlagKind]:
        return frozenset(f.kind for f in self.flags)

    @property
    def methods(self) -> frozenset[Method]:
        return frozenset(a.method for a in self.aversive)

    @property
    def urgency(self) -> Urgency | None:
        """The most urgent flag's urgency, or None without red flags."""
        return self.flags[0].urgency if self.flags else None

    @property
    def emergency(self) -> bool:
        """A medical emergency is told (a seizure, a poison, choking: a flag urgent now that is no
        behaviour incident): the owner is sent to a vet now, so the message is no survey answer and
        no result asks how often it happens (stop 44)."""
        return any(f.urgency is Urgency.NOW and f.kind not in BEHAVIOUR_INCIDENTS for f in self.flags)

    @property
    def alarm(self) -> SafetyCheck:
        """The check without the guidance-only flags (`ADVISORY`): what makes a message an
        incident wherever it is typed (`services.understanding`)."""
        flags = tuple(f for f in self.flags if f.kind not in ADVISORY)
        # a medicine named is no incident ("he's on trazodone" answers the survey's health question)
        return SafetyCheck(flags, self.aversive)

    @property
    def told(self) -> SafetyCheck:
        """The check of a message that tells, not asks: a medicine named in a report is analysed as
        it is ("he's on trazodone and still barks": no note), but a human painkiller keeps its note
        (stop 50, owner trial: "is it ok to give her some of my ibuprofen shes limping a bit" was
        read as the limping report and got the limping card alone): it is toxic to dogs whether
        it is asked about, about to be given or given already ("i gave her some advil")."""
        if self.medicine == MEDICINE_HUMAN:
            return self
        return SafetyCheck(self.flags, self.aversive)

    @property
    def referrals(self) -> tuple[Referral, ...]:
        """Vet first (rule out pain), then a behaviour professional; each once."""
        wanted = {f.referral for f in self.flags}
        return tuple(r for r in Referral if r in wanted)

    @property
    def _header(self) -> str:
        """The header's id: its urgency's, but a days-away card whose plan goes on (a bite or snap
        with no wound, a sudden change: `understanding.first_step` holds none of them) does not
        say the vet comes before training (stop 64, owner trial: "미용할때 물어요 발 만질때" got
        "a vet check comes before training" and a training plan in one reply)."""
        if self.urgency is Urgency.SOON and not self.kinds & PLAN_HELD_SOON:
            return "safety-header-soon-alongside"
        return f"safety-header-{self.urgency}"

    def message_ids(self, *, asked: bool = False) -> tuple[str, ...]:
        """The reply as Fluent ids, in order: header, what to do now per flag, referrals, then one
        explanation of why punishment backfires and the alternative for the first method named.
        The human-painkiller note comes first, before any flag's card (stop 50: "is it ok to give
        her some of my ibuprofen shes limping a bit": what not to give before the vet visit).
        `asked`: the message asks about the method ("is a spray bottle ok?"), so the explanation
        does not thank the owner for admitting it (fresh owner trial)."""
        ids: list[str] = [MEDICINE_HUMAN] if self.medicine == MEDICINE_HUMAN else []
        if self.urgency is not None:
            ids.append(self._header)
            ids += [f.message_id for f in self.flags]
            ids += [f"safety-referral-{r}" for r in self.referrals]
        if self.aversive:
            ids += [
                "safety-aversive-why-asked" if asked else "safety-aversive-why",
                self.aversive[0].alternative_id,
            ]
        if self.medicine and self.medicine != MEDICINE_HUMAN:
            ids.append(self.medicine)
        return tuple(ids)

    def render(self, translate: Callable[[str], str], *, asked: bool = False) -> str:
        """The reply text in the owner's language (`translate` is a `Translator`); empty if clean.
        `asked`: the message is a question (`message_ids`)."""
        return "\n\n".join(translate(msg_id) for msg_id in self.message_ids(asked=asked))


def _alternatives(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first; a space in a word stands for any run of
    spaces, hyphens or slashes ("year old": "year-old", "y o": "y/o")."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"[\s/-]*".join(re.escape(part) for part in w.split()) for w in ordered)


def _aged_child(
    whose: Sequence[str],
    numbers: Sequence[str],
    units: Sequence[str],
    dog: Sequence[str],
    persons: Sequence[str] = (),
    bites: Sequence[str] = (),
) -> re.Pattern[str]:
    """A child named by age: whose, a number (up to two digits, or a number word), an age unit, and
    no word for the dog right after it ("my 4yo", "my 3-year-old"; not "my 4 year old dog"), nor,
    with a boy's or girl's word or none, an active bite: the one who bit, the dog ("my 7yo boy bit
    the mailman"; owners call their dog a boy; stop 53: the child card)."""
    number = rf"(?:\d{{1,2}}|{_alternatives(numbers)})"
    person = rf"(?:[\s-]+(?:{_alternatives(persons)}))?" if persons else ""
    biter = rf"(?!{person}\s+(?:{_alternatives(bites)})\b)" if bites else ""
    return re.compile(
        rf"\b(?P<whose>{_alternatives(whose)})\s+{number}[\s-]*(?:{_alternatives(units)})\b"
        rf"(?![\s-]*(?:{_alternatives(dog)})\b){biter}",
        re.IGNORECASE,
    )


# A Korean particle, either form, as the pair `josa` picks from (after a consonant, after a vowel).
_PARTICLE_PAIRS = {p: pair for pair in (("이", "가"), ("은", "는"), ("을", "를")) for p in pair}
_PARTICLES = "".join(_PARTICLE_PAIRS)
_OBJECT_PARTICLES = _PARTICLE_PAIRS["을"]


def _without_age(found: re.Match[str]) -> str:
    """ "조카(6살)가" → "조카가", "딸 7살이" → "딸이": the child's word with its particle."""
    who, particle = found.group("who"), found.group("particle")
    return josa(who, *_PARTICLE_PAIRS[particle]) if particle else who


def _with_particle(found: re.Match[str]) -> str:
    """ "손 " → "손을 ": the body part with its object particle."""
    return josa(found.group("part"), *_OBJECT_PARTICLES) + " "


def _aged_bitten(
    bites: Sequence[str],
    articles: Sequence[str],
    passive: Sequence[str],
    persons: Sequence[str],
    numbers: Sequence[str],
    units: Sequence[str],
    dog: Sequence[str],
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A person named by age alone as the one bitten: a bite, an article, the age, and no word for
    the dog after it ("she bit a 5 year old", "he bit a 7-year-old boy"; not "bit a 5 year old
    lab"); or an article, the age and a passive bite ("a 6 year old got bitten"). The age is the
    group `age` of each, its number `n`."""
    number = rf"(?P<n>\d{{1,2}}|{_alternatives(numbers)})"
    age = rf"(?P<age>{number}[\s-]*(?:{_alternatives(units)}))\b"
    not_dog = rf"(?![\s-]*(?:{_alternatives(dog)})\b)"
    person = rf"(?:[\s-]+(?:{_alternatives(persons)}))?"
    return (
        re.compile(
            rf"\b(?:{_alternatives(bites)})\s+(?:{_alternatives(articles)})\s+{age}{not_dog}", re.IGNORECASE
        ),
        re.compile(
            rf"\b(?:{_alternatives(articles)})\s+{age}{person}\s+(?:{_alternatives(passive)})\b",
            re.IGNORECASE,
        ),
    )


def _dog_age(leads: Sequence[str], units: Sequence[str], others: Sequence[str]) -> re.Pattern[str]:
    """A dog's age in years said in a message, over its spaced view: a number after a lead ("shes
    14", "나이는 15") with no other unit after it ("she's 14 pounds"), or a number with a year unit
    ("15 살인데", "15 years old", "15yo") and no person after it ("my 14 year old son"). The unit is
    taken whole (atomic), so "year" is not tried inside "year old son"; a `*` word is a prefix."""
    number = r"(\d{1,2})"
    other = _alternatives(w.rstrip("*") for w in others)
    return re.compile(
        rf"(?<= )(?:{_alternatives(leads)}) {number}(?! ?(?:{other}|\d))"
        rf"|(?<= ){number} ?(?>{_alternatives(units)})(?![a-z0-9])(?! ?(?:{other}))"
    )


def _one_clause(a: Hit, b: Hit, views: Views) -> bool:
    """No clause end between two hits of the spaced view ("my kids love him, he only growls at other
    dogs": the kids are not what he growls at); the compact view has no clause ends to cross."""
    if a.view is not View.SPACED or a.view is not b.view:
        return True
    first, second = sorted((a, b), key=lambda h: h.start)
    return CLAUSE_BREAK not in views.spaced[first.end : second.start]


def _evidence(hits: Iterable[Hit]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(h.text.strip() for h in hits))


class SafetyChecker:
    """Compiled once per process from the locale files; `check` is pure and thread-safe."""

    def __init__(self, messages: Messages, *, senior_months: int = SENIOR_MONTHS) -> None:
        self.senior_months = senior_months

        def term(name: str) -> Term:
            return Term(name, aliases(messages, f"safety-term-{name}"))

        def words(name: str) -> tuple[str, ...]:
            return tuple(aliases(messages, f"safety-term-{name}"))

        # A list of flag words shares the negation that ends it ("경련이나 발작은 없었어요").
        listed = tuple(w for name in LISTED for w in words(name))
        self._negation = Negation(
            NegationLists(
                before=words("negation-before"),
                after=words("negation-after"),
                after_verb=words("negation-after-verb"),
                false=words("negation-false"),
                verb=words("negation-verb"),
                filler=words("negation-filler"),
                persist=words("negation-persist"),
                concessive=words("negation-concessive"),
                listed=listed,
            )
        )
        names = (
            "bite", "bite-passive", "bite-unrelated", "injury", "child-target", "child-bare", "child-victim",
            "bitten-by-other", "bitten-by-other-subject", "sudden", "sudden-trigger", "onset", "onset-never", "onset-since", "onset-bare", "change", "recent", "pain", "pain-unrelated", "pain-vocal",
            "pain-distress", "pain-touch", "pain-appetite", "pain-appetite-away", "pain-appetite-days", "seizure-unrelated", "toxin", "toxin-unrelated", "ingestion", "foreign", "swallowed",
            "hypothetical", "seizure", "aversive-unrelated", "simile-behaviour", "onset-cause",
            "onset-cause-unrelated", "onset-cause-medical", "onset-cause-none", "bite-body-part",
            "bite-owner-part", "child-warning", "child-warning-unrelated", "child-toward", "child-warning-subject",
            "attack", "attack-unrelated", "swallowed-unknown", "foreign-guess", "retching", "aversive-confine-why",
            "breathing", "swallowed-referred", "bite-adult", "choking", "choking-unrelated", "trauma",
            "trauma-unrelated", "trauma-bleeding", "venom", "venom-swelling", "trauma-cut", "heatstroke",
            "heatstroke-unrelated", "heat-context", "heat-sign", "urinary", "urinary-unrelated", "retching-unrelated",
            "electric", "electric-unrelated", "electric-weak", "electric-cord", "injury-unrelated", "drowning",
            "drowning-unrelated", "person-subject", "person-given", "person-too", "person-saw", "bite-play",
            "bite-handling", "snap", "snap-unrelated", "snap-toward", "bite-habit-other", "nip",
            "medicine-human", "medicine-drug", "medicine-dose", "medicine-food", "medicine-word", "aversive-past-owner",
            "medicine-painkiller", "medicine-human-whose",
            "aversive-bystander", "aversive-child", "aversive-aimed", "aversive-owner", "aversive-pulling",
            "neuro", "cognitive", "cognitive-pacing", "cognitive-night", "thirst", "thirst-unrelated",
            "thirst-context", "thirst-trained", "thirst-pee", "thirst-mild", "thirst-indoors",
            "thirst-pee-unrelated", "thirst-indoors-fine", "cognitive-senior", "trauma-part", "trauma-part-blood",
            "trauma-part-nail", "trauma-part-owner", "child-target-unrelated", "aversive-barking",
            "aversive-mouthing", "aversive-behaviour-other", "trauma-bare", "trauma-bare-rest",
            "pain-mobility", "child-bare-gendered", "bite-adult-unrelated", "puppy-nip-serious",
            "puppy-teething", "puppy-said", "bite-relative",
            "fight", "fight-unrelated", "injury-more", "breathing-fast", "breathing-fast-exertion",
            "surgical-site", "surgical-trouble",
        )  # fmt: skip
        self._terms = {name: term(name) for name in names}
        self._labels = _option_labels(messages)
        self._aged_child = _aged_child(
            words("child-age-whose"),
            words("child-age-number"),
            words("child-age-unit"),
            words("child-age-dog"),
            words("child-age-person"),
            words("child-age-bite"),
        )
        # a young sibling ("동생", "little brother") with a child in the household: the child word
        # each language reads it as (`child-household-read`), no dog word right after it
        household = words("child-household")
        dog_after = words("child-household-dog")
        self._household_child = re.compile(
            rf"(?:{_alternatives(household)})(?![\s-]*(?:{_alternatives(dog_after)}))", re.IGNORECASE
        )
        self._household_as = words("child-household-read")
        self._aged_bitten = _aged_bitten(
            words("child-age-bite"),
            words("child-age-article"),
            words("child-age-passive"),
            words("child-age-person"),
            words("child-age-number"),
            words("child-age-unit"),
            words("child-age-dog"),
        )
        # a child's age written beside the word for the child ("조카(6살)가", "딸 7살이"; stop 53
        # owner trial: no card): read without it, the particle fitted to the word
        self._age_beside = re.compile(
            rf"(?P<who>{_alternatives(words('child-age-beside'))})\s*\(?\s*\d{{1,2}}\s*"
            rf"(?:{_alternatives(words('child-age-beside-unit'))})\s*\)?(?P<particle>[{_PARTICLES}]?)(?![가-힣])"
        )
        # a body part bitten with no particle before the bite ("초코가 손 물었어요"; stop 53 owner
        # trial: the child's hand not read): its object particle added, as `bite-body-part` lists it
        parts = [w for w in words("bite-body-part") if HANGUL.search(w) and w[-1] in _OBJECT_PARTICLES]
        self._bare_part = (
            re.compile(rf"(?<![가-힣])(?P<part>{_alternatives(w[:-1] for w in parts)})\s+(?=물)")
            if parts
            else None
        )
        # the number words are listed in counting order ("one, two, three …"): a word's place is its value
        self._age_numbers = {w: i for i, w in enumerate(words("child-age-number"), start=1)}
        # the words that end the clause of a person before the method ("애들이 뛰어다니면| 소리질러요",
        # "the kids run and| i yell"): that person is not who shouts
        self._other_clause = frozenset(w for w in words("aversive-other-clause") if not HANGUL.search(w))
        self._clause_endings = tuple(w for w in words("aversive-other-clause") if HANGUL.search(w))
        self._dog_age = _dog_age(words("dog-age-lead"), words("dog-age-unit"), words("dog-age-not"))
        self._puppy_age = re.compile(
            rf"(?<!\d)(?P<n>\d{{1,2}})\s*(?:(?P<weeks>{_alternatives(words('puppy-age-week'))})"
            rf"|{_alternatives(words('puppy-age-month'))})",
            re.IGNORECASE,
        )
        self._habit_between = words("bite-habit-between")
        # someone's advice (`_advised`): a Korean ending right after the method, a few syllables of
        # its verb between ("알파롤|하|라던데", "꼬집|으|라고"); English words of saying before it
        advice = words("aversive-advice")
        endings = "|".join(
            sorted({re.escape(normalize(a)) for a in advice if HANGUL.search(a)}, key=len, reverse=True)
        )
        self._advice_ko = (
            re.compile(rf"[\uac00-\ud7a3]{{0,{ADVICE_VERB_CHARS}}}?(?:{endings})") if endings else None
        )
        self._advice_en = tuple(" ".join(spaced_view(a).split()) for a in advice if not HANGUL.search(a))
        # the English text's child word ("child"): the age is said in Latin letters
        self._child_word = next(w for w in words("child-target") if w.isascii())
        self._methods = {m: term(f"aversive-{m}") for m in Method}
        # Every flag needs a hit of one of these lists and every aversive method one of its own:
        # a message none of them finds (most of them) has nothing, decided by two searches
        # instead of twenty lists' (a fifth of what understanding a survey answer cost).
        self._triggers = Term.union(*(self._terms[name] for name in TRIGGERS), *self._methods.values())
        self._simile = Simile(words("simile-before"), words("simile-after"), words("simile-between"))
        self._subject = Subject(
            self._terms["person-subject"],
            words("person-subject-between"),
            self._terms["person-given"],
            words("person-subject-owner"),
        )
        # the dog too ("I fell in and so did he"), or what the person saw it do ("제가 초콜릿 먹는 걸
        # 봤어요"): a person before the hit takes nothing away
        self._person_kept = Term.union(self._terms["person-too"], self._terms["person-saw"])
        self._unrelated = {
            "bite": "bite-unrelated",  # the other senses (물 = water, 묻다 = ask) have no passive form
            "pain": "pain-unrelated",
            "pain-vocal": "pain-unrelated",
            "seizure": "seizure-unrelated",
            "toxin": "toxin-unrelated",
            "onset-cause": "onset-cause-unrelated",
            "child-toward": "child-warning-unrelated",
            "child-target": "child-target-unrelated",  # "my nephew's dog": the relative's dog
            "attack": "attack-unrelated",
            "choking": "choking-unrelated",
            "trauma": "trauma-unrelated",
            "heatstroke": "heatstroke-unrelated",
            "injury": "injury-unrelated",  # "해피가" (a dog called Happy) holds "피가" (stop 43)
            "injury-more": "injury-unrelated",  # "wound up" (stop 63)
            "fight": "fight-unrelated",  # "play fight", "fights the leash" (stop 63)
            "urinary": "urinary-unrelated",
            "retching": "retching-unrelated",  # "straining to pee and nothing comes out" (stop 43)
            "electric": "electric-unrelated",
            "drowning": "drowning-unrelated",  # "공이 물에 빠졌어요": the ball, not the dog (stop 44)
            "snap": "snap-unrelated",  # "oh snap", "snapchat", "낚시 입질" (owner trial 33)
            "thirst": "thirst-unrelated",  # "물을 많이 먹여야 하나요?", "음식물을 많이 먹어요" (stop 49)
            "bite-adult": "bite-adult-unrelated",  # "남자애가 물었어요": the owner's boy dog (stop 53)
        }

    def _aged(self, text: str) -> str:
        """`text` with a child named by age ("my 4yo", "our 3-year-old") read as the child
        ("my child"), so the child lists find it; "my 4 year old dog" is left as it is. A Korean
        child's age beside the word ("조카(6살)가") and a body part bitten with no particle ("손
        물었어요") are read as written without them (`_without_age`, `_with_particle`)."""
        text = self._age_beside.sub(_without_age, text)
        if self._bare_part is not None:
            text = self._bare_part.sub(_with_particle, text)
        text = self._aged_child.sub(lambda m: f"{m.group('whose')} {self._child_word}", text)
        for pattern in self._aged_bitten:
            text = pattern.sub(self._bitten_child, text)
        return text

    def _bitten_child(self, found: re.Match[str]) -> str:
        """A person named by age as the one bitten ("bit a 5 year old") read as the child ("bit a
        child"), when the age is a child's (under `CHILD_MAX_YEARS`); an adult's is left."""
        n = found.group("n").lower()
        years = int(n) if n.isdigit() else self._age_numbers.get(n, CHILD_MAX_YEARS)
        if years >= CHILD_MAX_YEARS:
            return found.group(0)
        start, end = found.span("age")
        base = found.start()
        return f"{found.group(0)[: start - base]}{self._child_word}{found.group(0)[end - base :]}"

    def _hits(self, name: str, views: Views, unrelated: str | None = None) -> list[Hit]:
        """Hits of one list that are neither another sense (overlapping `unrelated`) nor negated."""
        hits = self._terms[name].find(views)
        if not hits:
            return []
        unrelated = unrelated or self._unrelated.get(name)
        others = self._terms[unrelated].find(views) if unrelated else []
        kept = [
            h for h in hits if not any(h.overlaps(o) for o in others) and not self._negation.negated(h, views)
        ]
        if name in MEDICAL and kept and self._terms["simile-behaviour"].find(views):
            kept = [h for h in kept if not self._simile.compares(h, views, SIMILE_REACH_WORDS)]
        if name in PERSONAL and kept and not self._person_kept.matches(views):
            persons = self._subject.persons(views)
            if persons:
                things = self._terms["toxin"].find(views) + self._terms["foreign"].find(views)
                kept = [h for h in kept if not self._subject.theirs(h, views, persons, things)]
        return kept

    def _wound(self, views: Views) -> list[Hit]:
        """A surgical wound with its trouble told (licked, chewed, bleeding, opened, the cone off),
        neither negated (stop 64, owner trial: "실밥 부위를 자꾸 핥으려고 합니다 피가 조금 났습니다"
        got no card); the stitches alone ("어제 중성화 수술, 실밥 있습니다") are a health note."""
        site = self._terms["surgical-site"].find(views)
        if not site:
            return []
        trouble = self._hits("surgical-trouble", views)
        return site + trouble if trouble else []

    def _cries(self, views: Views) -> list[Hit]:
        """A cry ("yelps", "cries when", "깨갱") that tells pain: with a touch, a move or a body part,
        or with nothing that makes it distress; with leaving, being alone, fear or excitement and
        none of those it is distress ("cries when I leave for work", English trial 2), no flag."""
        cries = self._hits("pain-vocal", views)
        if not cries or not self._terms["pain-distress"].find(views):
            return cries
        return cries if self._terms["pain-touch"].find(views) else []

    def _appetite(self, views: Views, pain: list[Hit]) -> list[Hit]:
        """The pain hits less a lost appetite told only while the owner is away ("won't eat when I'm
        gone", "제가 없으면 아무것도 안 먹어요": separation, batch 65); a stretch of days ("이틀째",
        "for two days") keeps it an illness sign, and other signs beside it stay."""
        if not pain or not self._terms["pain-appetite-away"].find(views):
            return pain
        if self._terms["pain-appetite-days"].find(views):
            return pain
        appetite = self._terms["pain-appetite"].find(views)
        return [h for h in pain if not any(h.overlaps(a) for a in appetite)]

    def _explained(self, views: Views) -> bool:
        """A cause named for the change, and not a medical one: a new dog, a move, a baby, a new
        schedule, the owner getting ready to leave ("모카가 온 뒤로 예민해졌어요", "처음엔 얌전했는데
        요즘 들어 제가 외출 준비만 하면 …", "since the new puppy came": Korean owner trial, batch
        81). Such a change is a behaviour case; a change after surgery, an injury or the vet, or
        with the cause denied ("이사한 것도 아닌데", "아무 일도 없었는데") is not explained."""
        if not self._hits("onset-cause", views):
            return False
        return not (
            self._terms["onset-cause-medical"].matches(views)
            or self._terms["onset-cause-none"].matches(views)
        )

    def _bare(self, views: Views, hits: Sequence[Hit]) -> bool:
        """Nothing but the hits and `onset-bare` words: a time said alone ("며칠 전부터요", "since
        last week"), an answer to "since when?", which tells no behaviour that changed."""
        return self._terms["onset-bare"].only(views, hits)

    def _near(self, first: Sequence[Hit], second: Sequence[Hit], views: Views) -> list[Hit]:
        found: list[Hit] = []
        for a in first:
            for b in second:
                if a.view is b.view:
                    limit = CHILD_GAP_CHARS if a.view is View.COMPACT else CHILD_GAP_WORDS
                    if a.gap(b, views) <= limit:
                        found += [a, b]
        return found

    def _child_before_part(self, views: Views, bites: Sequence[Hit]) -> list[Hit]:
        """A child named before a bite of a body part nobody is said to own ("딸이 옆에 지나가니까
        구름이가 으르렁 하더니 손을 물었어", "my son reached for the toy and she bit his hand"): the
        child's (owner trial 12: only the shouting advice, none for a bitten child). A part said
        to be the owner's ("제 손을", "bit my hand", "bit me") is not; AVMA's dog bite prevention
        puts a bitten child first, so a part with no owner said counts as the child's. A part
        right after an adult ("아저씨 다리를", "택배기사님 손을", "the mailman on the hand") is that
        adult's, even after "애가" (stop 43: "애가 남편 손을 콱 물었어요", the dog called 애)."""
        adults = self._hits("bite-adult", views)
        unowned = [
            p
            for p in self._hits("bite-body-part", views)
            if not any(a.view is p.view and a.start < p.start and a.gap(p, views) == 0 for a in adults)
        ]
        parts = self._near(unowned, bites, views)
        if not parts or self._near(self._hits("bite-owner-part", views), bites, views):
            return []
        children = self._hits("child-victim", views) + self._hits("child-target", views)
        named = [
            c
            for c in children
            for p in parts
            if c.view is p.view
            and c.start < p.start
            and c.gap(p, views) <= (CHILD_CONTEXT_CHARS if c.view is View.COMPACT else CHILD_CONTEXT_WORDS)
        ]
        return [*named[:1], *parts] if named else []

    def person_named(self, text: str) -> bool:
        """`text` names a person among the bitten or the handlers ("bit my hand", "남편", "a kid"):
        a bare "bite" names nobody, so at the worst-reaction question its note follows the dog's
        concerns, never a person assumed (stop 63: "bite" of a dog aggressive toward dogs only got
        "A bite on a person matters…")."""
        views = Views.of(text)
        names = (
            "bite-owner-part",
            "bite-adult",
            "bite-handling",
            "bite-relative",
            "child-target",
            "child-victim",
        )
        return any(self._hits(name, views) for name in names)

    def _bit_person(self, views: Views, bites: Sequence[Hit]) -> list[Hit]:
        """A bite on a person named beside it, no wound said: the owner ("bit my hand", "bit me",
        "제 손을 물었어요", "저를") or an adult ("남편 손 물었는데", "bit the mailman"; stop 45).
        A body part alone ("손을 물었어요") names nobody: the other dog's leg as well ("첫째가 둘째
        다리를 물었어요"); a bite when the dog is handled ("발만지면 물어요", "he bites when i touch
        his paws": `bite-handling`, stop 47) is on whoever handles it. Play or mouthing said with
        it ("when we play", "장난치다가") is none."""
        if self._terms["bite-play"].matches(views):
            return []
        people = self._hits("bite-owner-part", views) + self._hits("bite-adult", views)
        people += self._hits("bite-handling", views)
        # a sibling of the owner's ("rex bit my brother": no flag at all, stop 55), here only: of
        # any age, so never the adult that takes a bite away from a child (`bite-adult`)
        people += self._hits("bite-relative", views)
        near = self._near(people, bites, views)
        if near:
            return near
        # "my dog bites", "she bites." (owner trial 33: an analysis with no bite guidance): a bite
        # told as what the dog does, nothing named as bitten, is a habit of biting people
        spaced = [
            b for b in bites if b.view is View.SPACED and not views.spaced[b.end :].strip(f" {CLAUSE_BREAK}")
        ]
        return spaced or [b for b in bites if self._dog_bites(views, b)]

    def _bitten_by_subject(self, views: Views, bites: list[Hit]) -> list[Hit]:
        """Korean: another dog as the subject ("옆집 개가", `bitten-by-other-subject`) and a bite after
        it a few words on, words between ("옆집 개가 방금 산책하다 물었어요"; held-out 7: the
        person-bitten card, or after a result the last report's history). The subject's hits and
        the bite's, or none."""
        found: list[Hit] = []
        for subject in self._hits("bitten-by-other-subject", views):
            after = [
                b for b in bites
                if b.view is subject.view and 0 <= b.start - subject.end <= BITTEN_SUBJECT_GAP
                and "가" not in views.compact[subject.end : b.start]  # another subject: "우리애가"
            ]  # fmt: skip
            if after:
                found += [subject, after[0]]
        return found

    def _dog_bites(self, views: Views, bite: Hit) -> bool:
        """Korean's bare habit: the dog as the subject, then the bite, nothing after it but sad or
        laughing marks ("우리 개가 물어요", "콩이가 자꾸 물어요ㅠㅠ"; owner trial 33: no guidance,
        where "my dog bites" had it). Another dog as the subject ("다른 개가") is none."""
        if bite.view is not View.COMPACT or views.compact[bite.end :].strip("ㅠㅜㅋㅎᅲᅮᄏᄒ.!~?"):
            return False
        before = views.compact[: bite.start]
        for adverb in sorted(self._habit_between, key=len, reverse=True):
            before = before.removesuffix(adverb)
        if self._terms["bite-habit-other"].find(Views.of(before)):
            return False
        return len(before) >= 2 and before.endswith(("가", "이"))

    def _snapped_at_person(self, views: Views) -> list[Hit]:
        """A snap or air snap aimed at a person, no bite said ("she snapped at my dad when he reached
        over her head", "아빠한테 입질했어요"; owner trial 33: no guidance). The person is named
        near it (an adult, the owner, `snap-toward`) or it comes when someone handles the dog; play
        or mouthing said with it ("장난치다가") is none."""
        snaps = self._hits("snap", views)
        if not snaps or self._terms["bite-play"].matches(views):
            return []
        people = self._hits("bite-owner-part", views) + self._hits("bite-adult", views)
        people += self._hits("bite-handling", views)
        # a sibling of the owner's ("rex bit my brother": no flag at all, stop 55), here only: of
        # any age, so never the adult that takes a bite away from a child (`bite-adult`)
        people += self._hits("bite-relative", views) + self._hits("snap-toward", views)
        return self._near(people, snaps, views)

    def _child_warned(self, views: Views) -> list[Hit]:
        """A growl, snap, nip, lunge or bared teeth aimed at a child, no bite said ("애한테
        입질했어요", "딸한테 으르렁하고 달려들었어요", "he snapped at my son"; owner trial, stop 34:
        no safety line). The child is named close to the warning, as the one it is aimed at (아이한테,
        딸을, "at my son") or as the subject of the clause before it ("조카가 지나가는데 으르렁"):
        AVMA's dog bite prevention puts a child first, so a warning near a child named counts."""
        warnings = self._hits("child-warning", views)
        if not warnings:
            return []
        children = self._hits("child-toward", views) + self._hits("child-target", views)
        near = [
            h
            for c in children
            for w in warnings
            if _one_clause(c, w, views) and self._near([c], [w], views)
            for h in (c, w)
        ]
        if near:
            return near
        victims = self._hits("child-warning-subject", views)
        return [
            h
            for c in victims
            for w in warnings
            if c.view is w.view
            and c.start < w.start
            and _one_clause(c, w, views)
            and c.gap(w, views) <= (CHILD_WARNING_CHARS if c.view is View.COMPACT else CHILD_WARNING_WORDS)
            for h in (c, w)
        ]

    def _guessed(self, views: Views, foreign: Sequence[Hit]) -> list[Hit]:
        """A thing eaten but not named, then guessed a moment later ("산책하다 뭘 주워먹었는데
        돌같아요", "he ate something off the ground, I think it was a rock"; owner trial 17): the
        eating and the guess, when the guess is a thing that is not food."""
        unknown = self._hits("swallowed-unknown", views)
        if not unknown:
            return []
        things = [*foreign, *self._hits("foreign-guess", views)]
        return [
            h
            for u in unknown
            for g in things
            if g.view is u.view
            and g.start >= u.end
            and u.gap(g, views) <= (FOREIGN_GUESS_CHARS if u.view is View.COMPACT else FOREIGN_GUESS_WORDS)
            for h in (u, g)
        ]

    def _confined(self, views: Views, why: Sequence[Hit]) -> frozenset[Method]:
        """`{CONFINE}` when the dog is said to be shut away (not negated) with a reason that makes
        it a punishment, else empty."""
        if not why:
            return frozenset()
        shut = [h for h in self._methods[Method.CONFINE].find(views) if not self._negation.negated(h, views)]
        return frozenset({Method.CONFINE}) if shut else frozenset()

    def _household(self, text: str) -> str:
        """`text` with a young sibling ("동생", "남동생", "my little brother") read as a child
        (`child-household-read`): only called when the profile says a child under 12 lives there
        (owner trial 33: "남동생 8살" told, then "어제 동생 손 물었는데 피났어요" got the adult bite
        card). A dog word right after it ("동생 강아지", "little brother dog") is the other dog."""

        def read(found: re.Match[str]) -> str:
            latin = found.group(0).isascii()
            return next((w for w in self._household_as if w.isascii() == latin), found.group(0))

        return self._household_child.sub(read, text)

    def check(self, text: str, *, age_months: int | None = None, children: bool = False) -> SafetyCheck:
        """Red flags and aversive methods in one message (a report or a question).

        `age_months` is the dog's age from its profile; in a dog at least `senior_months` old a
        "suddenly" alone counts as a sudden change, in a younger one it needs a word that the behaviour
        changed ("변했어요", "started"), a stretch of time up to now ("요즘", "lately"), or an onset
        phrase ("며칠 전부터", "never used to"); "어제 갑자기 달려들었어요" is one action, not a change.
        A change with its cause named ("모카가 온 뒤로", "since we moved") raises nothing in a younger
        dog (`_explained`). `children`: the profile says a child under 12 lives there, so a young
        sibling named ("동생", "my little brother") is a child (`_household`).
        """
        text = self._labels.get(normalize(text), text)
        views = Views.of(self._aged(self._household(text) if children else text))
        if not self._triggers.matches(views):
            return SafetyCheck((), ())
        # "뱀한테 물렸어요", "a snake bit him": the snake's bite, no bite by the dog (stop 43)
        venom = self._hits("venom", views)
        hits = {
            name: [h for h in self._hits(name, views) if not any(h.overlaps(v) for v in venom)]
            for name in ("bite", "bite-passive")
        }
        bites = hits["bite"] + hits["bite-passive"]
        found: dict[FlagKind, list[Hit]] = {}
        # "attacked the neighbour's dog, there was a lot of blood" (trial 17), "she nipped my
        # boyfriends ankle and made it bleed a bit", "입질했는데 피가 났어요" (stop 49): an attack,
        # a nip or a snap that drew blood is a bite that broke the skin (Dunbar level 3)
        attacks = self._hits("attack", views) + self._hits("nip", views) + self._hits("snap", views)
        if attacks and not bites:
            injury = self._hits("injury", views)
            if injury:
                found[FlagKind.BITE_INJURY] = attacks + injury
        if bites:
            injury = self._hits("injury", views)
            if injury:
                found[FlagKind.BITE_INJURY] = bites + injury
            # "my son walked by and she bit my hand": the bite's object is the owner, not the child
            owner = self._hits("bite-owner-part", views)
            bites_other = [
                b
                for b in hits["bite"]
                if not any(o.view is b.view and o.start >= b.end and o.gap(b, views) <= 1 for o in owner)
            ] + hits["bite-passive"]
            child = self._near(self._hits("child-target", views), bites_other, views)
            child += self._near(self._hits("child-victim", views), hits["bite-passive"], views)
            # Casual Korean drops the object particle ("아기 물었어"): a bare child word counts only
            # right before an active bite. English puts the subject there, so only Hangul counts.
            # "7살 남자애 물었어요" (stop 53): a boy or girl right before the bite is the one bitten,
            # while "남자애가 물었어요" (its subject particle) is the owner's dog (`bite-adult-unrelated`)
            said = self._hits("child-bare", views) + self._hits("child-bare-gendered", views)
            bare = [h for h in said if h.view is View.COMPACT]
            child += [
                h for b in bare for h in (b, *hits["bite"]) if any(a.start == b.end for a in hits["bite"])
            ]
            child += self._child_before_part(views, bites)
            if child:
                found[FlagKind.CHILD_BITTEN] = child

        if FlagKind.CHILD_BITTEN not in found:
            warned = self._child_warned(views)
            if warned:
                found[FlagKind.CHILD_WARNING] = warned

        bitten = self._hits("bitten-by-other", views) + self._bitten_by_subject(views, hits["bite"])
        if bitten and FlagKind.CHILD_BITTEN not in found:
            # The owner's dog was bitten or attacked ("다른 개한테 물렸어요"): its wound needs a vet;
            # it hurt no one, so no behaviour referral and no muzzle (trial 2, finding 8).
            found[FlagKind.DOG_BITTEN] = bitten + found.pop(FlagKind.BITE_INJURY, [])
        if FlagKind.BITE_INJURY in found and self._puppy_nip(views, age_months):
            found[FlagKind.PUPPY_NIP] = found.pop(FlagKind.BITE_INJURY)
        puppy = age_months is not None and age_months < PUPPY_MONTHS
        if hits["bite"] and not puppy and not found.keys() & {
            FlagKind.BITE_INJURY, FlagKind.CHILD_BITTEN, FlagKind.CHILD_WARNING, FlagKind.DOG_BITTEN,
            FlagKind.PUPPY_NIP,
        }:  # fmt: skip
            person = self._bit_person(views, hits["bite"])
            if person:
                found[FlagKind.BITE_PERSON] = person
        if not puppy and not bites and not found.keys() & {
            FlagKind.CHILD_WARNING, FlagKind.BITE_INJURY, FlagKind.PUPPY_NIP,
        }:  # fmt: skip
            snapped = self._snapped_at_person(views)
            if snapped:
                found[FlagKind.SNAP_PERSON] = snapped
        seizure = self._hits("seizure", views)
        if seizure:
            found[FlagKind.SEIZURE] = seizure
        neuro = self._hits("neuro", views)
        if neuro:
            # head pressing (Korean owner trial, stop 49: "벽에 머리를 대고 한참 가만히 서있었어요" was lost)
            found[FlagKind.NEURO] = neuro
        cognitive = self._hits("cognitive", views)
        if self._terms["cognitive-night"].find(views):
            # pacing or circling with the night said ("밤마다 안자고 빙빙 돌면서 낑낑대요"); circling
            # alone is how a dog lies down
            cognitive += self._hits("cognitive-pacing", views)
        cognitive += self._senior_confused(views, age_months)
        if cognitive and not neuro:
            found[FlagKind.COGNITIVE] = cognitive
        thirst = self._thirst(views) or self._senior_soiling(views, age_months)
        if thirst:
            found[FlagKind.THIRST] = thirst
        toxin = self._hits("toxin", views)
        if toxin:
            eaten = self._hits("ingestion", views)
            if eaten and not self._terms["hypothetical"].find(views):
                found[FlagKind.TOXIN] = toxin + eaten
        foreign = self._hits("foreign", views)
        if foreign and FlagKind.TOXIN not in found:
            # "Max ate a sock", "양말을 먹었어요": swallowed, not chewed; asked about, no flag
            swallowed = self._hits("swallowed", views)
            # the thing before the verb in Korean (양말을 먹었), after it in English (ate a sock),
            # by the verb's language where the two are in two scripts ("sock을 먹었어요", "he ate
            # a 양말": compared in the verb's view)
            near = [
                h
                for thing in foreign
                for b in swallowed
                if (a := views.moved(thing, b.view)) is not None
                and (a.end <= b.start if b.view is View.COMPACT else b.end <= a.start)
                and a.gap(b, views) <= (FOREIGN_GAP_CHARS if b.view is View.COMPACT else FOREIGN_GAP_WORDS)
                for h in (thing, b)
            ]
            # "stole a chicken bone from the trash and swallowed it" (owner trial 25: no flag): the
            # thing named first, the verb after it pointing back at it
            near += [
                h
                for thing in foreign
                for b in self._hits("swallowed-referred", views)
                if (a := views.moved(thing, b.view)) is not None
                and a.end <= b.start
                and a.gap(b, views) <= FOREIGN_REFERRED_WORDS
                for h in (thing, b)
            ]
            near += self._guessed(views, foreign)
            if near and not self._terms["hypothetical"].find(views):
                found[FlagKind.FOREIGN_BODY] = near
        elif FlagKind.TOXIN not in found:
            guessed = self._guessed(views, [])
            if guessed and not self._terms["hypothetical"].find(views):
                found[FlagKind.FOREIGN_BODY] = guessed
        retching = self._hits("retching", views)
        if retching:
            found[FlagKind.RETCHING] = retching
        breathing = self._hits("breathing", views)
        if breathing:
            # struggling to breathe, gasping, blue or very pale gums: an emergency now (owner trial
            # 25: "within 24 hours" as a sign of illness, or nothing for "wheezing and gasping")
            found[FlagKind.BREATHING] = breathing
        choking = self._hits("choking", views)
        if choking:
            # something stuck in the throat (stop 43: "뭐가 목에 걸렸나봐요 켁켁거려요" went to the coach
            # model); its note says what to do when the dog cannot breathe, so no second airway note
            found[FlagKind.CHOKING] = choking + found.pop(FlagKind.BREATHING, [])
        drowning = self._hits("drowning", views)
        airway = next((k for k in (FlagKind.CHOKING, FlagKind.BREATHING) if k in found), None)
        if drowning and airway is not None:
            # pulled out of the water and struggling to breathe: the airway's note, now (stop 43)
            found[airway] = found[airway] + drowning
        elif drowning:
            # "수영장에 빠졌다가 건졌어요", "nearly drowned but seems fine now" (stop 44: nothing): a vet
            # today all the same, water breathed in can harm the lungs hours later
            found[FlagKind.NEAR_DROWNING] = drowning
        fought = self._fought(views, found, bites)
        if fought:
            found[FlagKind.DOG_BITTEN] = fought
        trauma = self._hits("trauma", views)
        if not found.keys() & {FlagKind.BITE_INJURY, FlagKind.CHILD_BITTEN}:
            # heavy bleeding ("his paw is bleeding a lot", "피가 안멈춰요"); a bite's blood is its own note
            trauma += self._hits("trauma-bleeding", views)
            cut = self._hits("trauma-cut", views)
            blood = self._hits("injury", views) if cut else []
            if blood:
                # a cut said with blood ("유리 밟아서 피나요", stop 43): bleeding as the owner writes,
                # how deep unknown, pressing is what to do now; the note says it (see safety.ftl)
                trauma += cut + blood
            if not bites and not venom and FlagKind.DOG_BITTEN not in found:
                # a bite's or a snake's blood is that note's ("a snake bit him on the leg, it's bleeding")
                trauma += self._bleeding_part(views) or self._bleeding_alone(views)
        if trauma:
            found[FlagKind.TRAUMA] = trauma
        venom += self._hits("venom-swelling", views)
        if venom:
            found[FlagKind.VENOM] = venom
        heat = self._hits("heatstroke", views)
        if self._terms["heat-context"].find(views):
            # drooling, wobbling, collapse with heat said; panting alone is how a dog cools (stop 43)
            heat += self._hits("heat-sign", views)
        if heat:
            found[FlagKind.HEATSTROKE] = heat
        electric = self._hits("electric", views)
        if self._terms["electric-cord"].find(views):
            # "chewed a phone charger and got shocked": "shocked" alone is surprise (stop 43)
            electric += self._hits("electric-weak", views)
        if electric:
            found[FlagKind.ELECTRIC_SHOCK] = electric
        urinary = self._hits("urinary", views)
        if urinary:
            # can't pee, straining with nothing coming out (stop 43: the retching note before)
            found[FlagKind.URINARY_BLOCK] = urinary
        # a cry after a bite is the bitten one's ("he bit lulu, she yelped"; owner trial 33: the
        # illness card for the other dog's yelp), no sign of this dog's pain
        cries = [
            c for c in self._cries(views) if not any(b.view is c.view and b.end <= c.start for b in bites)
        ]
        pain = self._appetite(views, self._hits("pain", views)) + cries
        if FlagKind.SEIZURE not in found:
            # not standing or walking; after a seizure ("경련하고 나서 못 일어나요") its recovery
            pain += self._hits("pain-mobility", views)
        # the vomiting word inside "토하려고 하는데 안나와요" is the retching already said, sooner
        pain = [h for h in pain if not any(h.overlaps(r) for r in retching)]
        if pain and not found.keys() & {
            FlagKind.FOREIGN_BODY, FlagKind.TRAUMA, FlagKind.VENOM, FlagKind.HEATSTROKE, FlagKind.URINARY_BLOCK,
        }:  # fmt: skip
            # after a sock or a toy swallowed, vomiting, not eating or a painful belly are the signs
            # its note names as "go right away": a "within 24 hours" after it would contradict it
            # (owner trial 23); so after a car or a sting ("hit by a car, he's limping": stop 43, only
            # the 24-hour line). A poison's note names none, so those signs stay their own note.
            found[FlagKind.PAIN_ILLNESS] = pain
        fast = self._hits("breathing-fast", views)
        if (
            fast
            and not found.keys() & {FlagKind.BREATHING, FlagKind.CHOKING}
            and (pain or not self._terms["breathing-fast-exertion"].find(views))
        ):
            # breathing fast or short at rest, or beside vomiting or lethargy (stop 64, owner trial:
            # "토를 하고 축 늘어져 있습니다 숨을 좀 빨리 쉽니다" got the 24-hour card, whose own text
            # says trouble breathing means now); after a walk or in the heat alone it is panting
            found[FlagKind.BREATHING] = fast
        wound = self._wound(views)
        if wound:
            found[FlagKind.SURGICAL_WOUND] = wound
        # "전엔 이런 적이 없었는데", "he never used to": negations themselves, never negated away.
        onset = self._hits("onset", views) + self._terms["onset-never"].find(views)
        since = self._hits("onset-since", views)
        if since and not self._bare(views, since):
            onset += since
        sudden = self._hits("sudden", views)
        senior = age_months is not None and age_months >= self.senior_months
        # Signs of pain already send the owner to a vet, sooner: a second vet message would add nothing.
        # A change with its cause named is a behaviour case (batch 81), but in an older dog a vet
        # looks first all the same (AAHA 2023: a move or a new dog can unmask pain or decline).
        if pain or thirst or ((onset or sudden) and not senior and self._explained(views)):
            # the thirst card already says a vet before training, as a sudden change's would
            pass
        elif onset:
            found[FlagKind.SUDDEN_CHANGE] = onset + sudden
        elif sudden:
            # "Suddenly" alone tells how one action happened ("어제 갑자기 달려들었어요"); it tells a
            # change of behaviour with a change word ("갑자기 변했어요", "suddenly started growling"),
            # over a stretch of time up to now ("요즘", "lately"), or in an older dog.
            change = self._hits("change", views) + self._hits("recent", views)
            # in an older dog too, "suddenly" said of a dart at something passing in the moment
            # ("오토바이 지나가니까 갑자기 뛰쳐나가서", "a motorbike went past and she suddenly
            # lunged"; stop 61 trial: the vet-first card) is how that one action happened
            moment = bool(self._hits("sudden-trigger", views))
            if change or (senior and not moment):
                found[FlagKind.SUDDEN_CHANGE] = sudden + change
        pee = self._hits("thirst-pee", views) if FlagKind.SUDDEN_CHANGE in found else []
        if pee:
            # peeing in the house that started of a sudden ("she suddenly started peeing in the
            # house", "요즘 갑자기 집안에 쉬를 해요"): the bladder, kidneys or diabetes are looked at
            # before any house-training (AVSAB/ACVB; Korean owner trial, stop 49): its own card
            found[FlagKind.THIRST] = found.pop(FlagKind.SUDDEN_CHANGE) + pee
        flags = sorted(
            (RedFlag(kind, URGENCY[kind], _evidence(h)) for kind, h in found.items()),
            key=lambda f: (f.urgency.rank, list(FlagKind).index(f.kind)),
        )
        others = self._terms["aversive-unrelated"].find(views)
        # Shut away only with a reason that makes it a punishment ("짖으면 베란다에 가둬요"); that
        # reason ("혼낼 때", "혼내려고") tells why, it is no shouting of its own.
        why = self._terms["aversive-confine-why"].find(views)
        named: list[tuple[int, AversiveMethod]] = []
        past = self._terms["aversive-past-owner"].find(views)
        persons = self._subject.persons(views) if past else []
        pulling = bool(self._hits("aversive-pulling", views))
        for method, term in self._methods.items():
            kept = [
                h
                for h in term.find(views)
                if not any(h.overlaps(o) for o in others)
                and not self._negation.negated(h, views)
                and (
                    self._advised(h, views)
                    or not (
                        self._previous_owners(h, views, past, persons)
                        or self._someone_elses(method, h, views)
                    )
                )
            ]
            if method is Method.CONFINE and not why:
                kept = []
            if method is Method.SHOUTING and Method.CONFINE in self._confined(views, why):
                kept = [h for h in kept if not any(h.overlaps(w) for w in why)]
            if kept:
                behaviour = self._behaviour(views) if method in BEHAVIOUR_METHODS else None
                named.append(
                    (kept[0].start, AversiveMethod(method, kept[0].text.strip(), pulling, behaviour))
                )
        aversive = [a for _, a in sorted(named, key=lambda pair: pair[0])]
        return SafetyCheck(tuple(flags), tuple(aversive), self._medicine(views, found))

    @staticmethod
    def _previous_owners(hit: Hit, views: Views, past: Sequence[Hit], persons: Sequence[Hit]) -> bool:
        """`hit` (a method) is what a previous owner did ("혹시 전주인이 때렸을까요?", "i think his old
        owner hit him"; stop 49): a rescue's past, no method of the owner's to advise against. It
        is when the nearest person said before it is the previous owner (`past`), or no person is
        said before it and a previous owner is named ("smacked by her old owner"). A person said
        after the previous owner ("전 주인이 때렸대요 근데 저도 가끔 코를 때려요", "the previous owner
        hit her, and tbh i smack her nose too"; stop 50: the owner's own smack dropped with the
        previous owner's) takes the method back: it is the owner's, or the household's."""
        if not past:
            return False
        said = [(p, True) for p in past] + [
            (p, False) for p in persons if not any(p.overlaps(o) for o in past)
        ]
        # (where it ends, whether it is the previous owner) of each said before the method
        before = [
            (moved.end, is_past)
            for other, is_past in said
            if (moved := views.moved(other, hit.view)) is not None and moved.end <= hit.start
        ]
        return not before or max(before)[1]

    def _advised(self, hit: Hit, views: Views) -> bool:
        """`hit` (a method) is what someone told the owner to do ("옆집 사람이 알파롤 하라던데 해도
        돼요?", "my neighbour said to scruff him"; stop 52, owner trial: no card, the neighbour
        read as the one who did it): a Korean ending that passes on what was said right after it
        (`aversive-advice`: 하라던데, 쓰라는데, 하면 된대요), or a word of saying or advising
        before it in its clause ("said", "told me", "recommended"). Advice is the owner's to take
        or not, so the method's card shows, whoever gave it."""
        compact = views.moved(hit, View.COMPACT)
        advice_ko = self._advice_ko
        if compact is not None and advice_ko is not None and advice_ko.match(views.compact, compact.end):
            return True
        spaced = views.moved(hit, View.SPACED)
        if spaced is None or not self._advice_en:
            return False
        words = views.spaced[: spaced.start].split()
        if CLAUSE_BREAK in words:
            words = words[len(words) - words[::-1].index(CLAUSE_BREAK) :]
        said = f" {' '.join(words)} "
        return any(f" {advice} " in said for advice in self._advice_en)

    def _behaviour(self, views: Views) -> Behaviour | None:
        """What the mouth was held shut for, when it is not mouthing (`AversiveMethod.behaviour`):
        barking said ("짖을 때 입 잡고 안돼 해요", "i hold his muzzle shut when he barks"; stop 52)
        is the barking alternative, another behaviour ("when he growls") the general one; mouthing
        or biting said, or nothing, keeps the method's own (stop 51)."""
        if self._hits("aversive-mouthing", views):
            return None
        scolding = self._methods[Method.SHOUTING].find(views)  # "꾸짖" holds "짖"
        if any(not any(b.overlaps(s) for s in scolding) for b in self._hits("aversive-barking", views)):
            return Behaviour.BARKING
        if self._hits("aversive-behaviour-other", views):
            return Behaviour.GENERAL
        return None

    def _someone_elses(self, method: Method, hit: Hit, views: Views) -> bool:
        """`hit` (a method) is done by someone other than the owner's household acting on the dog
        (stop 50, Korean owner trial: "그럼 애들이 소리지르고 도망가요", "옆집 아저씨가 소리질러서 해피가
        놀라서 짖었어요", "my neighbour yelled and he barked" got the punishment notice): the person
        right before it, in its own clause, is a bystander (`aversive-bystander`: a neighbour, a
        stranger, people in the street), or a child (`aversive-child`) whose shouting is not aimed at
        the dog (`aversive-aimed`: "애들이 해피한테 소리질러요", "the kids yell at him" is the household
        acting on the dog, kept). Someone else's shouting is what set the dog off or what followed,
        no method of the owner's. An owner's word between ("애들이 뛰어다니면 제가 소리질러요", "when the
        kids scream i yell at him") or a clause end makes it the owner's again."""
        others = self._terms["aversive-bystander"].find(views)
        if method is Method.SHOUTING:
            aimed = [
                m for a in self._terms["aversive-aimed"].find(views) if (m := views.moved(a, View.SPACED))
            ]
            for child in self._terms["aversive-child"].find(views):
                at = views.moved(child, View.SPACED)
                if at is not None and not any(a.end > at.start for a in aimed):
                    others.append(child)
        target = views.moved(hit, View.SPACED)
        if not others or target is None:
            return False
        owners = self._terms["aversive-owner"].find(views) + self._subject.persons(views)
        said = [(p, False) for p in owners if not any(p.overlaps(o) for o in others)] + [
            (o, True) for o in others
        ]
        # (where it ends in the spaced view, it, whether it is someone else) of each said before the method
        before = [
            (moved.end, moved, is_other)
            for person, is_other in said
            if (moved := views.moved(person, View.SPACED)) is not None and moved.end <= target.start
        ]
        if not before:
            return False
        _, nearest, is_other = max(before, key=lambda b: b[0])
        if not is_other:
            return False
        return not any(
            w == CLAUSE_BREAK or w in self._other_clause or any(w.endswith(e) for e in self._clause_endings)
            for w in views.spaced[nearest.end : target.start].split()
        )

    def _fought(self, views: Views, found: dict[FlagKind, list[Hit]], bites: list[Hit]) -> list[Hit]:
        """Dogs fighting told with a wound ("Rocky and Luna got into a fight over a bone and Luna is
        bleeding from her neck", "둘이 싸워서 피가 났어요"; stop 63 owner trial: a training plan, no
        first aid): the bitten dog's note, rinse, press, a vet today. None with a bite's own note
        already, or a bleeding paw or ear said (its pressing note, `_bleeding_part`, as before)."""
        if bites or found.keys() & {FlagKind.BITE_INJURY, FlagKind.CHILD_BITTEN, FlagKind.DOG_BITTEN}:
            return []
        fight = self._hits("fight", views)
        if not fight or self._bleeding_part(views):
            return []
        wound = self._hits("injury", views) + self._hits("injury-more", views)
        return fight + wound if wound else []

    def _bleeding_part(self, views: Views) -> list[Hit]:
        """A paw, leg, ear or tail said to bleed, no cut named ("발에서 피가 나요", "look at her
        paw, it's bleeding"; stop 51: nothing, as a typed message or a photo's caption): the
        cut's trauma note, pressing first. A nail cut to the quick (`trauma-part-nail`) is none."""
        blood = self._hits("trauma-part-blood", views, "injury-unrelated")
        if not blood or self._terms["trauma-part-nail"].find(views):
            return []
        owners = self._terms["trauma-part-owner"].find(views)  # "my leg is bleeding": the owner's
        parts = [p for p in self._hits("trauma-part", views) if not any(p.overlaps(o) for o in owners)]
        return [*parts, *blood] if parts else []

    def _bleeding_alone(self, views: Views) -> list[Hit]:
        """Bleeding said and nothing else ("피나요", "피 나요ㅠㅠ", "it's bleeding"; stop 52, owner
        trial: "not sure what you mean"): where is not said, but pressing on it is what to do now,
        so the injury's note, as for a paw said to bleed. Only `trauma-bare-rest` words beside it
        (fillers, "계속", "so much", "help"); anything else told is read as it says."""
        blood = self._hits("trauma-bare", views, "injury-unrelated")
        return blood if blood and self._terms["trauma-bare-rest"].only(views, blood) else []

    def bleeding_alone(self, text: str) -> bool:
        """`text` says only that something bleeds (`_bleeding_alone`): with a report about a bite
        or an injury waiting, it is that report's detail (`WOUND_FLAGS`)."""
        return bool(self._bleeding_alone(Views.of(text)))

    def _thirst(self, views: Views) -> list[Hit]:
        """Drinking or peeing far more than before (`thirst`: polydipsia / polyuria; a plain "drinks a
        lot", `thirst-mild`, only with peeing said), or peeing in a dog said to have been
        house-trained (`thirst-trained` with `thirst-pee`): a vet within days
        before any house-training (Korean owner trial, stop 49: "15살인데 물을 너무 많이 먹고 집안에
        쉬를 해요" got a house-training step and a check-in). Drinking a lot after a walk or in the
        heat (`thirst-context`) is how a dog cools, no sign unless peeing is said too; a puppy's
        accidents and marking name neither and stay the coach's."""
        trained = self._hits("thirst-trained", views)
        pee = [h for h in self._hits("thirst-pee", views) if not any(h.overlaps(t) for t in trained)]
        thirst = self._hits("thirst", views)
        if thirst and self._terms["thirst-context"].find(views) and not pee:
            thirst = []
        if pee:
            # a plain "물을 많이 마셔요", "drinks a lot" is a sign only with peeing said
            thirst += self._hits("thirst-mild", views, "thirst-unrelated")
        if trained and pee:
            thirst += trained + pee
        return thirst

    def _puppy_nip(self, views: Views, age_months: int | None) -> bool:
        """A bite that drew blood (`BITE_INJURY`, no child bitten, not the owner's dog bitten) is
        a puppy's nip: teething said ("이갈이", "teething"), else the profile's age under
        `PUPPY_MONTHS`, else, with no age in the profile, a puppy or a young age said ("10 week old
        puppy", "3개월 강아지"). Nothing said of a serious wound (`puppy-nip-serious`: stitches, the
        ER, bleeding that won't stop, the face). Stop 55 (verification trial): "3개월 강아지가
        이갈이하면서 손을 물었는데 피가 조금 났어요" got the adult bite card, a behaviour
        professional and a plan line about a child. A puppy's needle teeth break skin while it
        learns a soft mouth (ASPCA, "Mouthing, nipping and play biting in adult dogs and
        puppies"): the wound is cared for first, then the mouthing is coached, no referral."""
        if self._hits("puppy-nip-serious", views):
            return False
        if self._hits("puppy-teething", views):
            return True
        if age_months is not None:
            return age_months < PUPPY_MONTHS
        if self._hits("puppy-said", views):
            return True
        months = self._young_age_said(views)
        return months is not None and months < PUPPY_MONTHS

    def _young_age_said(self, views: Views) -> int | None:
        """A puppy's age in whole months said in weeks or months ("10 week old", "3개월된"), or None."""
        found = self._puppy_age.search(views.spaced)
        if found is None:
            return None
        number = int(found.group("n"))
        return number // WEEKS_PER_MONTH if found.group("weeks") else number

    def _age_said(self, views: Views) -> int | None:
        """The dog's age in months said in the message ("she's 14", "15살인데"), or None."""
        for match in self._dog_age.finditer(views.spaced):
            years = int(match.group(1) or match.group(2))
            if 0 < years <= DOG_MAX_YEARS:
                return years * 12
        return None

    def _senior(self, views: Views, age_months: int | None) -> bool:
        """The dog is a senior: the age said in the message, else the profile's (`age_months`)."""
        said = self._age_said(views)
        months = said if said is not None else age_months
        return months is not None and months >= self.senior_months

    def _senior_confused(self, views: Views, age_months: int | None) -> list[Hit]:
        """An older dog that seems lost, confused or does not know the family (`cognitive-senior`):
        "14살인데 밤에 짖고 길을 잃은것 같아요", "she's 14 and barks at night and seems lost" (stop
        51, owner trial: no card). Disorientation is a cognitive dysfunction sign in a senior, with
        pain, sight or hearing loss to rule out first (AAHA 2023; Landsberg et al. 2012); in a
        young dog "seems lost" is no sign."""
        if not self._senior(views, age_months):
            return []
        return self._hits("cognitive-senior", views)

    def _senior_soiling(self, views: Views, age_months: int | None) -> list[Hit]:
        """An older dog (the age said in the message, else the profile's) peeing in the house
        (`thirst-indoors`), said house-trained or not: "15살인데 집안에 쉬를 해요", "she's 14 and
        started peeing in the house" (stop 50: no flag). In a senior house-soiling is medical first
        (AAHA 2023; cognitive dysfunction is diagnosed once those are ruled out: Landsberg et al.
        2012), so the thirst card. A puppy's or a young dog's accidents are the coach's."""
        if not self._senior(views, age_months):
            return []
        pee = self._hits("thirst-pee", views, "thirst-pee-unrelated")
        indoors = self._terms["thirst-indoors"].find(views) if pee else []
        if not indoors or self._terms["thirst-indoors-fine"].find(views):
            return []  # "15살인데 집에서 쉬를 잘 가려요": in the right place, indoors or not
        return pee + indoors

    def _persons_painkiller(self, views: Views) -> bool:
        """A painkiller, fever or cold medicine said to be a person's, in either order and apart
        ("진통제 사람꺼 반알 먹여도 돼요?", "a painkiller, the human one"; stop 51, owner trial: the
        dose note, as if it were the dog's own): toxic to dogs, the human-painkiller note."""
        return bool(self._hits("medicine-painkiller", views)) and bool(
            self._hits("medicine-human-whose", views)
        )

    def _medicine(self, views: Views, found: Mapping[FlagKind, object]) -> str | None:
        """The medicine note's Fluent id, or None. A human painkiller named ("can i give my dog
        human ibuprofen", "타이레놀 먹여도 돼요?"): toxic to dogs, never given, a vet now if it was;
        a medicine or a dose asked about ("how many mg of trazodone", "should i double the dose",
        "약 두배로 먹여도 될까요"): only the vet sets a dose or changes a medication (owner trial,
        stop 49: both went to the coach model, which has no business dosing a dog). The line
        (stop 50): a medicine named, or a dose word with nothing named or a medicine said; a dose
        word beside food, treats or an everyday supplement (`medicine-food`: "사료 몇알",
        "how many mg of fish oil") and no medicine is how much to feed, the coach's. One eaten
        already is the poison card's (`FlagKind.TOXIN`), no second note."""
        if FlagKind.TOXIN in found:
            return None
        if self._hits("medicine-human", views) or self._persons_painkiller(views):
            return MEDICINE_HUMAN
        if self._hits("medicine-drug", views):
            return MEDICINE_DOSE
        if self._hits("medicine-dose", views) and (
            not self._hits("medicine-food", views) or self._hits("medicine-word", views)
        ):
            # a dose word with food, treats or an everyday supplement named and no medicine ("사료
            # 용량 얼마나", "how many mg of fish oil"): how much to feed, the coach's (stop 50)
            return MEDICINE_DOSE
        return None


@lru_cache(maxsize=4)
def _checker(messages: Messages) -> SafetyChecker:
    return SafetyChecker(messages)


def checked(messages: Messages, text: str) -> SafetyCheck:
    """`text`'s red flags and methods (`SafetyChecker.check`, no age), for code with the locale
    files and no checker at hand (`understanding.vet_first`)."""
    return _checker(messages).check(text)


def emergency(messages: Messages, text: str) -> bool:
    """`text` tells a medical emergency (`SafetyCheck.emergency`), for code with the locale files
    and no checker at hand (a result's follow-up question, rendered by the delivery worker too)."""
    return _checker(messages).check(text).emergency


def _option_labels(messages: Messages) -> dict[str, str]:
    """Each worst-reaction option's label and `.short`, folded (`normalize`), to its full label in
    that language: a label typed whole is read as the option says it."""
    labels: dict[str, str] = {}
    for locale in LOCALES:
        for option in WORST_OPTIONS:
            msg_id = f"survey-opt-worst_reaction-{option}"
            full = messages.format(locale, msg_id)
            for said in (full, messages.attribute(locale, msg_id, "short")):
                if said:
                    labels[normalize(said)] = full
    return labels
