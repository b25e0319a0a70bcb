## 상담용 요약(/summary): 수의사나 행동 전문가에게 보여 줄 한 장짜리 문서. 글꼴에 없는 이모지는 쓰지 않아요.

summary-title = { $name } 행동 요약 (상담용)
summary-title-nameless = 반려견 행동 요약 (상담용)
summary-period = 기록 기간 { $start } – { $end } · 기록 { $count }개 · 만든 날 { $date }
summary-no-reports = 아직 기록이 없어요 · 만든 날 { $date }
summary-section-flags = 위험 신호
summary-flag-line = { $date } · { $text }
summary-flag-bite_injury = 피부가 뚫리거나 피가 난 물림
summary-flag-puppy_nip = 강아지 입질로 피가 조금 난 상처
summary-flag-child_bitten = 아이가 물림
summary-flag-child_warning = 아이에게 으르렁, 입질, 달려듦
summary-flag-dog_bitten = 다른 개에게 물림
summary-flag-seizure = 발작 또는 쓰러짐
summary-flag-neuro = 벽에 머리 대고 서 있기 (신경계 신호)
summary-flag-cognitive = 밤에 서성임, 구석에 끼임 (인지기능 신호)
summary-flag-thirst = 물을 많이 마시고 오줌이 늘거나 집안에 실수 (신장, 당뇨 신호)
summary-flag-toxin = 위험한 것을 먹음
summary-flag-foreign_body = 먹을 것이 아닌 물건을 삼킴
summary-flag-retching = 토하려는데 안 나오는 헛구역질
summary-flag-breathing = 숨을 제대로 못 쉬거나 잇몸이 파랗거나 하얘짐
summary-flag-choking = 목에 뭔가 걸림
summary-flag-trauma = 차에 치임, 높은 곳에서 떨어짐, 출혈, 튀어나온 눈
summary-flag-venom = 뱀에 물림, 벌에 쏘임, 얼굴이 부음
summary-flag-heatstroke = 열사병
summary-flag-electric_shock = 감전
summary-flag-urinary_block = 오줌을 못 눔
summary-flag-surgical_wound = 수술 부위 문제
summary-flag-near_drowning = 물에 빠졌다 건짐
summary-flag-pain_illness = 통증이나 질병의 신호
summary-flag-sudden_change = 갑작스러운 행동 변화
summary-section-profile = 프로필
summary-section-behaviours = 행동별 빈도와 강도 (처음 2주와 최근 2주)
summary-col-behaviour = 행동
summary-col-reports = 기록
summary-col-before = 처음
summary-col-after = 최근
summary-col-trend = 변화
summary-rate = 주 { $value }회 · 강도 { $text }
summary-rate-so-far = 지금까지 { $value }회 · 강도 { $text }
summary-chart-title = 주별 기록 수 (선: 평균 강도 0–4)
summary-chart-count = 기록 수
summary-chart-intensity = 평균 강도
summary-chart-other = 기타
summary-section-abc = 자주 있었던 직전 상황(A)과 직후 결과(C)
summary-col-antecedents = 직전 상황 (A)
summary-col-consequences = 직후 결과 (C)
summary-abc-line = { $text } ({ $count }번)
## 언어를 바꾸기 전의 기록을 분석이 그 언어로 적은 말(직전 상황, 직후 결과): 적은 그대로 보여 주고, 어느 언어인지 붙여요
## (스톱 56: 요약에 두 언어가 말없이 섞였어요). $language: ko 또는 en.
summary-written-in = { $text } ({ $language ->
        [en] 분석이 영어로 적은 말
       *[other] 분석이 한국어로 적은 말
    })
summary-section-tried = 해 본 것과 결과
summary-tried-line = { $date } · { $category }: { $text } → { $value }
summary-tried-pending = 아직 확인 전
summary-section-remarks = 조언에 대해 보호자가 한 말
summary-remark-line = { $date } · “{ $text }”
summary-none = 없음
summary-section-timeline = 최근 기록
summary-col-date = 날짜
summary-col-intensity = 강도
summary-col-what = 무슨 일
summary-unanalysed = 분석 전
summary-footer = DogCoach가 보호자의 기록과 자동 분석으로 만든 요약이에요. 진단이 아니에요. 기록에 없는 일도 보호자에게 꼭 함께 물어봐 주세요.
summary-ready = 📄 상담용 한 장 요약이에요. 수의사나 행동 전문가에게 그대로 보여 주세요.
summary-ready-dog = 📄 { $name }의 상담용 한 장 요약이에요. 수의사나 행동 전문가에게 그대로 보여 주세요.
summary-in-chat = 📄 이 채팅에서는 요약을 파일로 보내 드릴 수 없어서 글로 보여 드려요. 수의사나 행동 전문가에게 그대로 보여 주셔도 돼요.
summary-unavailable = 지금은 요약 문서를 만들 수 없어요. 잠시 뒤에 /summary 를 다시 보내 주세요.
