## The hand-over summary (/summary): one page for a vet or a behaviour consultant. No emoji: the
## document's font has none.

summary-title = { $name }: behaviour summary for a consultation
summary-title-nameless = Behaviour summary for a consultation
summary-period = Reports from { $start } to { $end } · { $count ->
        [one] 1 report
       *[other] { $count } reports
    } · made { $date }
summary-no-reports = No reports yet · made { $date }
summary-section-flags = Red flags
summary-flag-line = { $date } · { $text }
summary-flag-bite_injury = Bite that broke the skin or drew blood
summary-flag-puppy_nip = A puppy's nip that drew a little blood
summary-flag-child_bitten = A child was bitten
summary-flag-child_warning = A growl, snap or lunge at a child
summary-flag-dog_bitten = Bitten by another dog
summary-flag-seizure = Seizure or collapse
summary-flag-neuro = Head pressing (a neurological sign)
summary-flag-cognitive = Night pacing, stuck in corners (cognitive signs)
summary-flag-thirst = Drinking and peeing far more, new accidents (kidney, diabetes signs)
summary-flag-toxin = Ate something toxic
summary-flag-foreign_body = Swallowed something that is not food
summary-flag-retching = Retching with nothing coming up
summary-flag-breathing = Struggling to breathe, or blue or pale gums
summary-flag-choking = Choking, something stuck in the throat
summary-flag-trauma = Hit by a car, a fall, bleeding, or an eye out of its socket
summary-flag-venom = A snake bite, a sting, or a swollen face
summary-flag-heatstroke = Heatstroke
summary-flag-electric_shock = An electric shock
summary-flag-urinary_block = Can't pee, straining with nothing coming out
summary-flag-surgical_wound = Surgical wound trouble
summary-flag-near_drowning = Nearly drowned
summary-flag-pain_illness = Signs of pain or illness
summary-flag-sudden_change = Sudden change of behaviour
summary-section-profile = Profile
summary-section-behaviours = How often and how strongly, per behaviour (first two weeks and the last two)
summary-col-behaviour = Behaviour
summary-col-reports = Reports
summary-col-before = First
summary-col-after = Lately
summary-col-trend = Change
summary-rate = { $value } a week · intensity { $text }
summary-rate-so-far = { $value } so far · intensity { $text }
summary-chart-title = Reports per week (line: mean intensity 0–4)
summary-chart-count = Reports
summary-chart-intensity = Mean intensity
summary-chart-other = Other
summary-section-abc = Common antecedents (A) and consequences (C)
summary-col-antecedents = Right before (A)
summary-col-consequences = Right after (C)
summary-abc-line = { $text } ({ $count }×)
## Words the analysis wrote (what came right before, right after) in the language of a report told before a language switch:
## shown as written, labelled with that language (stop 56: the summary mixed languages unsaid). $language: ko or en.
summary-written-in = { $text } ({ $language ->
        [ko] in Korean, as the analysis wrote it
       *[other] in English, as the analysis wrote it
    })
summary-section-tried = What was tried and how it went
summary-tried-line = { $date } · { $category }: { $text } → { $value }
summary-tried-pending = not checked yet
summary-section-remarks = What the owner said about the advice
summary-remark-line = { $date } · “{ $text }”
summary-none = None
summary-section-timeline = Latest reports
summary-col-date = Date
summary-col-intensity = Intensity
summary-col-what = What happened
summary-unanalysed = not analysed
summary-footer = Made by DogCoach from the owner's reports and automatic analyses. Not a diagnosis: please ask the owner about anything these notes do not cover.
summary-ready = 📄 Here is your one-page summary — show it to your vet or behaviour consultant as it is.
summary-ready-dog = 📄 Here is { $name }'s one-page summary — show it to your vet or behaviour consultant as it is.
summary-in-chat = 📄 I can't send the summary as a file in this chat, so here it is as text — you can show it to your vet or behaviour consultant as it is.
summary-unavailable = I can't make the summary document right now. Please try again in a little while.
