## 명령어, 도움말, 일상적인 답.

start-welcome = 안녕하세요! 저는 도그코치예요 🐾 강아지의 행동을 이해하고 다음에 해 볼 것을 함께 찾아 드려요. 먼저 강아지에 대해 몇 가지만 여쭤볼게요. 2분 정도 걸려요. 언제든 "취소"라고 보내시면 멈출 수 있고, 그때까지의 답은 저장돼요. 제가 할 수 있는 일은 "도움말"이라고 보내시면 알려 드려요. (English? Send "English".)
# 환영 인사를 이미 보신 분이 강아지 없이 설문을 다시 시작하면: 환영 인사는 한 번만 말해요(batch 79, 카카오 사용자 시험).
start-survey-again = 강아지에 대해 몇 가지만 여쭤볼게요. 2분 정도 걸려요. 언제든 "취소"라고 보내시면 멈추고, 답은 그대로 남아요.
start-welcome-back = 다시 오셨네요! { JOSA($name, "은", "는") } 잘 지내고 있나요?
start-help-hint = 제가 할 수 있는 일이 궁금하시면 "도움말"이라고 보내 주세요.
start-resume = 멈췄던 곳부터 이어서 할게요.
# 결과의 후속 질문("얼마나 자주…")이 열려 있을 때 설문을 시작하면: 한 번에 하나만 열어 두고, 그렇다고 말해요(인수 테스트 K2).
start-followup-set-aside = 방금 드린 질문(❓)은 설문이 끝나면 다시 여쭤볼게요. 먼저 강아지에 대해 여쭤볼게요.
help-text =
    강아지가 한 행동을 편하게 말로 알려 주세요. 상황을 정리하고 다음에 해 볼 것을 알려 드릴게요. 강아지에 대해 궁금한 점을 물어보셔도 짧게 답해 드려요.
    아래 말을 그대로 보내시거나 / 로 시작하는 명령을 보내 주세요.
    시작 (/start) — 시작하기, 멈춘 곳부터 이어 하기
    기록 (/history) — 최근 기록 보기
    이번 주 (/week) — 지난 7일 한눈에 보기
    변화 (/progress) — 행동별로 달라진 점 보기
    요약 (/summary) — 수의사·전문가에게 보여 줄 한 장 요약
    프로필 (/profile) — 강아지 프로필 보기·고치기·지우기
    답 고치기 (/edit) — 강아지에 대한 답 고치기, 예: "나이 고치기"
    다른 강아지 (/switchdog) — 다른 강아지 이야기로 바꾸기, 예: "초코로 바꿔줘"
    강아지 추가 (/newdog) — 강아지 추가하기
    강아지 지우기 (/removedog) — 강아지 한 마리 지우기 (먼저 여쭤봐요)
    언어 (/language) — 한국어 / English
    시간대 (/timezone) — 예: "런던에 살아요"
    팁 끄기, 팁 켜기 (/tips) — 훈련 팁 받기 켜기·끄기
    체크인 끄기, 체크인 켜기 (/checkins) — 며칠 뒤 확인 메시지 켜기·끄기
    알림 시간 (/checkintime) — 확인 메시지 받을 시각 정하기, 예: "알림은 저녁 8시에 보내줘"
    취소 (/cancel) — 지금 하던 질문 멈추기
    내보내기 (/export) — 저장된 내 정보 모두 받기
    내 정보 삭제 (/delete) — 저장된 내 정보 모두 지우기
    도움말 (/help) — 이 안내 보기
help-text-kakao =
    강아지가 한 행동을 편하게 말로 알려 주세요. 상황을 정리하고 다음에 해 볼 것을 알려 드릴게요. 강아지에 대해 궁금한 점을 물어보셔도 짧게 답해 드려요.
    아래 말을 그대로 보내 주세요.
    시작 — 시작하기, 멈춘 곳부터 이어 하기
    기록 — 최근 기록 보기
    결과 보기 — 방금 보내 주신 일의 분석 결과 보기
    이번 주 — 지난 7일 한눈에 보기
    변화 — 행동별로 달라진 점 보기
    요약 — 수의사·전문가에게 보여 줄 한 장 요약
    프로필 — 강아지 프로필 보기·고치기·지우기
    답 고치기 — 강아지에 대한 답 고치기, 예: "나이 고치기"
    다른 강아지 — 다른 강아지 이야기로 바꾸기, 예: "초코로 바꿔줘"
    강아지 추가 — 강아지 추가하기
    강아지 지우기 — 강아지 한 마리 지우기 (먼저 여쭤봐요)
    언어 — 한국어 / English
    시간대 — 예: "런던에 살아요"
    팁 끄기, 팁 켜기 — 훈련 팁 받기 켜기·끄기
    체크인 끄기, 체크인 켜기 — 며칠 뒤 확인 메시지 켜기·끄기
    취소 — 지금 하던 질문 멈추기
    내보내기 — 저장된 내 정보 모두 받기
    내 정보 삭제 — 저장된 내 정보 모두 지우기
    도움말 — 이 안내 보기
# 파일을 보낼 수 없는 카카오톡 채널(PUBLIC_BASE_URL 없음)의 도움말: 요약(PDF)과 내보내기는 빼요(인수 테스트 K2).
help-text-kakao-nofiles =
    강아지가 한 행동을 편하게 말로 알려 주세요. 상황을 정리하고 다음에 해 볼 것을 알려 드릴게요. 강아지에 대해 궁금한 점을 물어보셔도 짧게 답해 드려요.
    아래 말을 그대로 보내 주세요.
    시작 — 시작하기, 멈춘 곳부터 이어 하기
    기록 — 최근 기록 보기
    결과 보기 — 방금 보내 주신 일의 분석 결과 보기
    이번 주 — 지난 7일 한눈에 보기
    변화 — 행동별로 달라진 점 보기
    요약 — 수의사·전문가에게 보여 줄 요약, 채팅에 글로
    프로필 — 강아지 프로필 보기·고치기·지우기
    답 고치기 — 강아지에 대한 답 고치기, 예: "나이 고치기"
    다른 강아지 — 다른 강아지 이야기로 바꾸기, 예: "초코로 바꿔줘"
    강아지 추가 — 강아지 추가하기
    강아지 지우기 — 강아지 한 마리 지우기 (먼저 여쭤봐요)
    언어 — 한국어 / English
    시간대 — 예: "런던에 살아요"
    팁 끄기, 팁 켜기 — 훈련 팁 받기 켜기·끄기
    체크인 끄기, 체크인 켜기 — 며칠 뒤 확인 메시지 켜기·끄기
    취소 — 지금 하던 질문 멈추기
    내 정보 삭제 — 저장된 내 정보 모두 지우기
    도움말 — 이 안내 보기
cancel-done = 멈췄어요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
cancel-kept = 멈췄어요. 지금까지의 답은 저장돼 있어요. "시작"이라고 보내시면 설문을 이어서 하실 수 있어요.
cancel-edit-done = 멈췄어요. 프로필은 그대로예요.
cancel-restart-kept = { $count ->
    [0] 멈췄어요. { $name }의 프로필은 그대로예요.
   *[other] 멈췄어요. { $name }의 프로필은 그대로 두고, 다시 답하신 { $count }개 질문만 새 답으로 바꿨어요.
}
cancel-nothing = 지금은 멈출 것이 없어요.
unknown-command = 제가 모르는 명령어예요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
unsupported-input = 지금은 글만 읽을 수 있어요. 무슨 일이 있었는지 글로 알려 주세요.
# 설문 질문이 열려 있을 때 받은 사진·파일·스티커: 무슨 일이 있었는지가 아니라 그 질문의 답을 글로 달라고 해요(오너 체험 13: 이름 질문에서 "무슨 일이 있었는지 글로 알려 주세요").
unsupported-input-survey = 지금은 글만 읽을 수 있어요. 아래 질문에 글로 답해 주세요.
# A photo, sticker or file as the very first message: said after unsupported-input; nothing is stored yet, so no button (owner trial 10).
start-welcome-media = 안녕하세요! 저는 도그코치예요 🐾 강아지의 행동을 이해하고 다음에 해 볼 것을 함께 찾아 드려요. 시작하시려면 강아지가 한 행동을 글로 알려 주시거나, "시작"이라고 보내 주세요. 강아지에 대해 몇 가지만 여쭤볼게요(2분 정도). (English? Send "English".)
stale-button = 더 이상 쓸 수 없는 버튼이에요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.

language-ask = 어떤 언어로 이야기할까요? / Which language would you like?
language-name-ko = 한국어
    .aliases = 한국어, korean, 한글, 한국말
language-name-en = English
    .aliases = english, 영어, eng
language-set = 이제 한국어로 이야기할게요.

## The offer to switch language, when the owner writes in the other one (stop 58): one line in both
## languages, two buttons: the other language's switch (in that language) and keeping this one.
language-offer-ko = 한국어로 할까요? / Switch to Korean?
language-offer-en = Switch to English? / 영어로 할까요?
language-offer-switch-ko = 한국어로 바꾸기
language-offer-switch-en = Switch to English
language-offer-keep = 한국어 그대로
    .aliases = 한국어 그대로, 그대로, 한국어로 계속, 한국어 유지, 그냥 한국어, 유지
# "그대로" tapped (or "아니요" typed) at the offer: not offered again.
language-offer-kept = 네, 한국어로 계속할게요. 바꾸고 싶으시면 언제든 "언어"라고 보내 주세요.

profile-continue = ▶ 설문 이어서 하기
profile-switch = 🔁 다른 강아지
profile-switch-to = 🔁 { $name } 이야기하기
profile-newdog = ➕ 강아지 추가
profile-dogs = 등록된 강아지 ({ $count }마리): { $dogs }
profile-dogs-active = { $name } (지금 이야기 중)
# /프로필 카드 아래 보호자의 시간대 (51차, 보호자 체험: 50차에 시간대 설정이 생겼지만 카드에는 날짜와 체크인이 어느 시간대 기준인지 나오지 않았어요). $zone 예: "Asia/Seoul (UTC+9)".
profile-timezone = 🕒 시간대: { $zone }
# 보호자가 정하지 않았을 때: 봇의 기본 시간대와 바꾸는 법.
profile-timezone-default = 🕒 시간대: { $zone } (봇의 기본 시간대예요. 바꾸시려면 계신 곳을 알려 주세요. 예: "런던에 살아요")
profile-pick-dog = 어떤 강아지 이야기를 할까요?
profile-switched = 이제 { $name }의 이야기를 할게요.
# 다른 강아지($other)의 설문 중에 강아지를 바꿨을 때: 그 설문은 멈추고 답은 저장돼 있다는 것, 이어서 하는 말 (영어 체험 30: 아무 말 없이 멈췄어요).
profile-switched-survey-paused = { $other } 설문은 잠시 멈춰 둘게요. 지금까지 답은 저장돼 있어요. 이어서 하시려면 "{ $other } 설문 이어서"라고 보내 주세요.
profile-switch-already = 지금도 { $name }의 이야기를 하고 있어요.
profile-active = 지금은 { $name }의 이야기를 하고 있어요.
profile-switch-only = 제가 아는 강아지는 { $name }뿐이에요. 다른 강아지 이야기를 하시려면 먼저 강아지를 추가해 주세요.
profile-switch-only-ask = 제가 아는 강아지는 { $name }뿐이에요. 다른 강아지 이야기를 하시려면 먼저 강아지를 추가해야 해요. 지금 추가할까요?
profile-switch-unregistered = { JOSA($typed, "이라는", "라는") } 강아지는 아직 등록돼 있지 않아요(제가 아는 강아지는 { $name }뿐이에요). { JOSA($typed, "을", "를") } 추가할까요?
# 설문 중에 등록되지 않은 강아지로 바꿔 달라고 할 때(강아지가 하나; stop 50): 설문이 끝나면 그 이름으로 추가를 권해요.
profile-switch-unregistered-later = { JOSA($typed, "이라는", "라는") } 강아지는 아직 등록돼 있지 않아요(제가 아는 강아지는 { $name }뿐이에요). 이 설문이 끝나면 바로 { JOSA($typed, "을", "를") } 추가할지 여쭤볼게요. 먼저 아래 질문에 답해 주세요.
profile-switch-unknown-add = 이름이 "{ $name }"인 강아지는 아직 등록돼 있지 않아요. 어떤 강아지 이야기를 할까요? { JOSA($name, "을", "를") } 새로 추가하시려면 '네'라고 하시거나 아래 '{ profile-newdog }'를 골라 주세요.
# 설문 중에 등록되지 않은 강아지로 바꿔 달라고 할 때(강아지가 여럿; stop 50): 설문이 끝나면 그 이름으로 추가를 권해요.
profile-switch-unknown-later = 이름이 "{ $name }"인 강아지는 아직 등록돼 있지 않아요. 이 설문이 끝나면 바로 { JOSA($name, "을", "를") } 추가할지 여쭤볼게요. 먼저 아래 질문에 답해 주세요.
command-words-unknown = 제가 할 수 있는 일이 아니에요. 제가 할 수 있는 일은 이래요:
newdog-intro = 새 강아지를 추가해 볼게요.
# 아직 강아지가 없는 보호자의 "강아지 추가"(60차 체험: 강아지가 없는데 "새 강아지를 추가"): 첫 강아지예요.
newdog-intro-first = 강아지를 등록해 볼게요.
newdog-under-way = 네, 지금 새 강아지를 등록하고 있어요.
# The first message tells of more than one dog ("강아지 두마리 키워요"): after the welcome, before the first dog's survey (trial 4).
newdog-first-contact = 여러 마리와 함께 지내시는군요! 한 마리씩 알려 주세요. 이 강아지 설문을 마치면 다음 강아지를 이어서 등록할 수 있게 알려 드릴게요.
newdog-after-survey = 다른 강아지도 있군요! 지금 설문을 마치면 바로 이어서 등록할 수 있게 알려 드릴게요. 먼저 지금 질문에 답해 주세요. (지금 바로 추가하시려면 '취소'를 보내신 뒤 '강아지 추가'라고 보내 주세요. 지금까지의 답은 저장돼 있어요.)
newdog-offer = 말씀하신 다른 강아지도 등록할까요? 아래 '{ profile-newdog }'를 고르시거나 '강아지 추가'라고 보내 주세요.
newdog-after-survey-named = { $name }, 알겠어요. 설문을 마치면 바로 { JOSA($name, "을", "를") } 등록할지 여쭤볼게요. 먼저 아래 질문에 답해 주세요.
# 설문 중에 말한 사실이 지금 강아지가 아니라 나중에 추가할 강아지의 것일 때 ("여자애 중성화 안함", 중성화한 남아의 설문 중; 보호자 체험 25: 지금 강아지의 성별이 바뀌었어요): 지금 강아지에는 아무것도 저장하지 않아요.
newdog-after-survey-fact = { $name } 이야기 같아요. 지금 강아지의 답은 바꾸지 않았어요. 이 설문을 마치고 { JOSA($name, "을", "를") } 추가할 때 여쭤볼게요. 먼저 아래 질문에 답해 주세요.
newdog-after-survey-other = 다른 강아지
# 48차(오너 트라이얼 33): 설문 중에 말한 다른 강아지의 나이("두부는 한살이에요"): 그 강아지 설문에 쓰려고 적어 두고, 지금 강아지에는 저장하지 않아요.
newdog-after-survey-kept = { $name }의 { $field }: { $value } — { $name } 등록할 때 쓰려고 적어 뒀어요. 지금 강아지의 답은 바꾸지 않았어요. 이 설문을 마치면 바로 { JOSA($name, "을", "를") } 등록할지 여쭤볼게요. 먼저 아래 질문에 답해 주세요.
# 두 마리의 정보를 한 메시지에 말할 때("망고는 5살 키위는 1살이요", 보호자 체험 34): 지금 강아지 답은 저장하고, 기다리는 강아지 것은 그 설문용으로 적어 둬요.
newdog-after-survey-kept-beside = { $name }의 { $field }({ $value })도 { $name } 등록할 때 쓰려고 적어 뒀어요. { $dog } 설문을 마치면 바로 { JOSA($name, "을", "를") } 등록할지 여쭤볼게요.
# 기다리는 강아지의 사실 여러 개를 이 강아지 답과 한 메시지에 말했을 때("망고는 5살 수컷 푸들이고 키위는 1살 암컷 말티즈요"; stop 50: 나이만 남았어요): 모두 그 강아지 설문에 적어 둬요. $facts: correction-fact를 이어 붙인 것.
newdog-after-survey-kept-beside-many = { $name } 정보도 { $name } 등록할 때 쓰려고 적어 뒀어요 — { $facts }. { $dog } 설문을 마치면 바로 { JOSA($name, "을", "를") } 등록할지 여쭤볼게요.
newdog-after-survey-kept-many = { $name } 정보를 { $name } 등록할 때 쓰려고 적어 뒀어요 — { $facts }. 지금 강아지의 답은 바꾸지 않았어요. 이 설문을 마치면 바로 { JOSA($name, "을", "를") } 등록할지 여쭤볼게요. 먼저 아래 질문에 답해 주세요.
newdog-offer-named = 말씀하신 { $name }도 등록할까요? 아래 '{ profile-newdog }'를 고르시거나 '강아지 추가'라고 보내 주세요.
# 강아지 추가를 여쭌 뒤 "네"로 적은 답("응 등록할래"), "아니요"의 버튼과 적은 답, 그리고 "아니요"에 대한 답.
newdog-offer-yes = 네, 추가할게요
    .aliases = 네, 넵, 넹, 예, 응, 웅, ㅇㅇ, ㅇㅋ, 오케이, 좋아요, 좋아, 그래요, 그래, 그럴게요, 할게요, 할래요, 등록, 등록할래, 등록할래요, 등록할게요, 등록해 줘, 등록해줘, 등록해 주세요, 등록해주세요, 추가, 추가할래, 추가할래요, 추가할게요, 추가해 줘, 추가해줘, 추가해 주세요, 추가해주세요, 네 추가할게요, 해 주세요, 해주세요
newdog-offer-no = 나중에 할게요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 괜찮아요, 괜찮아, 됐어요, 나중에, 나중에요, 나중에 할게요, 다음에, 다음에 할게요, 안 할래요, 안할래요, 안 해요, 등록 안 할래요, 추가 안 할래요, 놉, 아뇽
newdog-offer-declined = 알겠어요. 나중에라도 '강아지 추가'라고 보내 주시면 바로 등록해 드릴게요.
# 강아지 추가를 여쭌 뒤 이미 등록된(지금 이야기하는) 강아지의 이름만 적었을 때: 그렇다고 말하고 다시 여쭤요.
newdog-offer-registered = { JOSA($name, "은", "는") } 이미 등록된 강아지예요. 지금도 { $name }의 이야기를 하고 있어요. 다른 강아지를 추가할까요?

export-ready = 저장된 내 정보를 모두 JSON 파일 하나로 보내 드려요.
export-nofiles = 이 채팅에서는 파일을 보내 드릴 수 없어서, 저장된 정보 전부를 파일 하나로 내보내기는 여기서 할 수 없어요. 대신 "기록"으로 지난 기록을, "이번 주"로 최근 7일을, "요약"으로 상담용 요약을 채팅에서 바로 보실 수 있어요. "내 정보 삭제"라고 보내시면 전부 지울 수 있어요.
# The terminal writes the file on this computer (console-file-saved then says where).
export-ready-console = 저장된 내 정보를 모두 JSON 파일 하나로 이 컴퓨터에 저장할게요.
delete-ask = 프로필, 강아지 정보, 기록, 대화 내용이 모두 지워지고 되돌릴 수 없어요. 정말 모두 지울까요?
delete-confirm = 🗑 네, 모두 지워 주세요
    .aliases = 네, 넵, 예, 응, 웅, ㅇㅇ, 그래요, 삭제, 지워 주세요, 지워줘, ㅇㅋ
delete-keep = 지우지 않을래요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 취소, 유지, 됐어요, 괜찮아요, 놉, 아뇽
delete-done = 모두 지웠어요. 언제든 다시 오시면 "시작"이라고 보내 주세요.
delete-kept = 아무것도 지우지 않았어요.
# "Really erase everything?" walked away from (another command typed): dropped, said once, without its button.
delete-set-aside = 모두 지우기는 하지 않았어요. 정보는 그대로 있어요.

## 사진 아래 적은 말을 기록으로 남겼을 때 (스톱 63): 말은 읽었지만 사진 자체는 보지 못해요.
report-photo-unread = 📷 사진과 함께 적어 주신 말을 기록했어요. 사진 자체는 아직 볼 수 없어요.
report-saved = 알겠어요. 말씀하신 내용을 저장했어요.{ $name ->
        [none] {""}
       *[other] {" "}{ $name }에게 무슨 일이 있었는지 살펴볼게요.
    }
report-no-dog = 팁: "시작"이라고 보내 강아지에 대해 알려 주시면 더 잘 맞는 조언을 드릴 수 있어요.
# 지금 강아지가 아닌 다른 강아지 이름을 말한 기록은 그 강아지 기록으로 남겨요.
report-filed-under = { $name }의 기록으로 남겼어요.
# 강아지 이름 없이 다른 강아지에게만 맞는 영어 대명사로 시작하는 보고("hes been limping", 지금 강아지는 여아; stop 50): 그 강아지의 기록으로, 옮기는 방법과 함께 말해요.
report-filed-pronoun = “he”, “she”로 보아 { $name } 이야기 같아서 { $name }의 기록으로 남겼어요. { $other } 이야기였다면 “{ $other } 얘기예요”라고 보내 주세요. 옮겨 드릴게요.
# 등록되지 않은 강아지의 보고(스톱 64 보호자 체험: 두부 이야기가 콩이 병원용 요약에 들어갔어요): 어느 강아지 기록에도 넣지 않고 보관, 그 강아지를 등록하면 옮겨요.
report-filed-unregistered = { JOSA($typed, "은", "는") } 아직 등록돼 있지 않아서 따로 보관했어요. { $name }의 기록, 한 주 정리, 병원용 요약에는 넣지 않아요. { JOSA($typed, "을", "를") } 등록하면 { $typed }의 기록으로 옮길게요. { JOSA($typed, "을", "를") } 추가할까요?
report-filed-unregistered-later = { JOSA($typed, "은", "는") } 아직 등록돼 있지 않아서 따로 보관했어요. { $name }의 기록, 한 주 정리, 병원용 요약에는 넣지 않아요. { JOSA($typed, "을", "를") } 등록하면 { $typed }의 기록으로 옮길게요. 설문을 마치면 바로 { JOSA($typed, "을", "를") } 등록할지 여쭤볼게요.
# 등록 전에 말씀하신 강아지의 기록을 그 강아지를 등록할 때 옮겨요(보호자 체험 34: 다른 강아지 기록으로 남음).
report-moved-to-new-dog = 앞서 보내 주신 { $name } 이야기 { $count }건을 { $name }의 기록으로 옮겼어요.
# "그거 누구 기록으로 됐어요?": 마지막 기록이 어느 강아지 기록인지($report: 그 기록의 앞부분), 옮기는 방법, 아직 기록이 없으면 다음 기록이 누구 것이 되는지.
report-which-filed = 마지막 기록(“{ $report }”)은 { $name }의 기록으로 남겼어요.
# "마지막 기록은 …의 기록으로 남겼어요" 아래 (62차 보호자 체험: "누구꺼 기록이야?"가 코치 모델에 갔어요): 그 강아지의 기록을 보는 법.
report-which-history = 📚 { $name }의 기록은 “{ $name } 기록”이라고 보내 주시면 볼 수 있어요.
report-which-move = { $other } 이야기였다면 “{ $other } 얘기예요”라고 보내 주세요. { $other }의 기록으로 옮길게요.
report-which-no-dog = 마지막 기록(“{ $report }”)은 강아지를 등록하기 전에 보내 주셔서 어느 강아지의 기록도 아니에요.
report-which-nothing-yet = 아직 말씀해 주신 기록이 없어요. 다음에 말씀해 주시는 내용은 { $name }의 기록으로 남길게요.
# The report just sent moved to another of the owner's dogs ("아 초코 말고 보리요"); -again: analysed again.
report-moved = 알겠어요. 방금 말씀하신 내용은 { $name }의 기록으로 옮겼어요.
report-moved-again = 알겠어요. 방금 말씀하신 내용은 { $name }의 기록으로 옮기고, { $name }의 정보에 맞춰 다시 분석할게요.
report-retold-unregistered = { JOSA($typed, "은", "는") } 아직 등록되지 않은 강아지예요. 방금 말씀하신 내용은 { $name }의 기록에 그대로 두었어요. { JOSA($typed, "을", "를") } 지금 등록할까요? 등록한 뒤에 { $typed } 이야기로 다시 보내 주시면 { $typed }의 기록으로 분석해 드릴게요.
# 결과 바로 뒤에 같은 행동이 또 있었다는 말("또 그랬어요"): 새 기록이에요. $text 는 그 행동의 기록이에요.
report-again = 또 그랬군요. 같은 행동(“{ $text }”)의 새 기록으로 남겼어요. 얼마나 자주 그러는지 기록에서 볼 수 있어요.
# 두 강아지 모두의 이야기("둘 다 줄을 당겨요"): 한 번만, $name 의 기록으로 남기고 한 번 분석해요.
report-both-dogs = 두 강아지 모두 그렇다고 하셔서 { $name }의 기록으로 한 번 남기고 { $name }의 프로필로 분석할게요. { $other }의 기록으로 옮기려면 “{ $other } 얘기예요”라고 보내 주세요.

category-barking = 짖음
    .aliases = 짖음, 짖어요, 짖기
category-separation = 분리불안
    .aliases = 분리불안, 분리 불안
category-leash_reactivity = 산책 중 과잉 반응
    .aliases = 리드줄 반응, 산책 반응, 반응성
category-resource_guarding = 자원 지키기
    .aliases = 자원 지키기, 소유욕, 물건 지키기
category-house_soiling = 배변 실수
    .aliases = 배변, 배변 실수, 오줌, 마킹
category-jumping = 뛰어오르기
    .aliases = 점프, 뛰어오름
category-destructive_chewing = 물어뜯기·파괴
    .aliases = 물어뜯기, 파괴, 씹기
category-aggression_people = 사람에 대한 공격성
    .aliases = 사람 공격성
category-aggression_dogs = 다른 개에 대한 공격성
    .aliases = 개 공격성
category-fear = 두려움·불안
    .aliases = 두려움, 불안, 겁
category-mouthing = 입질
    .aliases = 입질, 깨물기
category-pulling = 줄 당기기
    .aliases = 줄 당김, 당기기
category-chasing = 쫓아가기
    .aliases = 쫓기, 추격
category-attention_seeking = 관심 끌기
    .aliases = 관심 끌기, 관심
category-handling_sensitivity = 만지는 것 싫어함
    .aliases = 만지기, 미용, 발 만지기
# 마운팅(오너 체험 14)은 맞는 고민 보기가 없어요(관심 끌기보다 흥분·놀이·스트레스): "기타"예요.
category-other = 기타
    .aliases = 기타, 마운팅, 올라타기

console-hint = (터미널의 도그코치예요. 보기는 번호나 글자를 입력해 고르시고, 그 밖에는 편하게 입력해 주세요. "종료" 또는 Ctrl-D 로 끝낼 수 있어요.)
## 터미널에서 한 턴이 실패했을 때(63차): 알려 드리고 대화는 이어져요.
console-error = 죄송해요, 그 메시지를 처리하다가 문제가 생겼어요. 잠시 뒤에 다시 보내 주세요.
console-model-down = ⚠️ 지금은 분석 모델(Ollama)에 연결할 수 없어요. 보내 주시는 내용은 저장해 두었다가 모델이 켜지면 바로 분석해요. 다른 기능은 그대로 쓰실 수 있어요.
console-file-saved = 📎 { $path } 에 저장했어요
# 터미널이 파일을 이 컴퓨터에 쓰지 못했을 때 (자리가 없거나 권한이 없음): 까닭은 로그에 남아요.
console-file-failed = 파일을 이 컴퓨터에 저장하지 못했어요. 대신 "기록"이라고 보내시면 지난 기록을 여기서 바로 보실 수 있어요.
console-analysis-done = ✅ 분석을 다 썼어요.
console-bye = 안녕히 가세요! 🐾 다음에 dogcoach chat 을 다시 여시면 멈춘 곳부터 이어서 해요.
console-waiting = ⏳ 잠시만요. 분석 중인 결과를 먼저 보여 드릴게요.
console-left-pending = ⏳ 분석이 아직 끝나지 않았어요. 다음에 dogcoach chat 을 다시 여시면 이어서 보여 드려요.
# 터미널을 끝내는 말 (메시지 전체가 이 말일 때): 어디에도 보내지 않아요. "그만하기"는 설문 중에도 터미널을 끝내요: 답은 저장돼 있고 다음에 멈춘 곳부터 이어요 (49차 보호자 체험: 설문 중 "그만하기"가 "멈췄어요"만 답했어요). 설문의 답이 될 수 있는 말("끝",
# "끝내기": 여러 개 고르는 질문의 완료)은 넣지 않아요 (인수 시험: "끝"에 설문 중에 프로그램이 꺼졌어요).
console-exit = 종료
    .aliases = 종료, 종료할게요, 나가기, 나갈게요, 프로그램 종료, 채팅 종료, 그만하기, 그만할게요
# 아무것도 열려 있지 않을 때만 터미널을 끝내는 말: 질문이 열려 있으면 그 질문의 답이에요("끝"은 여러 개 고르는 질문의 완료).
console-exit-idle = 끝
    .aliases = 끝, 끝내기, 끝낼게요, 이만, 이만 끝

## 무엇을 보냈는지에 따라 짧게 답하기 (보고도 설문 답도 아닐 때).
talk-thanks = 천만에요! 😊 무슨 일이 생기면 강아지가 한 행동을 언제든 편하게 알려 주세요.
talk-greeting = 안녕하세요! 🐾 강아지가 한 행동을 편하게 알려 주시면 상황을 정리해 드려요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
talk-bye = 안녕히 가세요! 🐾 언제든 다시 이야기해 주세요.
talk-done = 알겠어요! 😊 또 이야기해 주세요. 무슨 일이 생기면 강아지가 한 행동을 편하게 알려 주시고, "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
# 아무것도 열려 있지 않을 때 "뒤로", "완료"(60차 체험: 일반 안내만 나왔어요): 그렇다고 말하고, 다음에 할 일과 메뉴(help-text)를 보여 줘요.
nothing-open-back = 지금은 열려 있는 질문이 없어서 돌아갈 곳이 없어요. 강아지가 한 행동을 알려 주시거나, 아래 말 중에서 보내 주세요.
nothing-open-done = 지금은 마칠 것이 열려 있지 않아요. 강아지가 한 행동을 알려 주시거나, 아래 말 중에서 보내 주세요.
talk-sad = 많이 속상하셨겠어요. 무슨 일이 있었는지 조금 더 알려 주시면 함께 살펴볼게요.
talk-lost = 막막하실 수 있어요. 많은 보호자님이 그래요. 하나씩 같이 풀어 봐요. 🐾 최근에 있었던 일 한 번을 들려주세요: 바로 전에 무슨 일이 있었는지, 강아지가 무엇을 했는지, 그 직후에 어떻게 하셨는지요.
talk-wait = 네, 천천히 하세요! 😊 준비되시면 편하게 말씀해 주세요.
## 기다리는 보고가 없을 때 "답이 왜 안와요", "why no answer?" (미리 빼둔 9번 묶음: 코치 모델에 간 질문): 기다리는 답이 없다는 말과 다음에 할 일.
talk-nothing-waiting = 지금 제 답을 기다리는 메시지는 없어요. 🐾 혹시 제가 놓친 메시지가 있다면 한 번 더 보내 주세요. 강아지가 한 행동을 알려 주시거나, "결과 보기"를 보내면 마지막 분석을 다시 볼 수 있어요.
talk-impatient = 기다리시게 해서 죄송해요! 🙏 분석이 끝나는 대로 바로 보내 드릴게요. 그동안 더 알려 주실 것이 있으면 편하게 적어 주세요.
## 보고가 기다리는 동안 "결과 나오면 알려주세요" (56차, held-out 12: 코치 모델 질문으로 갔어요): 결과가 나오는 대로 여기로 보내 드린다는 말.
talk-tell-me = 네, 분석이 끝나는 대로 여기로 바로 보내 드릴게요! 😊 그동안 더 알려 주실 것이 있으면 편하게 적어 주세요.
talk-confirmed = 네, 그대로 둘게요. 😊
talk-confused = 제가 헷갈리게 말씀드렸나 봐요. 🐾 저는 강아지가 한 행동을 듣고 상황을 정리해 드리는 코치예요. 무슨 일이 있었는지 편하게 알려 주시거나, "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
talk-confused-question = 제가 헷갈리게 여쭤봤나 봐요. 같은 질문을 아래에 다시 드릴게요. 멈추시려면 "취소", 제가 할 수 있는 일이 궁금하시면 "도움말"이라고 보내 주세요.
# 아무것도 열려 있지 않을 때의 "이게 무슨 질문이에요?" (스톱 55, 배치 495: 코치 모델에게 보냈어요): 답을 기다리는 질문이 없다고, 무엇을 하면 되는지 말해요
talk-no-question = 지금 답을 기다리는 제 질문은 없어요. 🐾 강아지가 한 행동을 알려 주시면 정리해 드리고, "설문"이라고 보내시면 강아지 소개를, "도움말"이라고 보내시면 제가 할 수 있는 일을 보여 드려요.
# 결과를 보여 드린 직후의 "그게 무슨 뜻이에요?" (stop 49, 보호자 체험: 설문 중에는 설문의 답이나 새 기록, "제가 헷갈리게 여쭤봤나 봐요"가 됐어요): 결과의 말을 쉬운 말로 풀어 드려요. 열린 질문은 아래에 다시 드려요.
talk-result-meant = 📖 결과를 쉬운 말로 풀어 드릴게요.
    A — 직전 상황: 행동 바로 전에 있었던 일, 행동을 불러온 신호예요.
    B — 행동: 강아지가 실제로 한 일이에요.
    C — 직후 결과: 행동 바로 뒤에 강아지가 얻거나 피한 것이에요. 이게 행동을 계속하게 만들어요.
    행동의 목적은 강아지가 그 행동으로 얻는 것에 대한 제 추정이고, 강도는 1(약함)부터 4(심함)까지예요.
    👉 지금은 "다음에 해 볼 것" 하나만 며칠 해 보시면 돼요. 그래도 모르시는 부분이 있으면 그 부분을 물어봐 주세요.
talk-praise = 정말 사랑스럽네요! 🐶💛 그런 순간이 소중하죠. 고민되는 행동이 생기면 언제든 알려 주세요.
## 위험 신호 뒤 하루 안의 좋은 소식 ("지금은 괜찮은 것 같아요", 발작 뒤; 오너 체험 23: "멋진 발전이에요! 🎉"): 다행이라고 하고, 위의 안전 안내는 그대로예요.
talk-news-after-alarm = 다행이에요. 지금은 괜찮아 보여도 위에 드린 안전 안내대로 꼭 수의사와 상의해 주세요. 바로 드러나지 않는 문제도 있어요. 새로 보이는 게 있으면 알려 주세요.
## 보호자가 강아지를 무서워할 때 ("솔직히 얘가 무서워요"; 오너 체험 23): 따뜻하게, 무엇을 알려 주시면 되는지, 안전이 걸리면 직접 만나는 도움.
talk-owner-crisis-help = 그렇게 힘드시다니 마음이 아파요. 말씀해 주셔서 고마워요. 지금 혼자 견디지 마시고 전화해 주세요: 자살예방상담전화 109 (24시간), 정신건강위기상담 1577-0199. 지금 위험하다면 119나 112로 바로 전화해 주세요.
## 보호자가 위험할 때: 자살예방상담전화 109 (2024년 1월부터 하나로 모은 24시간 번호, 보건복지부), 정신건강위기상담 1577-0199, 위급하면 119/112. 아무것도 저장하지 않아요.
talk-owner-crisis = { talk-owner-crisis-help } 강아지 이야기는 보호자님이 괜찮아지신 뒤에 언제든 함께할게요.
## 강아지 이야기와 함께 한 같은 말 ("밤마다 짖어서 잠을 못자요 그냥 사라지고 싶어요"; 보호자 체험 31: 위기 안내 없이 분석했어요): 보호자 먼저, 그다음 강아지 이야기는 평소처럼 적고 살펴봐요.
talk-owner-crisis-beside = { talk-owner-crisis-help } 강아지 이야기도 적어 두었어요. 보호자님이 조금이라도 덜 힘드시게 같이 살펴볼게요.
## 강아지가 세상을 떠났을 때: 위로, 그리고 할 수 있는 것 (체크인 끄기, 강아지 지우기). 아무것도 저장하지 않아요.
talk-bereaved = 많이 힘드시겠어요. 함께한 시간 동안 그렇게 마음 써 주신 보호자님이 있어서 강아지도 행복했을 거예요. 🌈 확인 메시지를 그만 받으시려면 "체크인 끄기", 강아지를 목록에서 지우시려면 "강아지 지우기"라고 보내 주세요. 기록은 지우지 않는 한 그대로 남아 있어요.
talk-owner-afraid = 그런 마음이 드시는 것도 당연해요. 많은 보호자분들이 겪는 일이에요. 말씀해 주셔서 고마워요. 강아지 때문에 무서웠던 때를 하나 알려 주세요: 바로 전에 무슨 일이 있었는지, 강아지가 무엇을 했는지, 그 뒤에 어떻게 됐는지요. 함께 살펴볼게요. 이미 문 적이 있거나 집에서 안전하지 않다고 느끼시면 수의 행동 전문의나 공인 행동 상담사를 직접 만나 보시길 권해요.
# 지금 병원에 간다는 말("ㅇㅋ 병원갈게", 안전 안내 뒤; 보호자 체험 25): 병원이 먼저예요.
talk-to-vet = 네, 병원이 먼저예요. 다녀오셔서 수의사 선생님 말씀이나 강아지 상태를 알려 주시면 거기서부터 이어 갈게요.
# 병원에 다녀와 괜찮다는 소식("병원 다녀왔는데 괜찮대요"; 보호자 체험 30): 다행이라는 말, 오늘 살펴볼 것.
talk-vet-cleared = 다행이에요! 수의사 선생님이 봐 주셨으니 한결 마음이 놓이네요. 오늘 하루는 평소처럼 먹고 노는지 살펴봐 주세요. 걱정되는 행동이 생기면 언제든 알려 주세요.
talk-news = 정말 잘됐네요! 🎉 보호자님과 강아지 모두 수고 많으셨어요. 고민되는 행동이 생기면 언제든 알려 주세요.
talk-update = 소식 알려 주셔서 고마워요! 🐾 강아지 프로필이나 기록은 바꾸지 않았어요. 고민되는 행동이 생기면 언제든 강아지가 한 일을 알려 주세요.
talk-plan = 응원할게요! 🐾 해 보시고 어땠는지 알려 주세요. 작은 변화도 큰 진전이에요.
## 수의사 안내로 훈련이 멈춰 있을 때의 좋아졌다는 소식 (stop 63: 수의사 안내 뒤 "조금 나아졌습니다"에 "꾸준히 이어가 보시고"): 반갑다고 하고, 수의사 말이 먼저예요.
talk-worked-held = 좋은 소식이라 다행이에요. 🐾 다만 지금은 훈련을 잠시 멈춰 둔 상태예요. 먼저 수의사 선생님 안내를 따라 주시고, 수의사 선생님이 괜찮다고 하시면 어떻게 지내는지 알려 주세요. 그때 훈련을 다시 이어가요.
talk-worked = 효과가 있었다니 정말 잘됐네요! 🎉 꾸준히 이어가 보시고, 며칠 뒤 어떤지 또 알려 주세요.
talk-progress-kept = { $category } 계획에 '나아지는 중'으로 기록해 둘게요.
# 지금 해 보는 계획과 다른 행동이 나아졌다는 말("씹는 건 좀 나아졌어요", 짖음 계획 중; 오너 트라이얼 22): 그 계획의 진행으로 기록하지 않아요.
talk-progress-other = 다행이에요! 지금 해 보시는 계획은 { $category }에 대한 거라서, 이번 이야기는 그 계획의 진행으로 기록하지 않았어요. { JOSA($category, "은", "는") } 요즘 어떤지 편하실 때 알려 주세요. 다른 행동에 일이 생기면 있었던 일을 한 번 적어 주세요.
talk-feedback = 알겠어요. { $category } 계획에 '아직 효과 없음'으로 기록해 둘게요. 다음에 그 행동이 나오면 있었던 일과 해 보신 것을 알려 주세요. 다른 방법을 찾아 드릴게요. "다른 방법은 뭐가 있어요?"처럼 질문하셔도 돼요.
talk-feedback-early = 알겠어요. 기록에 남겨 둘게요. 아직 제가 권한 방법은 없어요. 결과가 오면 그 방법을 해 보시고, 이미 해 보신 방법이면 알려 주세요. 그 계획에 기록해 둘게요. "다른 방법은 뭐가 있어요?"처럼 질문하셔도 돼요.
talk-misfit = 알려 주셔서 고마워요. 그 방법은 지금은 잘 맞지 않네요. 다음에 그 행동이 나오면 있었던 일과 해 보신 것을 알려 주세요. 다른 방법을 찾아 드릴게요. "간식 대신 뭘 쓰면 돼요?"처럼 질문하셔도 돼요.
talk-delete-one = 기록을 하나씩 지우는 기능은 아직 없어요. 기록은 "기록"이라고 보내시면 볼 수 있고, 저장된 정보를 모두 지우시려면 "내 정보 삭제"라고 보내 주세요 (지우기 전에 한 번 더 여쭤봐요).
# Records alone asked to be removed ("기록 다 지워줘", "delete my records"): not possible on their own; what can be done, nothing offered beyond what was asked.
talk-delete-records = 기록만 따로 지우는 기능은 아직 없어요. 지금까지의 기록은 그대로 있어요. "기록"이라고 보내시면 기록을 볼 수 있어요. 강아지 한 마리의 프로필과 기록을 함께 지우시려면 "강아지 지우기", 저장된 내 정보를 모두 지우시려면 "내 정보 삭제"라고 보내 주세요 (둘 다 지우기 전에 한 번 더 여쭤봐요).
# Small talk (owner trial 11): an apology, giving up on what was said, the last message taken back (records cannot be removed one at a time).
talk-sorry = 괜찮아요, 전혀 신경 쓰지 않으셔도 돼요 😊 준비되시면 강아지가 한 행동을 편하게 알려 주세요.
talk-dismiss = 네, 알겠어요. 언제든 강아지가 한 행동을 알려 주시거나 "도움말"이라고 보내 주세요.
talk-retract = 네, 방금 보내신 말은 기록에 더하지 않았어요. 바로 전에 보낸 기록을 지우려 하셨다면: 기록을 하나씩 지우는 기능은 아직 없어요. "기록"이라고 보내시면 기록을 볼 수 있고, 저장된 정보를 모두 지우시려면 "내 정보 삭제"라고 보내 주세요 (지우기 전에 한 번 더 여쭤봐요).
talk-may-ask = 네, 물론이죠! 😊 궁금한 걸 편하게 물어보세요.
talk-just-asking = 네, 알겠어요. 방금 말씀은 따로 기록하지 않았어요. 강아지에 대해 궁금한 건 언제든 물어보시거나, 강아지가 한 행동을 알려 주세요.
# 알아들은 것이 틀렸다는 말 ("그게 아니라요…", 보호자 체험 16): 어떤 일이었는지 여쭤보고, 보고에 더하는 건 없어요.
talk-objection = 제가 잘못 이해했다면 죄송해요. 어떤 일이 있었는지 편하게 말씀해 주시면 다시 살펴볼게요.
talk-other = 😊 강아지가 한 행동을 알려 주시면 상황을 정리해 드려요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
noise-hint = 무슨 뜻인지 잘 모르겠어요. 강아지가 한 행동을 문장으로 알려 주시거나 "도움말"이라고 보내 주세요.
label-ask-incident = { $category } 고민이시군요. 도와드릴게요. 최근에 있었던 일 한 번을 들려주세요: 바로 전에 무슨 일이 있었는지, 강아지가 무엇을 했는지, 그 직후에 어떻게 됐는지요. 예: "어제 초인종이 울리자 현관으로 달려가 짖었고, 제가 안아서 데려왔어요."
report-kept-in-flow = 말씀하신 일은 따로 저장해서 분석할게요. 하던 질문으로 돌아갈게요.
# 같은 말을 분석 중이라는 안내 바로 아래에서: 그 안내가 이미 분석한다고 말해요 (stop 53: 같은 말을 두 번 했음).
report-kept-back = 하던 질문으로 돌아갈게요.
# 보고와 함께 따로 한 문장으로 물은 질문 (batch 76: 질문이 말없이 빠졌음).
report-question-noted = 함께 물어보신 질문도 봤어요: "{ $question }". 분석은 있었던 일을 살펴보는 거라, 답이 안 되면 질문만 따로 한 번 더 보내 주세요. 바로 답해 드릴게요.
report-kept-with-answer = 답으로 저장했어요 — { $field }: { $value }. 함께 말씀하신 일은 따로 저장해서 분석할게요.
first-report-offer = 강아지에 대해 몇 가지만 알려 주시면 더 잘 맞는 조언을 드릴 수 있어요. 2분 정도 걸려요.
first-report-start = 🐶 강아지 소개하기
    .aliases = 강아지 소개하기, 소개하기
cancel-newdog = 멈췄어요. 새 강아지의 답은 저장돼 있어요. 지금은 계속 { $name }의 이야기를 할게요. 새 강아지의 설문은 "프로필"에서 "다른 강아지"를 고르시면 이어서 하실 수 있어요.
cancel-newdog-empty = 멈췄어요. 계속 { $name }의 이야기를 할게요.
talk-reminders = 매일 보내는 알림이나 메시지는 없어요. 조언을 드리고 며칠 뒤에 "어떻게 됐어요?"라고 여쭤보는 체크인만 보내요. 그만 받으시려면 "체크인 끄기", 다시 받으시려면 "체크인 켜기"라고 보내 주세요. 강아지가 한 일은 언제든 알려 주세요.
# The survey offered for the profile, ending both lines below
talk-profile-start = "네"라고 보내 주시면 바로 시작할게요(2분 정도).
talk-profile = 강아지 프로필에 들어갈 내용 같아요. 있었던 일이 아니라서 기록에는 붙이지 않았어요. 프로필은 따로 여쭤봐요: { talk-profile-start }
# The same told with no dog yet, the answer kept for the survey (owner trial 30: lost, then asked again)
talk-profile-kept = 강아지 소개 질문을 시작하면 이건 다시 여쭙지 않을게요. { talk-profile-start }
first-report-yes = 네
    .aliases = 네, 넵, 넹, 녜, 예, 응, 웅, 좋아요, 좋아, 그래요, 그럴게요, 할게요, 해 볼게요, 알려 줄게요, 알려 드릴게요, 소개할게요, 오케이, ㅇㅇ, ㅇㅋ, 해요, 시작해요, 시작할게요, 할래요, 해 볼래요, 좋습니다, 그래, 좋아요 할게요, ㅇㅇ 해요, 네 해요, 네 할게요, 그래요 해요, 좋아요 해요, 콜, 시작하겠습니다, 시작 하겠습니다, 시작 할게요, 시작해 주세요, 시작해주세요, 하겠습니다, 할게요 시작해 주세요, 네 시작할게요, 네 시작 할게요, 네 시작하겠습니다, 네 시작 하겠습니다, 네 하겠습니다, 넵 시작할게요, 좋아요 시작해요, 좋습니다 시작하겠습니다, 질문 할게요, 질문할게요, 네 질문 할게요, 네 질문할게요, 질문 답할게요, 네 답할게요, 답할게요, 질문 해 주세요, 질문해 주세요, 질문해주세요, 좋아요 질문해 주세요
## 첫 보고 뒤 설문 제안을 미룸("나중에요"): 입력으로만, 버튼 없음. 후속 질문은 그대로 열려 있어요.
first-report-later = 나중에
    .aliases = 나중에, 나중에요, 나중에 할게요, 나중에 할께요, 다음에, 다음에요, 다음에 할게요, 다음에 할께요, 지금은 말고요, 지금은 말고, 지금은 괜찮아요, 이따가, 이따가요, 이따 할게요, 담에 할게요, 담에요
first-report-declined = 네, 나중에 해요. 원하실 때 "강아지 소개하기"라고 보내 주시면 강아지에 대해 여쭤볼게요(2분 정도). 강아지가 한 일은 언제든 알려 주세요.
## 설문 첫 질문에서 "나중에요": 미루고, 다시 시작하는 방법을 알려 줘요.
cancel-later = 네, 나중에 해요. 원하실 때 "강아지 소개하기"라고 보내 주시면 강아지에 대해 여쭤볼게요(2분 정도).
help-survey = 강아지 소개 — 강아지 설문 시작하기·이어서 하기
profile-none-offer = 아직 강아지 정보가 없어요. "강아지 소개"라고 보내 주시면 강아지에 대해 여쭤볼게요.
# 첫 설문 중에 강아지 바꾸기나 지우기를 말했을 때(스톱 59 확인 체험: 설문을 다시 권하고 질문은 다시 묻지 않았어요): 설문을 마치면 등록된다는 말, 그리고 아래에 질문을 다시.
profile-none-survey-open = 아직 등록된 강아지가 없어요. 지금 하시는 설문을 마치면 강아지가 등록돼요.
profile-survey-open = (설문 중이에요: 지금까지 답하신 내용이에요. 아래 질문에 답하시면 이어서 할게요.)
profile-survey-open-empty = 지금 강아지 소개 설문 중이에요. 아직 답하신 내용이 없어요. 아래 질문에 답하시면 이어서 할게요.
profile-remove = 🗑 이 강아지 지우기
profile-remove-ask = { $name }의 프로필과 기록을 모두 지울까요? 되돌릴 수 없어요. 다른 강아지와 대화 내용은 그대로 남아요.
profile-remove-yes = 네, 지워 주세요
    .aliases = 네, 넵, 예, 응, 웅, ㅇㅇ, 그래요, 네 지워 주세요, 지워 주세요, 지워줘, ㅇㅋ
profile-remove-no = 지우지 않을래요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 취소, 됐어요, 괜찮아요, 안 지울래요, 놉, 아뇽
# 강아지 목록에 적은 네·아니요: 아니요는 아무것도 하지 않고, 강아지가 여럿일 때 네는 어느 강아지인지 물어요.
picker-none = 알겠어요. 아무것도 바꾸지 않았어요.
picker-which = 어느 강아지 말씀이세요? 아래에서 이름을 골라 주세요.
profile-remove-pick = 어느 강아지를 지울까요? 고르시면 지우기 전에 한 번 더 여쭤볼게요.
profile-remove-unknown = { JOSA($name, "이라는", "라는") } 강아지는 등록돼 있지 않아서 아무것도 지우지 않았어요. 등록된 강아지: { $dogs }
# $kept: "yes"(기본)이면 지운 강아지에서 남겨 두는 것(이름만, 나중에 말씀하시면 알아듣도록), 어디서 보시는지, 무엇으로 지워지는지 함께 말해요(스톱 58). 이름 없는 강아지는 "no".
profile-removed = { $name }의 프로필과 기록을 지웠어요.{ $kept ->
        [no] { "" }
       *[yes] { " " }나중에 { $name } 이야기를 하시면 알아들을 수 있도록 이름({ $name })만 남겨 두었어요. 내 데이터 내보내기에 들어 있고, 모든 데이터를 지우면 함께 지워져요.
    }
profile-remove-kept = 아무것도 지우지 않았어요.
# 강아지를 지운 바로 뒤 "아니 취소": 이미 지웠고 되돌릴 수 없다는 말(스톱 50 체험: "아무것도 지우지 않았어요"라고 했어요).
profile-remove-already = 이미 지웠어요. 지운 강아지의 프로필과 기록은 되돌릴 수 없어요.
profile-remove-dropped = { JOSA($name, "은", "는") } 삭제하지 않았어요. 삭제하시려면 다시 말씀해 주세요.

# 저장소가 제때 답하지 않아 메시지를 하나도 남기지 못했을 때 (텔레그램 웹훅처럼 스스로 다시 보내 주는 곳에는 보이지 않아요).
store-unavailable = 지금은 저장소가 응답하지 않아 메시지를 저장하지 못했어요. 아무것도 남지 않았으니 1분쯤 뒤에 다시 보내 주세요.
store-unavailable-late = 저장소가 응답하지 않아 바로 전에 보내 주신 메시지를 저장하지 못했어요. 번거로우시겠지만 다시 보내 주세요.

## 설문을 첫 질문부터 다시 하기 ("처음부터 다시", "리셋"): 먼저 여쭤봐요. 네: 그 강아지의 답을 지우고
## 첫 질문(이름, 지금 이름을 권해요)부터; 아니요: 열려 있던 질문을 이어서; 다른 말: 질문은 접고 그 말대로.
restart-ask = { $name }의 설문을 첫 질문부터 다시 할까요? 지금까지의 답은 새 답으로 바뀌어요. 기록과 다른 강아지는 그대로예요.
restart-yes = 네, 처음부터 할게요
    .aliases = 네, 예, 응, 웅, ㅇㅇ, 넵, 네네, 좋아요, 그래요, 처음부터, 네 처음부터, 처음부터 할게요, 다시 할게요, ㅇㅋ
restart-no = 아니요, 이어서 할게요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 아니요 이어서, 이어서, 이어서 할게요, 계속, 계속할게요, 취소, 놉, 아뇽
restart-done = 좋아요, 첫 질문부터 다시 할게요.
restart-kept = 답은 그대로 두었어요.

## 언어 질문을 취소했을 때 ("아니요", "됐어요"): 바뀐 것 없음.
language-keep = 언어 그대로
language-kept = 알겠어요. 바꾼 것은 없어요.

## trial 9 (words)
talk-fond = 고마워요! 💛 큰 힘이 돼요. 필요할 때 언제든 강아지가 한 행동을 알려 주시거나 "도움말"이라고 보내 주세요.
# 사진을 가리키기만 하는 말("이러고 있어요", "얘 왜 이래요", 보호자 체험 15): 사진은 아직 못 봐요. 말로 알려 달라고 해요. 아무것도 저장하지 않았어요.
talk-shown = 📷 사진은 아직 볼 수 없어요. 사진 속에서 강아지가 무엇을 하고 있는지 말로 알려 주세요: 어디였는지, 무엇을 했는지, 바로 전에 무슨 일이 있었는지요.
# 다른 반려동물을 말했을 때("우리집에 고양이 나비도 있어요", 오너 트라이얼 10): 도그코치는 강아지만 코칭해요. 아무것도 저장하지 않았어요.
talk-not-a-dog = 반가워요! 다만 저는 강아지만 코칭해서, 다른 반려동물은 등록하거나 저장하지 않았어요. 함께 사는 강아지가 더 있다면 "강아지 추가"라고 보내 주세요.
# 강아지가 아닌 동물만 묻는 질문("고양이도 상담 되나요?", 오너 트라이얼 22): 도그코치는 강아지만 코칭해요. 코치 모델에 보내지 않아요.
talk-other-species = 저는 강아지만 코칭해서 다른 동물은 도와드리기 어려워요. 그 동물을 보는 수의사나 행동 전문가에게 물어봐 주세요. 강아지와 다른 반려동물 사이의 일이라면, 강아지가 무엇을 했는지 알려 주세요.
# 있었던 일을 말했지만 아는 행동이 없는 말 (held-out batch 3: "주저앉았어요"가 "무슨 뜻인지 모르겠어요"로 버려졌음): 보관해 두고, 누르시면 분석해요.
unclear-event = 강아지가 어떤 행동을 했는지 제가 잘 못 알아들었어요. 있었던 일이라면 아래 '{ unclear-analyse }'를 골라 주세요. 보고로 분석해 드릴게요. 아니면 강아지가 한 행동을 한 문장으로 알려 주세요 (짖었어요, 숨었어요, 줄을 당겼어요…).
unclear-analyse = 🔍 분석하기
    .short = 분석하기
    .aliases = 분석하기, 분석해 주세요, 분석해주세요, 분석해줘
# 번호로 고를 것이 없는 보기(이번 주, 지금까지 변화, 빈 기록) 바로 뒤에 숫자만 보냈을 때 (보호자 체험 16: 설문 질문의 답으로 저장됐어요).
picker-number-not-listed = 방금 보여 드린 내용에는 고를 번호가 없어요. 기록을 하나씩 보시려면 "기록"이라고 보내 주세요.
picker-number-not-listed-question = 방금 보여 드린 내용에는 고를 번호가 없어요. 아래 질문에 답하신 거라면 같은 답을 한 번 더 보내 주세요.
# /timezone (stop 50): 시간대를 정했거나, 보여 주거나, 알아듣지 못했을 때. $zone: "Europe/London (UTC+0)", "UTC-5"; $time: 그곳의 지금 시각("오후 6시 44분").
timezone-set = 알겠어요. 이제부터 날짜와 시각은 { $zone } 기준으로 보여 드릴게요. 그곳은 지금 { $time }이에요.
timezone-current = 지금 시간대는 { $zone }이에요(그곳은 지금 { $time }). 바꾸시려면 계신 곳을 알려 주세요. 예: "런던에 살아요", "뉴욕 시간으로 해줘", "UTC-5"
timezone-default = 날짜와 시각은 봇의 기본 시간대인 { $zone } 기준이에요(그곳은 지금 { $time }). 다른 곳에 계시면 알려 주세요. 예: "런던에 살아요", "뉴욕 시간으로 해줘", "UTC-5"
timezone-unknown = 그 시간대는 잘 모르겠어요. 도시나 나라, 시간대로 알려 주세요. 예: "런던에 살아요", "뉴욕 시간으로 해줘", "한국 시간으로 해줘", "GMT+1", "UTC-5"
# 시간대가 여럿인 나라 ("미국으로 이사왔어요", "시간대 미국"; stop 53: 지금 시간대만 보여 주고 고를 수가 없었음): 그 나라의 주요 시간대를 버튼으로. $country: timezone-country-<key>.
timezone-country = { $country }에는 시간대가 여러 개 있어요. 어느 시간대에 계세요? 아래에서 골라 주시거나 사시는 도시를 알려 주세요 (예: "시카고에 살아요").
timezone-country-us = 미국
timezone-country-canada = 캐나다
timezone-country-australia = 호주
timezone-country-russia = 러시아
timezone-country-brazil = 브라질
timezone-country-mexico = 멕시코
# 보여 줄 시간대마다: 지역과 대표 도시, 지금의 UTC 차이 ($offset: "UTC-5"); .short 는 좁은 버튼용 (카카오: 14자).
timezone-zone-america-new_york = 동부 · 뉴욕 ({ $offset })
    .short = 동부
timezone-zone-america-chicago = 중부 · 시카고 ({ $offset })
    .short = 중부
timezone-zone-america-denver = 산악 · 덴버 ({ $offset })
    .short = 산악
timezone-zone-america-phoenix = 애리조나 · 피닉스 ({ $offset })
    .short = 애리조나
timezone-zone-america-los_angeles = 서부 · 로스앤젤레스 ({ $offset })
    .short = 서부
timezone-zone-america-anchorage = 알래스카 · 앵커리지 ({ $offset })
    .short = 알래스카
timezone-zone-pacific-honolulu = 하와이 · 호놀룰루 ({ $offset })
    .short = 하와이
timezone-zone-america-st_johns = 뉴펀들랜드 · 세인트존스 ({ $offset })
    .short = 뉴펀들랜드
timezone-zone-america-halifax = 대서양 · 핼리팩스 ({ $offset })
    .short = 대서양
timezone-zone-america-toronto = 동부 · 토론토 ({ $offset })
    .short = 동부
timezone-zone-america-winnipeg = 중부 · 위니펙 ({ $offset })
    .short = 중부
timezone-zone-america-edmonton = 산악 · 에드먼턴 ({ $offset })
    .short = 산악
timezone-zone-america-vancouver = 서부 · 밴쿠버 ({ $offset })
    .short = 서부
timezone-zone-australia-perth = 서부 · 퍼스 ({ $offset })
    .short = 서부
timezone-zone-australia-darwin = 북부 · 다윈 ({ $offset })
    .short = 북부
timezone-zone-australia-adelaide = 남부 · 애들레이드 ({ $offset })
    .short = 남부
timezone-zone-australia-brisbane = 퀸즐랜드 · 브리즈번 ({ $offset })
    .short = 퀸즐랜드
timezone-zone-australia-sydney = 동부 · 시드니, 멜버른 ({ $offset })
    .short = 동부
timezone-zone-europe-kaliningrad = 칼리닌그라드 · 칼리닌그라드 ({ $offset })
    .short = 칼리닌그라드
timezone-zone-europe-moscow = 모스크바 · 모스크바 ({ $offset })
    .short = 모스크바
timezone-zone-asia-yekaterinburg = 우랄 · 예카테린부르크 ({ $offset })
    .short = 우랄
timezone-zone-asia-novosibirsk = 시베리아 · 노보시비르스크 ({ $offset })
    .short = 시베리아
timezone-zone-asia-irkutsk = 이르쿠츠크 · 이르쿠츠크 ({ $offset })
    .short = 이르쿠츠크
timezone-zone-asia-vladivostok = 극동 · 블라디보스토크 ({ $offset })
    .short = 극동
timezone-zone-america-sao_paulo = 브라질리아 · 상파울루, 리우 ({ $offset })
    .short = 브라질리아
timezone-zone-america-manaus = 아마존 · 마나우스 ({ $offset })
    .short = 아마존
timezone-zone-america-rio_branco = 아크리 · 히우브랑쿠 ({ $offset })
    .short = 아크리
timezone-zone-america-noronha = 섬 지역 · 페르난두지노로냐 ({ $offset })
    .short = 섬 지역
timezone-zone-america-mexico_city = 중부 · 멕시코시티 ({ $offset })
    .short = 중부
timezone-zone-america-cancun = 동남부 · 칸쿤 ({ $offset })
    .short = 동남부
timezone-zone-america-chihuahua = 치와와 · 치와와 ({ $offset })
    .short = 치와와
timezone-zone-america-hermosillo = 소노라 · 에르모시요 ({ $offset })
    .short = 소노라
timezone-zone-america-tijuana = 북서부 · 티후아나 ({ $offset })
    .short = 북서부
# 자기 시간대가 없는 영어 사용자에게 체크인 날짜를 처음 약속하거나 시각을 정할 때 한 번만 해요(stop 50). $zone: 봇의 시간대("Asia/Seoul").
timezone-told = (이 시각은 { $zone } 기준이에요. 다른 곳에 계시면 알려 주세요. 예: "런던에 살아요", "UTC-5")

## 삭제한 강아지의 이름이 나중에 다시 나올 때(stop 57, 이슈 11의 8번: "보리 없어졌어?"가 코치 모델로
## 가고, "보리 기록 보여줘"는 등록된 적 없는 강아지처럼, "보리가 또 짖어요"는 아직 등록 안 된 강아지처럼
## 답했어요). 삭제한 강아지라는 것, 지금 이야기하는 강아지, 다시 등록하는 방법을 말해요.
## $name: 삭제한 강아지, $active: 지금 강아지, $dogs: 등록된 강아지들, $offer: yes(추가 버튼이
## 함께 나가고 "네"로 등록) / no(설문 등 다른 질문이 열려 있을 때).
removed-dog-asked = { JOSA($name, "은", "는") } 삭제하신 강아지예요. 그때 프로필과 기록도 함께 지웠어요. 지금은 { $active }의 이야기를 하고 있어요. { $offer ->
        [yes] { JOSA($name, "을", "를") } 다시 등록할까요?
       *[no] { JOSA($name, "을", "를") } 다시 등록하시려면 '강아지 추가'라고 보내 주세요.
    }
removed-dog-none = { JOSA($name, "은", "는") } 삭제하신 강아지예요. 그때 프로필과 기록도 함께 지웠고, 지금 등록된 강아지는 없어요. { $offer ->
        [yes] { JOSA($name, "을", "를") } 다시 등록할까요?
       *[no] { JOSA($name, "을", "를") } 다시 등록하시려면 '강아지 추가'라고 보내 주세요.
    }
# 아직 등록된 강아지가 지워졌는지 물을 때("보리 지웠어?", "보리 삭제됐어요?"; 스톱 58): 지우지 않았다는 말, 아무것도 지우지 않아요.
removed-dog-still-here = 아니요, { JOSA($name, "은", "는") } 그대로 있어요. { $name }의 프로필과 기록은 지우지 않았어요.
# 지웠냐고 물은 이름이 보호자의 강아지(지운 강아지 포함)가 아닐 때("맥스 지웠어?"; 스톱 59: 코치 모델에게 보낸 질문이 됐어요): 아무것도 지우지 않았고, 등록된 강아지를 말해요.
removed-dog-none-asked = 지운 강아지는 없어요. 등록된 강아지: { $dogs }
# 정해진 시간 안에 읽지 못한 메시지(`UNDERSTANDING_BUDGET_SECONDS`; 스톱 58): 남겨 두고, 짧게 다시 보내 달라고 해요.
understanding-over-budget = 죄송해요, 이 메시지를 제때 읽지 못했어요. 메시지는 남겨 두었어요. 조금 짧게, 또는 몇 번에 나눠서 다시 보내 주시겠어요?
removed-dog-view = { JOSA($name, "은", "는") } 삭제하신 강아지라 보여 드릴 기록이 없어요(그때 프로필과 기록을 함께 지웠어요). 등록된 강아지: { $dogs }. { $offer ->
        [yes] { JOSA($name, "을", "를") } 다시 등록할까요?
       *[no] { JOSA($name, "을", "를") } 다시 등록하시려면 '강아지 추가'라고 보내 주세요.
    }
removed-dog-switch = { JOSA($name, "은", "는") } 삭제하신 강아지라 바꾸지 않았어요. 지금은 { $active }의 이야기를 하고 있어요. { $offer ->
        [yes] { JOSA($name, "을", "를") } 다시 등록할까요?
       *[no] { JOSA($name, "을", "를") } 다시 등록하시려면 '강아지 추가'라고 보내 주세요.
    }
## 삭제한 강아지만 나오는 행동 기록: 버리지 않고 우선 지금 강아지의 기록에 남겨 분석하고, 다시 등록하면
## 그 강아지의 기록으로 옮겨요(아직 등록 안 된 강아지와 같은 방식, stop 50). $typed: 삭제한 강아지, $name: 지금 강아지.
report-filed-removed = { JOSA($typed, "은", "는") } 삭제하신 강아지라 이 이야기는 우선 { $name }의 기록에 남겼어요. { JOSA($typed, "을", "를") } 다시 등록하시면 { $typed }의 기록으로 옮길게요. { $offer ->
        [yes] { JOSA($typed, "을", "를") } 다시 등록할까요?
       *[no] 설문을 마치신 뒤 '강아지 추가'라고 보내 주시면 { JOSA($typed, "을", "를") } 다시 등록할 수 있어요.
    }
## 하나뿐인 강아지를 삭제한 뒤 그 강아지의 행동 기록: 강아지 없이 남겨 두고, 다시 등록하면 그 강아지의 기록이 돼요(stop 57).
report-kept-removed = { JOSA($typed, "은", "는") } 삭제하신 강아지라 이 이야기는 우선 강아지 없이 기록에 남겼어요. { JOSA($typed, "을", "를") } 다시 등록하시면 { $typed }의 기록이 돼요. { $offer ->
        [yes] { JOSA($typed, "을", "를") } 다시 등록할까요?
       *[no] '강아지 추가'라고 보내 주시면 { JOSA($typed, "을", "를") } 다시 등록할 수 있어요.
    }
# stop 64 owner trial (Kakao): "이거 아빠한테 보여줘도 돼?" at a result's question, added to the report; an aside about the chat, answered, nothing stored
talk-chat-shared = 그럼요, 편하게 보여 주셔도 돼요 😊 강아지가 또 무언가를 하면 언제든 알려 주세요.
