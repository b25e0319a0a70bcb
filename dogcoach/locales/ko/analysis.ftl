## 행동 기록: ABC 분석, 덧붙이는 질문, /history 와 /week.

analysis-working = 🔍 알겠어요. 바로 분석하고 있어요. 결과는 { $wait } 뒤에 보내 드릴게요.
analysis-queued = 🔍 알겠어요. 분석 순서는 { $place }번째예요. 결과는 { $wait } 뒤에 보내 드릴게요.
analysis-held = 💾 알겠어요. 말씀하신 내용은 저장했어요. 아직 분석을 기다리는 기록이 { $count }개 있어서, 이번 기록은 그다음에 분석할게요. 결과는 { $wait } 뒤에 보내 드릴게요.
# 한 번에 두 기록을 받았을 때, 각 안내가 어느 기록 이야기인지 앞에 인용해요.
analysis-about = “{ $text }”
analysis-wait-seconds = 약 { $seconds }초
analysis-wait-minutes = 약 { $minutes }분
analysis-delayed = 💾 말씀하신 내용은 저장했어요. 지금은 분석 모델에 연결할 수 없어요. 연결되는 대로 분석 결과를 보내 드릴게요.
analysis-unavailable = 💾 말씀하신 내용은 저장했어요. 코치가 잠시 분석할 수 없는 상태예요. 다시 분석할 수 있게 되는 대로 결과를 보내 드릴게요.
# 모델을 기다리는 기록의 결과를 물었을 때 (62차 보호자 체험): 새로 저장한 것이 없어요.
analysis-still-delayed = ⏳ 아직 분석하지 못했어요. 지금은 분석 모델에 연결할 수 없어서 기다리고 있어요. 기록은 그대로 있고, 연결되는 대로 분석 결과를 보내 드릴게요.
analysis-still-unavailable = ⏳ 아직 분석하지 못했어요. 코치가 잠시 분석할 수 없는 상태라 기다리고 있어요. 기록은 그대로 있고, 다시 분석할 수 있게 되는 대로 결과를 보내 드릴게요.
analysis-show-result = 결과 보기
    .aliases = 결과 보기, 결과
analysis-still-working = { $place ->
        [1] ⏳ 지금 분석하고 있어요.
       *[other] ⏳ 아직 분석을 기다리고 있어요. 분석 순서는 { $place }번째예요.
    } 결과는 { $wait } 뒤에 보내 드릴게요.
analysis-no-reports = 아직 알려 주신 일이 없어요. 강아지가 한 행동을 편하게 말로 알려 주세요.
analysis-followup-received = 🔍 고마워요. 덧붙여 주신 내용까지 넣어서 다시 분석할게요. 결과는 { $wait } 뒤에 보내 드릴게요.
analysis-detail-added = 🔍 덧붙여 주신 내용을 분석 중인 기록에 더했어요. 함께 넣어서 다시 분석할게요. 결과는 { $wait } 뒤에 보내 드릴게요.
## 결과 뒤에 알려 준, 강아지가 하지 않는 행동("물려고 한 적은 없습니다"; stop 61 시험: 덧붙여 다시 분석했어요): 그 기록에 적어 두고, 분석은 다시 하지 않아요.
analysis-detail-kept = 📝 그 기록에 적어 뒀어요. 분석을 바꿀 내용은 아니라서 다시 분석하지는 않았어요.
## 중독이나 삼킨 물건 다음에 알려 준 먹은 양("한 조각이요", 스톱 45): 그 기록에 적어 두었다고 말해요 ($kind: 레드 플래그 종류).
analysis-amount-added = 💾 먹은 양을 { $kind ->
        [foreign_body] 삼킨 물건 기록
       *[toxin] 중독 기록
    }에 적어 두었어요. 수의사에게도 꼭 알려 주세요. 다시 분석한 결과는 { $wait } 뒤에 보내 드릴게요.

## 저장된 결과를 다시 보여 줄 때, 모델이 쓴 내용이 지금 언어와 다르면 한 줄로 알려요(스톱 34).
analysis-written-in-ko = ℹ️ 분석 내용은 처음 쓰인 그대로 한국어로 보여 드려요.
analysis-written-in-en = ℹ️ 분석 내용은 처음 쓰인 그대로 영어로 보여 드려요.
analysis-title-pending = 🔍 ABC 분석
analysis-writing = ✍️ 아직 쓰고 있어요…
analysis-rewriting = ✍️ 더 정확하게 고쳐 쓰고 있어요…
analysis-interrupted = ⚠️ 쓰는 도중에 멈췄어요. 아직 결과가 아니에요. 말씀하신 내용은 저장돼 있으니, 다시 분석해서 보내 드릴게요.

analysis-title = 🔍 ABC 분석: { $category }
## 강아지가 둘 이상인 보호자에게는 제목에 강아지 이름 (오너 체험 23: 두 결과가 한꺼번에 왔는데 어느 강아지 것인지 없었어요).
analysis-title-dog = 🔍 { $name }의 ABC 분석: { $category }
analysis-function = 행동의 목적(추정): { $function }
analysis-intensity = 강도: { $level }/4
analysis-antecedent = A — 직전 상황: { $text }
analysis-behavior = B — 행동: { $text }
analysis-consequence = C — 직후 결과: { $text }
analysis-summary = 📝 세 줄 요약
analysis-summary-line = • { $line }
analysis-next-step = 👉 다음에 해 볼 것: { $text }
## 응급(지금 발작, 중독, 열사병): 다음에 할 일은 동물병원 진료예요. 모델의 훈련 단계는 보여 주지 않아요 (스톱 45).
analysis-next-step-emergency = 👉 지금 할 것: 위의 안전 안내대로 동물병원 진료를 먼저 받아 주세요. 훈련은 그다음이에요.
## 사람이나 다른 개를 다치게 한 물림(스톱 50: 조카 얼굴을 문 기록 아래 "초인종…" 훈련 단계): 전문가가 먼저예요.
analysis-next-step-bite = 👉 지금 할 것: 위의 안내대로 먼저 동물병원에서 통증이 없는지 확인하고, 행동 전문가와 함께 계획을 세워 주세요. 혼자 하는 훈련은 그다음이에요.
analysis-safety = ⚠️ 다칠 수 있는 상황이에요. 수의사(통증이나 질병이 원인일 수 있어요)와 공인 반려견 행동 전문가에게 꼭 상담받아 보시고, 그때까지는 이런 상황을 피해 주세요.
analysis-failed = 😥 죄송해요. 이번 내용은 제대로 분석하지 못했어요. 말씀하신 내용은 그대로 저장돼 있어요. 다시 분석해 볼까요?
analysis-retry = 다시 분석하기
    .aliases = 다시 분석하기, 다시 분석

analysis-function-attention = 관심 받기
analysis-function-escape = 싫은 것 피하기
analysis-function-tangible = 원하는 것 얻기(간식, 장난감, 자리)
analysis-function-automatic = 행동 자체가 즐거움
analysis-function-unclear = 아직 알기 어려움

analysis-followup-antecedent = ❓ 하나만 여쭐게요. 그 일이 있기 바로 전에 무슨 일이 있었나요? (누가, 어디서, 언제)
analysis-followup-consequence = ❓ 하나만 여쭐게요. 그 직후에 보호자님이나 다른 사람은 어떻게 하셨나요?
analysis-followup-frequency = ❓ 하나만 여쭐게요. 얼마나 자주, 그리고 언제부터 그랬나요?
analysis-followup-skip = 건너뛰기
    .aliases = 건너뛰기, 괜찮아요, 없음, 없어요, 없습니다, 더 없어요, 더는 없어요, 더 이상 없어요, 그게 다예요, 그게 다에요, 그게 다야, 그게 다임, 그게 전부예요, 그게 전부에요, 이게 다예요, 이게 다에요, 그거뿐이에요, 그게 끝이에요, 이게 전부예요, 이게 전부에요, 끝이에요, 더 할 말 없어요, 할 말 없어요, 다 했어요, 다했어요, 다 했어, 다했어, 다 했음, 다했음, 다 말했어요, 다 말했어, 다 말했음, 할 말 다 했어요, 다 얘기했어요, 다 얘기했어, 끝났어요, 끝났어, 끝
analysis-followup-older = 앞서 알려주신 일 { $text }에 대한 이야기라서 그 기록에 더했어요.
## 앞서 물은 다른 강아지의 기록에 대한 답 (밤이의 질문에 "초코는 매일 그래요"; 55차: 밤이의 기록에 덧붙였어요): 그 기록에 덧붙이고, 지금 질문은 그대로 열어 둬요.
analysis-followup-other-dog = { $name }의 기록 { $text }에 대한 말이라서 거기에 덧붙였어요. 위의 질문은 아직 열려 있어요.
analysis-followup-which = 방금 보내 주신 내용을 지난 기록에 덧붙일까요, 아니면 새 일로 따로 기록할까요?
analysis-followup-add = 지난 기록에 덧붙이기
    .short = 지난 기록에 추가
    .aliases = 덧붙이기, 덧붙여 주세요, 덧붙여줘, 덧붙여 줘, 덧붙여요, 덧붙일게요, 덧붙여, 붙여줘, 붙여 주세요, 추가, 추가해줘, 추가해 줘, 추가해 주세요, 추가해요, 추가요, 지난 기록, 지난 기록에, 지난 기록에 추가, 지난거에, 지난 거에, 거기에, 합쳐줘, 합쳐 주세요, 같은 일, 같은 거, 같은 거예요, 같은 일이에요, 이어서, 덧붙이기요
analysis-followup-new = 새 기록으로
    .aliases = 새 기록, 새로운 일, 따로, 새로, 새로 기록, 새로 기록해줘, 새로 기록해 주세요, 새로 해줘, 새로요, 새거, 새 거, 새 일, 따로 기록, 따로 기록해줘, 따로 기록해 주세요, 따로 해줘, 따로 해주세요, 따로요, 다른 일, 다른 일이에요, 다른 거, 다른 거예요, 별개, 별개예요, 새 기록으로요, 새로운 거예요, 새로운거예요, 새로운 거요, 새로운 거, 새 거예요, 새거예요, 새로운 일이에요
# "add or new?"에 "아니요"만: 같은 일이 아니라는 뜻, 새 기록이에요. 취소하는 말("취소", "됐어요")은 `understanding-decline`으로 버려요(batch 65).
analysis-followup-new-no = 아니요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 아니야, 아녀, 노, ㄴㄴ, 놉, 아니에요, 아니요 새로운 거예요, 아뇨 새로운 거예요, 아니요 따로요, 아뇨 따로요, 아니 새거야, 같은 거 아니에요, 같은 일 아니에요, 아뇽
# 결과의 추가 질문에서 맞장구만 보냈을 때 ("👍", "ㅇㅇ"; 오너 체험 21, 22): 답이 아니에요. 질문을 가리키고 넘기는 법을 알려요.
analysis-followup-nudge = 😊 천천히 하셔도 돼요. 위 질문에 답해 주시거나, 넘기시려면 "건너뛰기"라고 보내 주세요.
# 결과의 추가 질문이 열려 있을 때 재촉하는 말 ("빨리요ㅠㅠ"; 62차 보호자 체험: 답으로 붙어 다시 분석했어요): 분석은 위에 있어요. 질문을 가리키고 넘기는 법을 알려요.
analysis-followup-hurried = 🙏 분석 결과는 위에 보내 드렸어요. 질문에 답해 주시면 우리 아이에게 더 맞게 도와드릴 수 있어요. 넘기시려면 "건너뛰기"라고 보내 주세요.
analysis-followup-skipped = 알겠어요. 언제든 강아지가 한 행동을 알려 주세요.
analysis-followup-why = 이걸 알면 나아지고 있는지 나빠지고 있는지, 무엇부터 해 보면 좋을지 알 수 있어요.
## 결과 뒤나 아무것도 열려 있지 않을 때 말한 건강 이야기 ("피부병 약 먹어요"): 프로필의 건강 메모로 적어 둬요.
analysis-followup-health-kept = { $name }의 건강 메모로 프로필에 적어 뒀어요: “{ $note }”. 있었던 일이 아니라서 기록에는 붙이지 않았어요.
## "뭔소리야", "무슨 말이에요?"처럼 후속 질문을 못 알아들었을 때: 무엇을 묻는지 예와 함께 다시 말하고 질문을 다시 드려요.
analysis-followup-explain-frequency = 방금 분석한 행동이 얼마나 자주 있는지(예: "매일", "일주일에 두 번")와 언제부터 그랬는지(예: "한 달 전부터")를 여쭤본 거예요. 모르시면 "모르겠어요", 넘기시려면 "{ analysis-followup-skip }"라고 보내 주세요.
analysis-followup-explain-antecedent = 방금 분석한 일이 있기 바로 전에 어떤 상황이었는지 여쭤본 거예요. 예: "초인종이 울렸어요", "산책 가려고 줄을 꺼냈어요". 모르시면 "모르겠어요", 넘기시려면 "{ analysis-followup-skip }"라고 보내 주세요.
analysis-followup-explain-consequence = 그 일 바로 뒤에 보호자님이나 다른 분이 어떻게 하셨는지 여쭤본 거예요. 예: "안아서 달랬어요", "간식을 줬어요". 모르시면 "모르겠어요", 넘기시려면 "{ analysis-followup-skip }"라고 보내 주세요.
analysis-followup-name-only = { $name }, 알겠어요. 기록에 덧붙이려면 한 문장으로 알려 주세요.
analysis-followup-name-first = { $typed } 이야기인가요? { JOSA($typed, "을", "를") } 등록하면 이 기록도 { $typed }의 기록이 돼요. 질문에 답하시려면 한 문장으로 알려 주세요.
analysis-followup-name-unknown = { JOSA($typed, "은", "는") } 아직 등록되지 않은 강아지라서 아무것도 덧붙이지 않았어요. 기록은 { $name }의 기록에 그대로 있어요. { $typed } 이야기였다면 { JOSA($typed, "을", "를") } 지금 등록할까요? 등록한 뒤에 다시 보내 주시면 { $typed }의 기록으로 분석해 드릴게요. 질문에 답하시려면 한 문장으로 알려 주세요.
analysis-followup-not-understood = “{ $text }”만으로는 얼마나 자주인지 알기 어려워요. "매일", "일주일에 두 번", "지난달부터"처럼 짧게 알려 주시거나 "{ analysis-followup-skip }"를 골라 주세요.
analysis-followup-no-unit = “{ $text }”, 하루에인가요, 일주일에인가요, 한 달에인가요? "하루에 3번", "일주일에 두 번"처럼 알려 주시거나 "{ analysis-followup-skip }"를 골라 주세요.
## 질문에 기간만 보낸 말 ("5년", "3시간 정도"; 55차: 보고서에 덧붙여 다시 분석했어요): 읽은 것, 나이나 혼자 있는 시간이면 어떻게 말하면 되는지, 그리고 아래에 질문을 다시.
analysis-followup-span = “{ $text }”: 기간으로 읽었는데, 이 기록에 대해 무엇을 말하는지는 몰라서 덧붙이지 않았어요. 강아지 나이라면 "5살이에요"처럼, 혼자 있는 시간 같은 프로필 답이라면 "프로필"을 보내 고쳐 주세요. 질문에는 짧게 답해 주시거나 "{ analysis-followup-skip }"를 골라 주세요.
## 질문에 사람 수만 보낸 말 ("3명"; 59차 확인 체험: 보고서에 덧붙여 다시 분석했어요): 읽은 것, 가족 수라면 어떻게 고치는지, 그리고 아래에 질문을 다시.
analysis-followup-people = “{ $text }”: 사람 수로 읽었는데, 이 기록에 대해 무엇을 말하는지는 몰라서 덧붙이지 않았어요. 함께 사는 사람 수라면 "프로필"을 보내 고쳐 주세요. 질문에는 짧게 답해 주시거나 "{ analysis-followup-skip }"를 골라 주세요.

history-title = 📚 최근 기록 ({ $page }쪽)
history-title-dog = 📚 { $name }의 최근 기록 ({ $page }쪽)
history-period-unfiltered = 아직 기간별로 골라 보여 드리지는 못해요. 최근 기록을 보여 드릴게요.
history-empty = 아직 기록이 없어요. 강아지가 한 행동을 편하게 알려 주시면 분석해 드릴게요.
# 강아지 이름과 함께 물은 기록·주간 요약("초코 기록 보여주세요")인데 그 이름의 강아지가 없을 때. $dogs는 등록된 강아지예요.
view-unknown-dog = 이름이 "{ $name }"인 강아지는 등록돼 있지 않아서 보여 드릴 기록이 없어요. 등록된 강아지: { $dogs }
history-empty-dog = 아직 { $name }의 기록이 없어요. 무슨 일이 있었는지 편하게 알려 주시면 분석해 드릴게요.
# 모든 강아지의 기록을 한꺼번에 볼 때: 한 쪽보다 기록이 많은 강아지
history-all-more = ({ $name }의 기록 더 보기: “{ $name } 기록”이라고 보내 주세요.)
history-line = { $n }. { $when } · { $label } — “{ $text }”
history-when = { $month }월 { $day }일 { $hour }:{ $minute }
history-status-pending = ⏳ 분석 중
history-status-failed = ⚠️ 분석하지 못함
# 다른 개에게 물린 일만 말한 기록: 안내와 함께 남기고 분석하지 않아요(스톱 53).
history-status-bitten = 🩹 다른 개에게 물림
history-question = 💬 질문
history-question-pending = 💬 질문 · ⏳ 답 쓰는 중
history-question-failed = 💬 질문 · ⚠️ 답하지 못함
history-open = { $n }번 보기
history-open-hint = 하나를 고르시면 그 분석이나 답을 다시 보여 드려요.
# 목록을 번호("1", "두 번째")로 고를 때 쓰는 이름표: 이대로 입력되는 일은 없어요.
list-position = ⋯
history-newer = ◀ 최근
history-older = 이전 ▶
history-date = { $month }월 { $day }일

week-title = 📊 지난 7일: 기록 { $count }개
week-title-dog = 📊 { $name }의 지난 7일: 기록 { $count }개
week-empty = 지난 7일 동안의 기록이 없어요. 강아지가 한 행동을 알려 주시면 주간 요약을 채워 드릴게요.
week-progress = 📈 지금까지의 변화
week-empty-dog = 지난 7일 동안 { $name }의 기록이 없어요. 무슨 일이 있었는지 알려 주시면 주간 요약을 채워 드릴게요.
week-categories = 종류별:
week-category-line = • { $category }: { $count }번
week-antecedents = 자주 있었던 직전 상황:
week-antecedent-line = • { $text } ({ $count }번)
# 다른 언어로 분석한 기록의 직전 상황은 이 언어의 것과 나란히 적지 않아요 (62차 보호자 체험: 같은 상황이 언어마다 한 번씩, 두 번
# 나왔어요). $language: 그 기록이 쓰인 언어.
week-antecedents-elsewhere = ℹ️ { $language ->
        [en] 영어로
       *[other] 한국어로
    } 분석한 기록 { $count }개의 직전 상황은 여기 넣지 않았어요. "기록"이라고 보내시면 보실 수 있어요.
week-unfinished = (아직 분석하지 못한 기록 { $count }개)
# 이번 주 기록 중 다른 개에게 물린 일만 말한 것(분석하지 않고 남긴 기록; 스톱 53).
week-bitten = 🩹 다른 개에게 물린 일: { $count }번
week-chart-title = 지난 7일 종류별 기록
# 그래프를 볼 수 없을 때(화면 낭독기, 카카오톡의 대체 글) 읽히는 문장.
week-chart-alt = 지난 7일 동안의 기록을 종류별로 센 막대그래프예요. { $counts }.
week-chart-alt-item = { $category } { $count }번
# 서버에 한글 글꼴이 없을 때: 그래프의 글자를 영어로 그렸다고 알려요.
chart-labels-english = (이 서버에 한글 글꼴이 없어서 그래프의 글자는 영어로 표시했어요.)
# 그래프를 다 그리기 전에 답해야 했을 때(카카오톡의 5초; 서버가 막 시작해 그래프 작업이 아직 준비 중일 때): 글로 된 내용만 먼저 보내고, 그래프는 다음에 물어보시면 함께 보여 드려요.
chart-later = 📊 그래프는 아직 그리고 있어요. 조금 뒤에 다시 물어봐 주시면 그래프와 함께 보여 드릴게요.
# "지난 기록에 덧붙일까요, 새 일로 기록할까요?"에 답하지 않은 한 낱말("짖음")은 분석하지 않아요.
analysis-followup-pending-dropped = 앞서 보내 주신 “{ $text }”만으로는 무슨 일이 있었는지 알기 어려워서 따로 기록하지 않았어요. 그때 일을 문장으로 알려 주시면 분석해 드릴게요.

## "덧붙일까요, 새로 기록할까요?"를 취소했을 때 ("아니요", "됐어요"): 기다리던 메시지는 어디에도 남기지 않아요.
analysis-followup-which-cancel = 둘 다 아니요
analysis-followup-which-cancelled = 알겠어요. 방금 보내 주신 내용은 지난 기록에 덧붙이지도, 새로 기록하지도 않았어요.
## 스톱 57 (체험; 556번 묶음): 추가 질문을 왜 하는지 ("그게 왜 궁금한데요?"), 질문 주제마다 한 줄; 뒤에 질문을 다시 해요.
analysis-followup-why-frequency = 얼마나 자주, 언제부터 그랬는지 알면 습관인지 한 번뿐인지, 나아지고 있는지 나빠지고 있는지 알 수 있어요.
analysis-followup-why-antecedent = 바로 전에 무슨 일이 있었는지 알면 무엇이 계기가 되는지 알 수 있어서, 그 순간을 피하거나 바꾸는 것부터 계획할 수 있어요.
analysis-followup-why-consequence = 바로 뒤에 무슨 일이 있었는지 알면 강아지가 그 행동으로 무엇을 얻는지 알 수 있어요. 그게 행동을 계속하게 만드는 경우가 많아요.
