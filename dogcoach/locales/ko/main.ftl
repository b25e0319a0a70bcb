## 명령어, 도움말, 일상적인 답.

start-welcome = 안녕하세요! 저는 도그코치예요 🐾 강아지의 행동을 이해하고 다음에 해 볼 것을 함께 찾아 드려요. 먼저 강아지에 대해 몇 가지만 여쭤볼게요. 2분 정도 걸려요. 언제든 "취소"라고 보내시면 멈출 수 있고, 그때까지의 답은 저장돼요. 제가 할 수 있는 일은 "도움말"이라고 보내시면 알려 드려요. (English? Send "English".)
start-welcome-back = 다시 오셨네요! { JOSA($name, "은", "는") } 잘 지내고 있나요?
start-help-hint = 제가 할 수 있는 일이 궁금하시면 "도움말"이라고 보내 주세요.
start-resume = 멈췄던 곳부터 이어서 할게요.
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
    팁 끄기, 팁 켜기 (/tips) — 훈련 팁 받기 켜기·끄기
    체크인 끄기, 체크인 켜기 (/checkins) — 며칠 뒤 확인 메시지 켜기·끄기
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
    팁 끄기, 팁 켜기 — 훈련 팁 받기 켜기·끄기
    체크인 끄기, 체크인 켜기 — 며칠 뒤 확인 메시지 켜기·끄기
    취소 — 지금 하던 질문 멈추기
    내보내기 — 저장된 내 정보 모두 받기
    내 정보 삭제 — 저장된 내 정보 모두 지우기
    도움말 — 이 안내 보기
cancel-done = 멈췄어요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
cancel-kept = 멈췄어요. 지금까지의 답은 저장돼 있어요. "시작"이라고 보내시면 설문을 이어서 하실 수 있어요.
cancel-edit-done = 멈췄어요. 프로필은 그대로예요.
cancel-nothing = 지금은 멈출 것이 없어요.
unknown-command = 제가 모르는 명령어예요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
unsupported-input = 지금은 글만 읽을 수 있어요. 무슨 일이 있었는지 글로 알려 주세요.
stale-button = 더 이상 쓸 수 없는 버튼이에요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.

language-ask = 어떤 언어로 이야기할까요? / Which language would you like?
language-name-ko = 한국어
    .aliases = 한국어, korean, 한글, 한국말
language-name-en = English
    .aliases = english, 영어, eng
language-set = 이제 한국어로 이야기할게요.

profile-continue = ▶ 설문 이어서 하기
profile-switch = 🔁 다른 강아지
profile-newdog = ➕ 강아지 추가
profile-pick-dog = 어떤 강아지 이야기를 할까요?
profile-switched = 이제 { $name }의 이야기를 할게요.
profile-switch-already = 지금도 { $name }의 이야기를 하고 있어요.
profile-switch-only = 제가 아는 강아지는 { $name }뿐이에요. 다른 강아지 이야기를 하시려면 먼저 강아지를 추가해 주세요.
profile-switch-only-ask = 제가 아는 강아지는 { $name }뿐이에요. 다른 강아지 이야기를 하시려면 먼저 강아지를 추가해야 해요. 지금 추가할까요?
profile-switch-unregistered = { JOSA($typed, "이라는", "라는") } 강아지는 아직 등록돼 있지 않아요(제가 아는 강아지는 { $name }뿐이에요). { JOSA($typed, "을", "를") } 추가할까요?
profile-switch-unknown-add = 이름이 "{ $name }"인 강아지는 아직 등록돼 있지 않아요. 어떤 강아지 이야기를 할까요? { JOSA($name, "을", "를") } 새로 추가하시려면 '네'라고 하시거나 아래 '{ profile-newdog }'를 골라 주세요.
command-words-unknown = 제가 할 수 있는 일이 아니에요. 제가 할 수 있는 일은 이래요:
newdog-intro = 새 강아지를 추가해 볼게요.
newdog-after-survey = 다른 강아지도 있군요! 지금 설문을 마치면 바로 이어서 등록할 수 있게 알려 드릴게요. 먼저 지금 질문에 답해 주세요. (지금 바로 추가하시려면 '취소'를 보내신 뒤 '강아지 추가'라고 보내 주세요. 지금까지의 답은 저장돼 있어요.)
newdog-offer = 말씀하신 다른 강아지도 등록할까요? 아래 '{ profile-newdog }'를 고르시거나 '강아지 추가'라고 보내 주세요.
# 강아지 추가를 여쭌 뒤 "네"로 적은 답("응 등록할래"), "아니요"의 버튼과 적은 답, 그리고 "아니요"에 대한 답.
newdog-offer-yes = 네, 추가할게요
    .aliases = 네, 넵, 넹, 예, 응, 웅, ㅇㅇ, ㅇㅋ, 오케이, 좋아요, 좋아, 그래요, 그래, 그럴게요, 할게요, 할래요, 등록, 등록할래, 등록할래요, 등록할게요, 등록해 줘, 등록해줘, 등록해 주세요, 등록해주세요, 추가, 추가할래, 추가할래요, 추가할게요, 추가해 줘, 추가해줘, 추가해 주세요, 추가해주세요, 네 추가할게요, 해 주세요, 해주세요
newdog-offer-no = 나중에 할게요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 괜찮아요, 괜찮아, 됐어요, 나중에, 나중에요, 나중에 할게요, 다음에, 다음에 할게요, 안 할래요, 안할래요, 안 해요, 등록 안 할래요, 추가 안 할래요
newdog-offer-declined = 알겠어요. 나중에라도 '강아지 추가'라고 보내 주시면 바로 등록해 드릴게요.
# 강아지 추가를 여쭌 뒤 이미 등록된(지금 이야기하는) 강아지의 이름만 적었을 때: 그렇다고 말하고 다시 여쭤요.
newdog-offer-registered = { JOSA($name, "은", "는") } 이미 등록된 강아지예요. 지금도 { $name }의 이야기를 하고 있어요. 다른 강아지를 추가할까요?

export-ready = 저장된 내 정보를 모두 JSON 파일 하나로 보내 드려요.
# The terminal writes the file on this computer (console-file-saved then says where).
export-ready-console = 저장된 내 정보를 모두 JSON 파일 하나로 이 컴퓨터에 저장할게요.
delete-ask = 프로필, 강아지 정보, 기록, 대화 내용이 모두 지워지고 되돌릴 수 없어요. 정말 모두 지울까요?
delete-confirm = 🗑 네, 모두 지워 주세요
    .aliases = 네, 넵, 예, 응, 웅, ㅇㅇ, 그래요, 삭제, 지워 주세요, 지워줘
delete-keep = 지우지 않을래요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 취소, 유지, 됐어요, 괜찮아요
delete-done = 모두 지웠어요. 언제든 다시 오시면 "시작"이라고 보내 주세요.
delete-kept = 아무것도 지우지 않았어요.
# "Really erase everything?" walked away from (another command typed): dropped, said once, without its button.
delete-set-aside = 모두 지우기는 하지 않았어요. 정보는 그대로 있어요.

report-saved = 알겠어요. 말씀하신 내용을 저장했어요.{ $name ->
        [none] {""}
       *[other] {" "}{ $name }에게 무슨 일이 있었는지 살펴볼게요.
    }
report-no-dog = 팁: "시작"이라고 보내 강아지에 대해 알려 주시면 더 잘 맞는 조언을 드릴 수 있어요.
# 지금 강아지가 아닌 다른 강아지 이름을 말한 기록은 그 강아지 기록으로 남겨요.
report-filed-under = { $name }의 기록으로 남겼어요.
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
category-other = 기타
    .aliases = 기타

console-hint = (터미널의 도그코치예요. 보기는 번호나 글자를 입력해 고르시고, 그 밖에는 편하게 입력해 주세요. "종료" 또는 Ctrl-D 로 끝낼 수 있어요.)
console-model-down = ⚠️ 지금은 분석 모델(Ollama)에 연결할 수 없어요. 보내 주시는 내용은 저장해 두었다가 모델이 켜지면 바로 분석해요. 다른 기능은 그대로 쓰실 수 있어요.
console-file-saved = 📎 { $path } 에 저장했어요
# 터미널이 파일을 이 컴퓨터에 쓰지 못했을 때 (자리가 없거나 권한이 없음): 까닭은 로그에 남아요.
console-file-failed = 파일을 이 컴퓨터에 저장하지 못했어요. 대신 "기록"이라고 보내시면 지난 기록을 여기서 바로 보실 수 있어요.
console-analysis-done = ✅ 분석을 다 썼어요.
console-bye = 안녕히 가세요! 🐾 다음에 dogcoach chat 을 다시 여시면 멈춘 곳부터 이어서 해요.
# 터미널을 끝내는 말 (메시지 전체가 이 말일 때): 어디에도 보내지 않아요. 설문의 답이 될 수 있는 말("끝",
# "끝내기": 여러 개 고르는 질문의 완료)은 넣지 않아요 (인수 시험: "끝"에 설문 중에 프로그램이 꺼졌어요).
console-exit = 종료
    .aliases = 종료, 종료할게요, 나가기, 나갈게요, 프로그램 종료, 채팅 종료

## 무엇을 보냈는지에 따라 짧게 답하기 (보고도 설문 답도 아닐 때).
talk-thanks = 천만에요! 😊 무슨 일이 생기면 강아지가 한 행동을 언제든 편하게 알려 주세요.
talk-greeting = 안녕하세요! 🐾 강아지가 한 행동을 편하게 알려 주시면 상황을 정리해 드려요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
talk-bye = 안녕히 가세요! 🐾 언제든 다시 이야기해 주세요.
talk-done = 알겠어요! 😊 또 이야기해 주세요. 무슨 일이 생기면 강아지가 한 행동을 편하게 알려 주시고, "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
talk-sad = 많이 속상하셨겠어요. 무슨 일이 있었는지 조금 더 알려 주시면 함께 살펴볼게요.
talk-lost = 막막하실 수 있어요. 많은 보호자님이 그래요. 하나씩 같이 풀어 봐요. 🐾 최근에 있었던 일 한 번을 들려주세요: 바로 전에 무슨 일이 있었는지, 강아지가 무엇을 했는지, 그 직후에 어떻게 하셨는지요.
talk-wait = 네, 천천히 하세요! 😊 준비되시면 편하게 말씀해 주세요.
talk-confused = 제가 헷갈리게 말씀드렸나 봐요. 🐾 저는 강아지가 한 행동을 듣고 상황을 정리해 드리는 코치예요. 무슨 일이 있었는지 편하게 알려 주시거나, "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
talk-confused-question = 제가 헷갈리게 여쭤봤나 봐요. 같은 질문을 아래에 다시 드릴게요. 멈추시려면 "취소", 제가 할 수 있는 일이 궁금하시면 "도움말"이라고 보내 주세요.
talk-praise = 정말 사랑스럽네요! 🐶💛 그런 순간이 소중하죠. 고민되는 행동이 생기면 언제든 알려 주세요.
talk-news = 정말 잘됐네요! 🎉 보호자님과 강아지 모두 수고 많으셨어요. 고민되는 행동이 생기면 언제든 알려 주세요.
talk-plan = 응원할게요! 🐾 해 보시고 어땠는지 알려 주세요. 작은 변화도 큰 진전이에요.
talk-worked = 효과가 있었다니 정말 잘됐네요! 🎉 꾸준히 이어가 보시고, 며칠 뒤 어떤지 또 알려 주세요.
talk-misfit = 알려 주셔서 고마워요. 그 방법은 지금은 잘 맞지 않네요. 다음에 그 행동이 나오면 있었던 일과 해 보신 것을 알려 주세요. 다른 방법을 찾아 드릴게요. "간식 대신 뭘 쓰면 돼요?"처럼 질문하셔도 돼요.
talk-delete-one = 기록을 하나씩 지우는 기능은 아직 없어요. 기록은 "기록"이라고 보내시면 볼 수 있고, 저장된 정보를 모두 지우시려면 "내 정보 삭제"라고 보내 주세요 (지우기 전에 한 번 더 여쭤봐요).
# Records alone asked to be removed ("기록 다 지워줘", "delete my records"): not possible on their own; what can be done, nothing offered beyond what was asked.
talk-delete-records = 기록만 따로 지우는 기능은 아직 없어요. 지금까지의 기록은 그대로 있어요. "기록"이라고 보내시면 기록을 볼 수 있어요. 강아지 한 마리의 프로필과 기록을 함께 지우시려면 "강아지 지우기", 저장된 내 정보를 모두 지우시려면 "내 정보 삭제"라고 보내 주세요 (둘 다 지우기 전에 한 번 더 여쭤봐요).
talk-other = 😊 강아지가 한 행동을 알려 주시면 상황을 정리해 드려요. "도움말"이라고 보내시면 제가 할 수 있는 일을 알려 드려요.
noise-hint = 무슨 뜻인지 잘 모르겠어요. 강아지가 한 행동을 문장으로 알려 주시거나 "도움말"이라고 보내 주세요.
label-ask-incident = { $category } 고민이시군요. 도와드릴게요. 최근에 있었던 일 한 번을 들려주세요: 바로 전에 무슨 일이 있었는지, 강아지가 무엇을 했는지, 그 직후에 어떻게 됐는지요. 예: "어제 초인종이 울리자 현관으로 달려가 짖었고, 제가 안아서 데려왔어요."
report-kept-in-flow = 말씀하신 일은 따로 저장해서 분석할게요. 하던 질문으로 돌아갈게요.
report-kept-with-answer = 답으로 저장했어요 — { $field }: { $value }. 함께 말씀하신 일은 따로 저장해서 분석할게요.
first-report-offer = 강아지에 대해 몇 가지만 알려 주시면 더 잘 맞는 조언을 드릴 수 있어요. 2분 정도 걸려요.
first-report-start = 🐶 강아지 소개하기
    .aliases = 강아지 소개하기, 소개하기
cancel-newdog = 멈췄어요. 새 강아지의 답은 저장돼 있어요. 지금은 계속 { $name }의 이야기를 할게요. 새 강아지의 설문은 "프로필"에서 "다른 강아지"를 고르시면 이어서 하실 수 있어요.
cancel-newdog-empty = 멈췄어요. 계속 { $name }의 이야기를 할게요.
first-report-yes = 네
    .aliases = 네, 넵, 넹, 녜, 예, 응, 웅, 좋아요, 좋아, 그래요, 그럴게요, 할게요, 해 볼게요, 알려 줄게요, 알려 드릴게요, 소개할게요, 오케이, ㅇㅇ, ㅇㅋ
help-survey = 강아지 소개 — 강아지 설문 시작하기·이어서 하기
profile-none-offer = 아직 강아지 정보가 없어요. "강아지 소개"라고 보내 주시면 강아지에 대해 여쭤볼게요.
profile-remove = 🗑 이 강아지 지우기
profile-remove-ask = { $name }의 프로필과 기록을 모두 지울까요? 되돌릴 수 없어요. 다른 강아지와 대화 내용은 그대로 남아요.
profile-remove-yes = 네, 지워 주세요
    .aliases = 네, 넵, 예, 응, 웅, ㅇㅇ, 그래요, 네 지워 주세요, 지워 주세요, 지워줘
profile-remove-no = 지우지 않을래요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 취소, 됐어요, 괜찮아요, 안 지울래요
# 강아지 목록에 적은 네·아니요: 아니요는 아무것도 하지 않고, 강아지가 여럿일 때 네는 어느 강아지인지 물어요.
picker-none = 알겠어요. 아무것도 바꾸지 않았어요.
picker-which = 어느 강아지 말씀이세요? 아래에서 이름을 골라 주세요.
profile-remove-pick = 어느 강아지를 지울까요? 고르시면 지우기 전에 한 번 더 여쭤볼게요.
profile-removed = { $name }의 프로필과 기록을 지웠어요.
profile-remove-kept = 아무것도 지우지 않았어요.
profile-remove-dropped = { JOSA($name, "은", "는") } 삭제하지 않았어요. 삭제하시려면 다시 말씀해 주세요.

# 저장소가 제때 답하지 않아 메시지를 하나도 남기지 못했을 때 (텔레그램 웹훅처럼 스스로 다시 보내 주는 곳에는 보이지 않아요).
store-unavailable = 지금은 저장소가 응답하지 않아 메시지를 저장하지 못했어요. 아무것도 남지 않았으니 1분쯤 뒤에 다시 보내 주세요.
store-unavailable-late = 저장소가 응답하지 않아 바로 전에 보내 주신 메시지를 저장하지 못했어요. 번거로우시겠지만 다시 보내 주세요.

## 설문을 첫 질문부터 다시 하기 ("처음부터 다시", "리셋"): 먼저 여쭤봐요. 네: 그 강아지의 답을 지우고
## 첫 질문(이름, 지금 이름을 권해요)부터; 아니요: 열려 있던 질문을 이어서; 다른 말: 질문은 접고 그 말대로.
restart-ask = { $name }의 설문을 첫 질문부터 다시 할까요? 지금까지의 답은 새 답으로 바뀌어요. 기록과 다른 강아지는 그대로예요.
restart-yes = 네, 처음부터 할게요
    .aliases = 네, 예, 응, 웅, ㅇㅇ, 넵, 네네, 좋아요, 그래요, 처음부터, 네 처음부터, 처음부터 할게요, 다시 할게요
restart-no = 아니요, 이어서 할게요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 아니요 이어서, 이어서, 이어서 할게요, 계속, 계속할게요, 취소
restart-done = 좋아요, 첫 질문부터 다시 할게요.
restart-kept = 답은 그대로 두었어요.
