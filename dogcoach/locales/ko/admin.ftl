## 단체 발송: 사용자가 받는 메시지, /tips, 관리자의 /broadcast 대화.
## 말투: 모두 해요체, 사용자가 하는 일에는 높임(받으시려면). 이름이나 숫자 뒤 조사는 JOSA로 골라요.

# $surface: the recipient's channel (kakao: no slash commands there, so the words).
broadcast-footer = { $surface ->
        [kakao] (팁과 공지를 그만 받으시려면 "팁 끄기"라고 보내 주세요.)
       *[other] (팁과 공지를 그만 받으시려면 /tips off 를 보내 주세요.)
    }

broadcast-tip-message =
    💡 { $field }

    { $value }

    { broadcast-footer }
broadcast-text-message =
    { $value }

    { broadcast-footer }

# 보호자가 지금 팁을 달라고 할 때("팁 좀 알려주세요", "오늘의 팁"): 팁 하나. $field는 팁 제목, $value는 팁이에요.
tips-now =
    💡 { $field }

    { $value }

    (다른 팁이 더 필요하시면 "팁 하나 더"라고 보내 주세요.)
tips-status-on = 훈련 팁과 공지 받기가 켜져 있어요.
tips-status-off = 훈련 팁과 공지 받기가 꺼져 있어요.
tips-on-button = 🔔 팁 받기
    .aliases = 켜기, 켜, 받기, on, yes, start
tips-off-button = 🔕 팁 그만 받기
    .aliases = 끄기, 꺼, 그만, off, no, stop
tips-on-done = 팁 받기를 켰어요. 가끔 훈련 팁과 공지를 보내 드릴게요.
tips-off-done = 알겠어요. 이제 팁과 공지는 보내 드리지 않을게요. 다시 받고 싶으시면 언제든 "팁 켜기"라고 보내 주세요.
## "알림은 언제 보내요?", "팁은 언제 와요?" (오너 체험 30: 체크인 시간만 말하고 매일 팁은 빠졌어요): 보호자에게 설정된 대로, 팁 한 줄과 체크인 한 줄.
tips-when-off = 💡 훈련 팁과 공지는 꺼져 있어요. 다시 받으시려면 "팁 켜기"라고 보내 주세요.
tips-when-no-push = 💡 여기서는 제가 먼저 메시지를 보낼 수 없어서 팁이 따로 오지 않아요. 언제든 "팁 알려줘"라고 보내시면 하나 드려요.
tips-when-daily = 💡 훈련 팁은 매일 { $time }쯤 보내 드려요. 공지는 가끔 있을 때만 보내요.
tips-when-sometimes = 💡 훈련 팁과 공지는 정해진 시간 없이 가끔 보내 드려요.
notifications-off-done = 🔕 팁과 공지, 확인 메시지(체크인)를 모두 껐어요. 보내 주시는 말에 대한 답은 그대로 드려요. 다시 받으시려면 "알림 켜기"(둘 다), 또는 "팁 켜기"나 "체크인 켜기"(하나만)라고 보내 주세요.
notifications-on-done = 🔔 팁과 공지, 확인 메시지(체크인)를 모두 켰어요. 둘 다 끄시려면 "알림 끄기", 하나만 끄시려면 "팁 끄기"나 "체크인 끄기"라고 보내 주세요.

admin-bc-intro = 단체 메시지로 무엇을 보낼까요? 받을 사람은 다음에 골라요.
admin-bc-kind-tip = 💡 팁 목록에서 고르기
admin-bc-kind-text = ✍️ 직접 쓰기
admin-bc-cancel = 취소
    .aliases = 취소, cancel, stop
admin-bc-pick-tip = 보낼 팁을 골라 주세요 ({ $total }쪽 중 { $n }쪽).
admin-bc-prev = ◀ 이전
admin-bc-next = 다음 ▶
admin-bc-ask-ko = 한국어 글을 입력해 주세요. 건너뛰시면 한국어 사용자도 영어 글을 받아요.
admin-bc-ask-en = 영어 글을 입력해 주세요. 건너뛰시면 영어 사용자도 한국어 글을 받아요.
admin-bc-ask-en-only = 영어 글을 입력해 주세요. 한국어 글이 없으니 한국어 사용자도 이 글을 받아요.
admin-bc-skip = 건너뛰기
    .aliases = 건너뛰기, skip
admin-bc-need-text = 적어도 한 언어로는 써 주셔야 해요. 영어 글을 입력해 주세요.
admin-bc-too-long = 지금 { $count }자예요. 한 번에 { $total }자까지 보낼 수 있으니 조금 줄여 주세요.
admin-bc-ask-target = 누구에게 보낼까요?
admin-bc-target-all = 모두
admin-bc-target-telegram = 텔레그램 사용자
admin-bc-target-kakao = 카카오톡 사용자
admin-bc-target-ko = 한국어 사용자
admin-bc-target-en = 영어 사용자

# 미리보기: 누가 어느 언어로 받는지, 누구를 왜 건너뛰는지, 보내기 전에.
admin-bc-preview-head = 미리보기 ({ $field }): { $count }명에게 보내요.
admin-bc-preview-head-skips = 미리보기 ({ $field }): 대상 { $total }명 중 { $count }명에게 보내요.
admin-bc-preview-own-ko = · 한국어 사용자 { $count }명은 한국어로 받아요.
admin-bc-preview-own-en = · 영어 사용자 { $count }명은 영어로 받아요.
admin-bc-preview-fallback-ko = · ⚠️ 한국어 사용자 { $count }명은 한국어 글이 없어서 영어 글을 받아요. 맨 끝 안내 문구만 한국어예요.
admin-bc-preview-fallback-en = · ⚠️ 영어 사용자 { $count }명은 영어 글이 없어서 한국어 글을 받아요. 맨 끝 안내 문구만 영어예요.
admin-bc-preview-skip-kakao = · 카카오톡 사용자 { $count }명은 건너뛰어요. 카카오 이벤트 API(KAKAO_REST_API_KEY, KAKAO_BOT_ID, KAKAO_EVENT_NAME)가 설정되지 않았어요.
admin-bc-preview-skip-telegram = · 텔레그램 사용자 { $count }명은 건너뛰어요. 텔레그램 봇 토큰(TELEGRAM_BOT_TOKEN)이 설정되지 않았어요.
admin-bc-preview-opted-out = · 팁과 공지를 끈 { $count }명은 받지 않아요.
admin-bc-preview-blocked = · 봇을 차단한 { $count }명은 받지 않아요.
admin-bc-preview-ko =
    한국어 사용자가 받는 글:
    { $value }
admin-bc-preview-en =
    영어 사용자가 받는 글:
    { $value }
admin-bc-add-ko = ✍️ 한국어 글도 쓰기
admin-bc-add-en = ✍️ 영어 글도 쓰기
admin-bc-confirm = ✅ 지금 보내기
admin-bc-none = 대상({ $field }) 중에 지금 받을 수 있는 사람이 없어서 아무것도 보내지 않았어요.
admin-bc-cancelled = 취소했어요. 아무것도 보내지 않았어요.
admin-bc-unavailable = 지금 이 서버에서는 단체 발송 기능이 꺼져 있어서 아무것도 보내지 않았어요.

# 발송 이름: 보고와 진행 상황 문장의 주어. $n은 발송 번호예요.
admin-bc-name-text = { $n }번 공지
admin-bc-name-tip = { $n }번 팁
admin-bc-started = { JOSA($label, "을", "를") } { $count }명에게 보내기 시작했어요. 끝나면 결과를 알려 드릴게요.
admin-bc-progress = { $label }: { $total }명 중 { $count }명까지 처리했어요…

# 발송 보고: 문장 몇 개를 이어서 보여 줘요.
admin-bc-report-all = { $total ->
        [1] { JOSA($label, "을", "를") } 1명에게 보냈어요.
       *[other] { JOSA($label, "을", "를") } { $total }명 모두에게 보냈어요.
    }
admin-bc-report-some = { JOSA($label, "을", "를") } { $total }명 중 { $count }명에게 보냈어요.
admin-bc-report-none = { JOSA($label, "은", "는") } 대상 { $total }명 중 아무에게도 가지 않았어요.
admin-bc-report-empty = { JOSA($label, "은", "는") } 받을 사람이 없었어요.
admin-bc-report-blocked = { $count }명은 봇을 차단해서 받지 못했어요.
admin-bc-report-failed = { $count }명에게는 보내지 못했어요. 이유는 dogcoach broadcast --status { $n } 명령으로 볼 수 있어요.
admin-bc-report-unknown = { $count }명은 전달됐는지 확인하지 못했어요. 두 번 받는 일이 없도록 다시 보내지 않아요.
admin-bc-report-kakao-off = { $count }명은 카카오 이벤트 API가 설정되지 않아서 건너뛰었어요.
admin-bc-report-telegram-off = { $count }명은 텔레그램 봇 토큰이 설정되지 않아서 건너뛰었어요.
admin-bc-report-cancelled = 발송을 취소해서 { $count }명에게는 보내지 않았어요.
admin-bc-report-skipped = { $count }명은 건너뛰었어요.
admin-bc-report-pending = { $count }명에게는 아직 보내는 중이에요.
admin-bc-took-instant = 1초도 걸리지 않았어요.
admin-bc-took-seconds = { $seconds }초 걸렸어요.
admin-bc-took-minutes = { $seconds ->
        [0] { $minutes }분 걸렸어요.
       *[other] { $minutes }분 { $seconds }초 걸렸어요.
    }
admin-bc-took-hours = { $minutes ->
        [0] { $hours }시간 걸렸어요.
       *[other] { $hours }시간 { $minutes }분 걸렸어요.
    }
