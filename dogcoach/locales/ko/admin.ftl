## 단체 발송: 사용자가 받는 메시지, /tips, 관리자의 /broadcast 대화.

broadcast-footer = (팁과 공지를 그만 받으려면 /tips off 를 보내 주세요.)

broadcast-tip-message =
    💡 { $field }

    { $value }

    { broadcast-footer }
broadcast-text-message =
    { $value }

    { broadcast-footer }

tips-status-on = 훈련 팁과 공지를 받고 있어요.
tips-status-off = 지금은 팁과 공지를 받지 않고 있어요.
tips-on-button = 🔔 팁 받기
    .aliases = 켜기, 켜, 받기, on, yes, start
tips-off-button = 🔕 팁 그만 받기
    .aliases = 끄기, 꺼, 그만, off, no, stop
tips-on-done = 팁 받기를 켰어요. 가끔 훈련 팁과 공지를 보내 드릴게요.
tips-off-done = 알겠어요, 이제 팁과 공지를 보내지 않을게요. 다시 받고 싶으면 언제든 /tips on 을 보내 주세요.

admin-bc-intro = 모든 사용자에게 무엇을 보낼까요?
admin-bc-kind-tip = 💡 팁 목록에서 고르기
admin-bc-kind-text = ✍️ 직접 쓰기
admin-bc-cancel = 취소
    .aliases = 취소, cancel, stop
admin-bc-pick-tip = 팁을 골라 주세요 ({ $total }쪽 중 { $n }쪽):
admin-bc-prev = ◀ 이전
admin-bc-next = 다음 ▶
admin-bc-ask-ko = 한국어 문구를 입력해 주세요. 건너뛰면 모두에게 영어 문구를 보내요.
admin-bc-ask-en = 영어 문구를 입력해 주세요. 건너뛰면 모두에게 한국어 문구를 보내요.
admin-bc-skip = 건너뛰기
    .aliases = 건너뛰기, skip
admin-bc-need-text = 적어도 한 언어는 필요해요. 영어 문구를 입력해 주세요.
admin-bc-too-long = { $count }자예요. 메시지는 최대 { $total }자까지 보낼 수 있어요. 조금 줄여 주세요.
admin-bc-ask-target = 누구에게 보낼까요?
admin-bc-target-all = 모두
admin-bc-target-telegram = 텔레그램 사용자
admin-bc-target-kakao = 카카오톡 사용자
admin-bc-target-ko = 한국어 사용자
admin-bc-target-en = 영어 사용자
admin-bc-preview-head = 미리보기 — { $count }명에게 보내요 ({ $field }):
admin-bc-preview-ko =
    한국어 사용자가 받는 글:
    { $value }
admin-bc-preview-en =
    영어 사용자가 받는 글:
    { $value }
admin-bc-confirm = ✅ 지금 보내기
admin-bc-none = 받을 사람이 없어요. 대상이 모두 수신을 끄거나 봇을 차단했거나 아직 아무도 없어요. 아무것도 보내지 않았어요.
admin-bc-started = 발송 #{ $n }: { $count }명에게 보내기 시작했어요. 끝나면 결과를 알려 드릴게요.
admin-bc-cancelled = 취소했어요. 아무것도 보내지 않았어요.
admin-bc-unavailable = 이 프로세스에서는 단체 발송을 할 수 없어서 아무것도 보내지 않았어요.
admin-bc-progress = 발송 #{ $n }: { $total }명 중 { $count }명 처리…
admin-bc-report-head = 발송 #{ $n } 완료 (걸린 시간 { $value }).
admin-bc-report-sent = ✅ 보냄: { $count }명
admin-bc-report-blocked = 🚫 봇 차단: { $count }명
admin-bc-report-failed = ⚠️ 실패: { $count }명
admin-bc-report-skipped = ⏭ 건너뜀: { $count }명
admin-bc-report-kakao-off = 카카오 이벤트 API가 설정되지 않아 카카오톡 사용자 { $count }명을 건너뛰었어요.
admin-bc-report-telegram-off = 텔레그램 봇 토큰이 설정되지 않아 텔레그램 사용자 { $count }명을 건너뛰었어요.
admin-bc-report-cancelled = 발송이 취소되어 { $count }명에게는 보내지 않았어요.
