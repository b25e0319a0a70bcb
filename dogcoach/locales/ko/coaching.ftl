## 코칭: 변화(기준선과 최근), 한 번에 하나씩 바꾸기(계획), 며칠 뒤 확인(체크인).

coaching-progress-title = 📈 지금까지의 변화
coaching-progress-title-dog = 📈 { $name }의 지금까지 변화
coaching-progress-empty = 아직 기록이 없어요. 강아지가 한 행동을 알려 주시면 변화를 보여 드릴게요.
coaching-progress-analysing = 🔍 보내 주신 기록을 아직 분석하고 있어요. 결과는 { $wait } 뒤에 여기로 보내 드릴게요. 변화는 분석된 기록으로 보여 드려서, 그때부터 볼 수 있어요.
coaching-progress-analysing-later = 🔍 보내 주신 기록은 저장되어 분석을 기다리고 있어요. 분석이 끝나면 바로 결과를 여기로 보내 드릴게요. 변화는 분석된 기록으로 보여 드려서, 그때부터 볼 수 있어요.
coaching-progress-line = { $category }: 처음 { $before_days }일 주 { $before_rate }회, 강도 { $before_level } → 최근 { $after_days }일 주 { $after_rate }회, 강도 { $after_level } ({ $trend })
coaching-progress-too-early = { $category }: 처음 { $before_days }일 주 { $before_rate }회, 강도 { $before_level } (비교하려면 조금 더 지켜볼게요)
coaching-progress-so-far = { $category }: 지금까지 { $count }번, 강도 { $before_level } (한 주에 몇 번인지는 7일이 지나면 보여 드려요)
coaching-progress-no-reports = { $category }: 아직 분석을 마친 기록이 없어요
coaching-level-none = -
coaching-trend-better = 좋아지고 있어요
coaching-trend-same = 비슷해요
coaching-trend-worse = 더 잦아지거나 심해졌어요
coaching-trend-too_early = 아직 비교하기 일러요
coaching-trend-too_few = 기록이 적어 아직 판단하기 어려워요
coaching-trend-no_reports = 아직 기록이 없어요

coaching-chart-title = 처음과 최근: 한 주에 몇 번
coaching-chart-before = 처음
coaching-chart-after = 최근
coaching-chart-axis = 한 주 기록 수 (숫자 옆은 평균 강도)

coaching-plan-adopt = 📌 이번에 바꿔 볼 것은 이것 하나예요: { $text }
    { $date }에 어땠는지 여쭤볼게요.
coaching-plan-wait = 📌 지금은 하던 것을 계속해 주세요: { $text }
    한 번에 하나씩 바꿔야 무엇이 효과가 있었는지 알 수 있어요. { $date }에 어땠는지 여쭤볼게요.
coaching-plan-override = ⚠️ 안전이 먼저라서 계획을 바로 바꿀게요. 이제부터는 이것 하나예요: { $text }
    { $date }에 어땠는지 여쭤볼게요.

## 스톱 55 (검증 체험): 계획 단계는 그 기록의 언어로 모델이 쓴 말이에요. 언어를 바꾼 뒤에는 쓴 그대로 보여 주고, 어느 언어로
## 적었는지 붙여요 (다시 말할 수 있는 안내 문구가 아니에요).
coaching-step-other-language = { $text } ({ $language ->
        [en] 제안할 때 영어로 적은 단계예요
       *[other] 제안할 때 한국어로 적은 단계예요
    })
# 응급 상황(지금 발작, 중독, 열사병)의 분석 결과: 계획도 확인 메시지도 없어요.
coaching-plan-emergency = 🩺 훈련 이야기는 동물병원에서 진료를 받은 뒤에 해도 늦지 않아요. 지금은 진료가 먼저예요.
## 아이를 물었거나 사람이나 다른 개를 다치게 한 물림 뒤에는 계획도 체크인도 없어요(스톱 50). $bitten: "child"(아이가 물림),
## 그 밖에는 상처가 난 물림(어른이나 다른 개; 스톱 56: 어른이 물렸는데 "아이를 물었거나"라고 했어요).
coaching-plan-bite = 🧑‍🏫 { $bitten ->
        [child] 아이를 문 일이라, 훈련 계획은 전문가와 상담한 뒤에 세워요.
       *[other] 상처가 날 만큼 문 일이라, 훈련 계획은 전문가와 상담한 뒤에 세워요.
    } 그때까지는 물었던 상황을 피해 주세요. 전문가에게 보이셨다면 "행동전문가 상담 받았어요"처럼 알려 주세요. 그 뒤로 훈련을 다시 제안할게요.

## 62차 (보호자 체험): 상처가 날 만큼 문 일 뒤 (2주 안) 의 기록도 계획을 세우지 않아요. 문 일의 결과에서 전문가 상담 뒤에 계획을
## 세운다고 했는데, 다음 기록에서 "이번에 바꿔 볼 것"을 정해 앞뒤가 맞지 않았어요.
## 스톱 63 (trialleft63): 멈춘 계획을 어떻게 다시 여는지 함께 말해요.
coaching-plan-bite-held = 🧑‍🏫 물었던 일 뒤에 말씀드린 대로, 훈련 계획은 전문가와 상담한 뒤에 세워요. 그래서 지금은 새로 시작할 것을 정하지 않을게요. 그때까지는 물었던 상황을 피해 주세요. 수의사나 행동 전문가에게 보이셨다면 "수의사한테 다녀왔어요"처럼 알려 주세요. 다음 기록부터 다시 제안할게요.
## 스톱 63 (trialleft63): 수의사나 행동 전문가에게 보였다는 말("수의사한테 다녀왔어요", "행동전문가 상담 받았어요"; 멈춘 계획을 풀 길이 없었어요): 강아지마다 적어 두고 계획을 다시 세워요. $name: 강아지 이름.
coaching-plan-bite-lifted = 🧑‍🏫 알려 주셔서 고마워요. { JOSA($name, "이", "가") } 전문가에게 진료나 상담을 받았다고 적어 두었어요. 다음 기록부터는 전문가의 조언과 함께 해 볼 훈련 한 가지를 다시 제안할게요.

coaching-checkin-question = 🗓️ 며칠 전부터 해 보신 것: { $text }
    어떠셨어요?
coaching-checkin-question-dog = 🗓️ { JOSA($name, "과", "와") } 며칠 전부터 해 보신 것: { $text }
    어떠셨어요?
coaching-checkin-note = 덧붙이실 말이 있으면 편하게 적어 주세요. 없으면 그냥 두셔도 돼요.
## 체크인의 네 가지 답. 스톱 63 (미리 빼둔 18번: 하십시오체 "비슷합니다"를 못 알아들었어요): 격식체 "…습니다"도 같은 답이에요.
coaching-outcome-better = 좋아졌어요
    .aliases = 좋아졌어요, 좋아졌어, 좋아짐, 나아졌어요, 나아졌어, 나아짐, 좋아요, 좋아진것같아요, 훨씬좋아요, 많이 좋아졌어요, 많이 나아졌어요, 조금 좋아졌어요, 조금 나아졌어요, 좀 나아졌어요, 좀 좋아졌어요, 나아진 것 같아요, 조금요, 조금이요, 조금, 약간요, 약간이요, 약간, 살짝요, 살짝, 쪼금요, 쪼금, 쪼끔, 조금은요, 약간은요, 좋아졌습니다, 나아졌습니다, 좋아진 것 같습니다, 나아진 것 같습니다, 조금 좋아졌습니다, 조금 나아졌습니다, 많이 좋아졌습니다, 많이 나아졌습니다
coaching-outcome-same = 그대로예요
    .aliases = 그대로예요, 그대로에요, 그대로, 똑같아요, 똑같아, 비슷해요, 비슷해, 변화없음, 변화없어요, 별 차이 없어요, 그냥 그래요, 그냥그래요, 그럭저럭, 그럭저럭이요, 그럭저럭요, 그저 그래요, 그저그래요, 별로요, 별로, 그닥, 그닥이요, 그다지요, 아니요 별로요, 아뇨 별로요, 안 좋아짐, 안좋아짐, 안 나아짐, 안나아짐, 좋아지진 않음, 안 심해졌어요, 안 심해짐, 더 나빠지진 않았어요, 나빠지진 않았어요, 안 나빠졌어요, 안 나빠짐, 나빠지지 않았어요, 더 심해지진 않았어요, 심해지진 않았어요, 심해지지는 않았어요, 나빠지지는 않았어요, 비슷합니다, 비슷했습니다, 그대로입니다, 똑같습니다, 변화 없습니다, 변화가 없습니다, 별 차이 없습니다, 달라진 것이 없습니다
coaching-outcome-worse = 나빠졌어요
    .aliases = 나빠졌어요, 나빠졌어, 나빠짐, 심해졌어요, 심해졌어, 심해짐, 더심해졌어요, 더 나빠졌어요, 오히려 나빠졌어요, 나빠졌습니다, 심해졌습니다, 더 나빠졌습니다, 더 심해졌습니다
coaching-outcome-not_tried = 못 해 봤어요
    .aliases = 못해봤어요, 못해봤어, 못했어요, 못함, 안해봤어요, 안해봤어, 아직이요, 아직, 못 해 봤습니다, 못해봤습니다, 안 해 봤습니다, 안해봤습니다
coaching-checkins-off = 🔕 확인 메시지를 보내지 않을게요. 다시 받으시려면 "체크인 켜기"라고 보내 주세요.
coaching-checkins-on = 🔔 며칠 뒤에 해 보신 것이 어땠는지 여쭤볼게요. 그만 받으시려면 "체크인 끄기"라고 보내 주세요.

coaching-advice-keep-better = 👏 잘하고 계세요! 지금 하던 것을 그대로 이어 가 주세요. 며칠 뒤에 다시 여쭤볼게요.
coaching-advice-keep-same = 🌱 행동이 바뀌는 데는 시간이 걸려요. 며칠 더 같은 방법으로 해 보시고, 다시 여쭤볼게요.
coaching-advice-keep-not_tried = 🙂 괜찮아요. 하루에 한두 번, 짧게라도 해 보세요. 며칠 뒤에 다시 여쭤볼게요.
coaching-advice-adjust-worse = 🔧 나빠졌다면 방법을 바꿔 볼게요. 그 상황과의 거리를 더 두고, 더 쉬운 단계부터 시작해요. 다음에 있었던 일을 알려 주시면 새 방법을 제안해 드릴게요.
coaching-advice-adjust-same_twice = 🔧 두 번 연속 변화가 없었으니 방법을 바꿔 볼게요. 다음에 있었던 일을 알려 주시면 새 방법을 제안해 드릴게요.
coaching-advice-adjust-not_tried_twice = 🔧 해 보기 어려운 방법이었나 봐요. 더 쉬운 방법으로 바꿔 볼게요. 다음에 있었던 일을 알려 주시면 새 방법을 제안해 드릴게요.
coaching-advice-get_help-worse_twice = 🧑‍⚕️ 두 번 연속 나빠졌어요. 혼자 애쓰시기보다 먼저 동물병원에서 통증이나 질병이 없는지 확인하고, 공인 반려견 행동 전문가나 수의 행동 전문의와 상담해 보세요. /summary 로 지금까지의 기록을 정리해 가져가실 수 있어요.
coaching-advice-get_help-no_progress = 🧑‍⚕️ 여러 번 해 봤는데도 나아지지 않았어요. 동물병원에서 통증이 없는지 확인하고, 공인 반려견 행동 전문가와 상담해 보세요. /summary 로 지금까지의 기록을 정리해 가져가실 수 있어요.
coaching-advice-get_help-red_flag =
    { $outcome ->
        [better] 👏 좋아지고 있다니 다행이에요.
        [worse] 알려 주셔서 고마워요. 더 심해졌다니 걱정이에요.
       *[other] 어땠는지 알려 주셔서 고마워요.
    } 🧑‍⚕️ 다만 전에 말씀하신 안전 문제가 있어서, 훈련보다 전문가의 도움이 먼저예요. 지금 단계를 이어 가시기 전에 동물병원과 공인 반려견 행동 전문가에게 상담해 주세요. /summary 로 지금까지의 기록을 정리해 가져가실 수 있어요.

## 확인 메시지를 끈 보호자에게: 날짜를 약속하지 않아요.
coaching-plan-adopt-no-checkin = 📌 이번에 바꿔 볼 것은 이것 하나예요: { $text }
coaching-plan-wait-no-checkin = 📌 지금은 하던 것을 계속해 주세요: { $text }
    한 번에 하나씩 바꿔야 무엇이 효과가 있었는지 알 수 있어요. { $date }부터는 새 방법으로 바꿔도 돼요.
coaching-plan-override-no-checkin = ⚠️ 안전이 먼저라서 계획을 바로 바꿀게요. 이제부터는 이것 하나예요: { $text }

## 확인(체크인)에 답할 때.
coaching-checkin-reply-hint = { $answers } 중에서 답해 주세요.
coaching-checkin-reask = 좋아졌어요, 그대로예요, 나빠졌어요, 못 해 봤어요 중에서 골라 주세요.
coaching-checkin-unsure = 괜찮아요, 바로 판단하기 어려울 수 있어요. 처음보다 횟수나 강도가 조금이라도 줄었다면 "좋아졌어요", 비슷하다면 "그대로예요"를 골라 주세요. 며칠 더 지켜보시고 나중에 답해 주셔도 돼요.
coaching-checkin-mixed = 좋아진 때도 있고 아닌 때도 있었군요. 지난 며칠을 모두 놓고 보면 어느 쪽에 가까웠나요?
# "어땠어요?"에 좋아졌다는 말과 나빠졌다는 말이 함께 ("반반? 어제는 괜찮았는데 오늘은 또 짖었어요"; stop 50: 다시 물었고 말이 사라졌어요): "그대로"로 적고 말은 메모로 남겨요.
coaching-checkin-read-mixed = 좋아진 날도 있고 나빠진 날도 있었군요. "그대로예요"로 적고, 보내 주신 말은 메모로 남겨 둘게요. 전체적으로 좋아졌거나 나빠졌다면 말씀해 주세요. 바꿔 둘게요.
# "어땠어요?"에 "아니요"만 (영어 보호자 체험 30: "그대로"로 적혔어요): 해봤는데 그대로인지, 못 해봤는지 여쭤봐요. 아무것도 적지 않아요.
coaching-checkin-which-no = 확인차 여쭤볼게요. 해봤는데 달라진 게 없었나요("그대로예요"), 아니면 아직 못 해보셨나요("못 해 봤어요")?
coaching-checkin-read-ok = "그대로예요"로 적어 둘게요. 해 보셨지만 아직 뚜렷하게 달라진 건 없다는 뜻으로요. 전보다 덜 자주, 덜 심하게 했다면 "좋아졌어요"라고 말씀해 주세요. 바꿔 둘게요.
# 체크인 질문에서 강아지 건강 소식("배탈은 다 나았어요"; stop 49, 보호자 체험: "골라 주세요"만 다시): 반갑게 받고, 메모로 남겨 두고, 해 보신 것이 어땠는지 다시 여쭤봐요.
coaching-checkin-health-news = 다행이에요! 🐾 건강 소식은 이번 체크인 메모로 남겨 둘게요. 그런데 해 보신 것은 어떠셨어요?
coaching-checkin-new-problem = 알겠어요, 새로 생긴 문제를 같이 볼게요. 무슨 일이 있었는지 한 메시지로 알려 주세요: 무엇 때문에 시작됐는지, 강아지가 무엇을 했는지, 바로 뒤에 어떻게 됐는지요.
coaching-checkin-note-skip = 덧붙일 말 없어요
    .aliases = 없어요, 없음, 괜찮아요, 됐어요, 건너뛰기, 패스, 아니요, 아뇨, nothing, no, nope, nah, skip, 그게 다예요, 그게 다에요, 그게 다야, 이게 다예요, 이게 다에요, 그게 전부예요, 그게 전부에요, 더 없어요, 더는 없어요, 할 말 없어요, 더 할 말 없어요, 그거뿐이에요, 끝이에요, that's all, that's it, nothing more, 놉, 아뇽
coaching-checkin-note-saved = 📝 적어 둘게요. 알려 주셔서 고마워요!
coaching-checkin-note-corrected = 📝 적어 둘게요. 말씀하신 대로 이번 확인의 답을 바꿨어요: { $outcome }
coaching-checkin-replaced = 📝 방금 하신 말씀으로 바로 전의 답을 바꿨어요. 이번 확인의 답은 이제 이거예요: { $outcome }
coaching-checkin-sorry = 사과하지 않으셔도 괜찮아요 😊 편하실 때 어땠는지만 알려 주세요.
coaching-checkin-note-skipped = 알겠어요. 다음에 있었던 일도 편하게 알려 주세요.
# "어땠어요?"에 말을 쓰고 끝에 취소 ("ㄴ 고양이라 안됨 ㅋㅋ 취소"; 51차 보호자 체험: "하나를 골라 주세요"만 나오고 말이 사라졌어요): 이번 체크인은 그냥 두고, 쓰신 말을 그대로 보여 드려요. $said는 취소 앞의 말이에요.
coaching-checkin-cancelled-said = 알겠어요, 이번 체크인은 기록하지 않고 넘어갈게요. 쓰신 말: "{ $said }". 다음 단계를 하는 데 걸리는 게 있으면 어떤 상황인지 알려 주세요. 같이 바꿔 볼게요. 어땠는지는 언제든 말씀해 주세요.
coaching-checkin-answered = 이미 답해 주신 확인이에요. 고마워요!
coaching-checkin-thanks = 알려 주셔서 고마워요. 그사이 새 방법으로 바뀌었으니, 지금 해 보시는 것을 이어 가 주세요.
coaching-checkins-status-on = 🔔 새로 해 보는 것이 생기면 며칠 뒤에 어땠는지 여쭤보고 있어요.
coaching-checkins-status-off = 🔕 지금은 확인 메시지를 보내지 않고 있어요.
coaching-checkins-on-button = 🔔 확인 받기
    .aliases = 켜기, 켜, 받기, on, yes, start
coaching-checkins-off-button = 🔕 확인 그만 받기
    .aliases = 끄기, 꺼, 그만, off, no, stop
## 확인 메시지를 받을 시각 (오너 체험 28: "알림은 저녁 8시쯤 보내주세요"): 고르거나 적은 시각에, 보호자님의 시간대로 보내요. 밤 시간도 보호자님이 고르시면 그대로 지켜요.
coaching-checkins-status-on-at = 🔔 새로 해 보는 것이 생기면 며칠 뒤에 어땠는지 여쭤보고 있어요. 확인 메시지는 { $time }쯤 보내 드려요.
coaching-checkin-time-button = 🕗 받을 시각 바꾸기
    .short = 🕗 시각 바꾸기
coaching-checkin-time-ask = 🕗 확인 메시지를 몇 시쯤 받고 싶으세요? 아래에서 고르시거나 "저녁 8시", "오전 9시 반"처럼 보내 주세요.
coaching-checkin-time-ask-current = 🕗 지금은 { $time }쯤 보내 드리고 있어요. 몇 시쯤으로 바꿀까요? 아래에서 고르시거나 "저녁 8시", "오전 9시 반"처럼 보내 주세요.
coaching-checkin-time-set = 🔔 알겠어요. 앞으로 확인 메시지는 { $time }쯤 보내 드릴게요.
coaching-checkin-time-cleared = 🔔 알겠어요. 따로 정한 시각 없이, 늦은 밤과 이른 아침만 피해서 보내 드릴게요.
coaching-checkin-time-unread = 🕗 "{ $text }"에서 시각을 찾지 못했어요. 아래에서 고르시거나 "저녁 8시", "오전 9시 반"처럼 보내 주세요. 그대로 두시려면 "취소"라고 보내 주세요.
coaching-checkin-time-invalid = 🕗 { $hour }시로 읽었는데, 하루는 0시부터 23시까지예요. 아래에서 고르시거나 "저녁 8시"처럼 다시 보내 주세요.
## 오전인지 오후인지 없이 시만 말하면 ("8시", "8시 반"; 오너 체험: 묻지 않고 오전 8시로 저장됐어요): 둘 중 어느 쪽인지 여쭤보고, 고르실 때까지 아무것도 바꾸지 않아요.
coaching-checkin-time-which = 🕗 { $morning }인가요, { $evening }인가요? 아래에서 골라 주세요.
coaching-checkin-time-pick = { $time }
## 먼저 메시지를 보낼 수 없는 곳 (이벤트 API가 설정되지 않은 카카오톡, 터미널): 확인 질문은 며칠 뒤 보호자님이 먼저 말을 거실 때 드려서, 받을 시각을 정해도 지킬 수 없어요. 그렇다고 말하고 아무것도 저장하지 않아요.
coaching-checkin-time-no-push = 🕗 여기서는 제가 먼저 메시지를 보낼 수 없어서, 받을 시각을 정해 드릴 수 없어요. 확인 질문은 며칠 뒤 보호자님이 먼저 말을 거실 때 여쭤볼게요.
## 52차 (helper glue52): 위 안내 바로 다음에 시각만 보낸 말("저녁 8시", "8시요"; 카카오톡에서 마지막 기록에 덧붙여져 다시 분석됐어요). 알아들은 시각과, 그 시각을 지킬 수 없는 까닭을 다시 말해요. 아무것도 저장하지 않아요.
coaching-checkin-time-no-push-heard = 🕗 { $time }에 확인 질문을 받고 싶으신 거죠? 여기서는 제가 먼저 메시지를 보낼 수 없어서 그 시각에 보내 드릴 수는 없어요. { $time }쯤 말을 걸어 주시면 새 방법을 시작하고 며칠 지났을 때 그때 여쭤볼게요.
## 같은 경우, 오전인지 오후인지 없이 시만 말했을 때("8시"): 둘 다 말해요.
coaching-checkin-time-no-push-heard-either = 🕗 { $morning }나 { $evening }에 확인 질문을 받고 싶으신 거죠? 여기서는 제가 먼저 메시지를 보낼 수 없어서 정해진 시각에 보내 드릴 수는 없어요. 그쯤 말을 걸어 주시면 새 방법을 시작하고 며칠 지났을 때 그때 여쭤볼게요.
coaching-checkin-time-morning = 🌅 아침 9시
    .short = 아침 9시
coaching-checkin-time-noon = ☀️ 낮 12시
    .short = 낮 12시
coaching-checkin-time-evening = 🌆 저녁 8시
    .short = 저녁 8시
coaching-checkin-time-night = 🌙 밤 10시
    .short = 밤 10시
coaching-checkin-time-any = 상관없어요
    .aliases = 상관없어요, 상관 없어요, 아무 때나, 아무때나, 언제든, 언제든지
## 시각을 말로: 오전/오후 N시, N시 반, N시 M분.
coaching-clock = { $part ->
        [am] 오전
       *[pm] 오후
    } { $clock_hour }시{ $clock_minute ->
        [0] {""}
        [30] {" "}반
       *[other] {" "}{ $clock_minute }분
    }

## /progress 에서 지금까지 해 본 것.
coaching-progress-plans = 📌 지금까지 해 본 것
coaching-progress-plan = { $category }: { $text } ({ $date }부터, { $status })
coaching-progress-plan-active = 해 보는 중
coaching-progress-plan-adjust = 방법을 바꾸기로 함
coaching-progress-plan-referred = 전문가 상담을 권함
coaching-progress-plan-answers = ↳ 확인한 결과: { $answers }
coaching-progress-plan-next = ↳ 다음 확인: { $date }
coaching-progress-plan-off = ↳ 확인 메시지는 꺼져 있어요: "체크인 켜기"라고 보내시면 어떻게 되고 있는지 여쭤볼게요
# 그래프를 볼 수 없을 때(화면 낭독기, 카카오톡의 대체 글) 읽히는 문장.
coaching-chart-alt = 행동마다 처음 몇 주와 최근의 한 주 기록 수를 나란히 비교한 막대그래프예요. 자세한 숫자는 위의 글에 있어요.
## trial 9 (followup)
# 결과나 계획 뒤에 말로 알려 준 진행("음 그냥 그래요", "요즘 더 심해졌어요", "아직 안해봤어요"): 그 체크인 답으로 계획에 남겨요.
coaching-kept-same = 알려 주셔서 고마워요. 처음 며칠은 변화가 없는 게 흔해요. { $category } 계획에 '그대로'로 기록해 둘게요. 며칠 더 꾸준히 해 보시고 어땠는지 알려 주세요.
coaching-kept-worse = 알려 주셔서 고마워요. { $category } 계획에 '나빠졌어요'로 기록해 둘게요. 빠르게 심해지거나 강아지가 아프거나 불편해 보이면 먼저 동물병원에서 확인해 주세요. 다음에 그 행동이 나오면 바로 전에 있었던 일을 알려 주세요. 다른 방법을 찾아 드릴게요.
coaching-kept-not_tried = 괜찮아요. { $category } 계획은 아직 안 해 보셨다고 기록해 둘게요. 시간 될 때 해 보시고 어땠는지 알려 주세요.
# 아직 제안한 방법이 없을 때: 기록에 남겨요.
coaching-kept-early = 알려 주셔서 고마워요. 기록에 남겨 둘게요. 결과가 오면 그 방법을 해 보시고 어땠는지 알려 주세요.

## 57차 (helper flows57): 강아지가 둘 이상이면 "어떠셨어요?"만 강아지 이름을 말하고 그 뒤의 말("덧붙이실 말", 조언, "적어 둘게요")은
## 말하지 않아서, 두 강아지의 체크인에 차례로 답하는 보호자가 어느 쪽 이야기인지 알 수 없었어요. 체크인의 말마다 이름을 말하는
## `-dog` 형태가 있고, 강아지가 둘 이상일 때 써요.
coaching-checkin-note-dog = { $name }에 대해 덧붙이실 말이 있으면 편하게 적어 주세요. 없으면 그냥 두셔도 돼요.
coaching-checkin-note-saved-dog = 📝 { $name } 기록에 적어 둘게요. 알려 주셔서 고마워요!
coaching-checkin-note-corrected-dog = 📝 적어 둘게요. 말씀하신 대로 { $name }의 이번 확인 답을 바꿨어요: { $outcome }
coaching-checkin-replaced-dog = 📝 방금 하신 말씀으로 바로 전의 답을 바꿨어요. { $name }의 이번 확인 답은 이제 이거예요: { $outcome }
coaching-checkin-note-skipped-dog = 알겠어요. 다음에 { $name }에게 있었던 일도 편하게 알려 주세요.
coaching-checkin-thanks-dog = 알려 주셔서 고마워요. 그사이 { $name }의 방법이 새로 바뀌었으니, 지금 해 보시는 것을 이어 가 주세요.
coaching-checkin-read-mixed-dog = 🐶 { $name } — { coaching-checkin-read-mixed }
coaching-checkin-read-ok-dog = 🐶 { $name } — { coaching-checkin-read-ok }
coaching-checkin-cancelled-said-dog = 🐶 { $name } — { coaching-checkin-cancelled-said }
coaching-advice-keep-better-dog = 🐶 { $name } — { coaching-advice-keep-better }
coaching-advice-keep-same-dog = 🐶 { $name } — { coaching-advice-keep-same }
coaching-advice-keep-not_tried-dog = 🐶 { $name } — { coaching-advice-keep-not_tried }
coaching-advice-adjust-worse-dog = 🐶 { $name } — { coaching-advice-adjust-worse }
coaching-advice-adjust-same_twice-dog = 🐶 { $name } — { coaching-advice-adjust-same_twice }
coaching-advice-adjust-not_tried_twice-dog = 🐶 { $name } — { coaching-advice-adjust-not_tried_twice }
coaching-advice-get_help-worse_twice-dog = 🐶 { $name } — { coaching-advice-get_help-worse_twice }
coaching-advice-get_help-no_progress-dog = 🐶 { $name } — { coaching-advice-get_help-no_progress }
coaching-advice-get_help-red_flag-dog = 🐶 { $name } — { coaching-advice-get_help-red_flag }
