## Broadcasts: what users receive, /tips, and the admin's /broadcast conversation.

broadcast-footer = (Send /tips off to stop tips and announcements.)

broadcast-tip-message =
    💡 { $field }

    { $value }

    { broadcast-footer }
broadcast-text-message =
    { $value }

    { broadcast-footer }

tips-status-on = You're receiving training tips and announcements.
tips-status-off = Tips and announcements are off for you.
tips-on-button = 🔔 Turn tips on
    .aliases = on, yes, start, 켜기, 켜, 받기
tips-off-button = 🔕 Turn tips off
    .short = 🔕 Tips off
    .aliases = off, no, stop, 끄기, 꺼, 그만
tips-on-done = Tips are on — I'll send you training tips and announcements now and then.
tips-off-done = Okay, no more tips or announcements. Send /tips on whenever you want them back.

admin-bc-intro = What would you like to send to everyone?
admin-bc-kind-tip = 💡 A tip from the catalogue
admin-bc-kind-text = ✍️ My own message
admin-bc-cancel = Cancel
    .aliases = cancel, stop, 취소
admin-bc-pick-tip = Pick a tip (page { $n } of { $total }):
admin-bc-prev = ◀ Previous
admin-bc-next = Next ▶
admin-bc-ask-ko = Type the Korean text, or tap Skip to send the English one to everybody.
admin-bc-ask-en = Type the English text, or tap Skip to send the Korean one to everybody.
admin-bc-skip = Skip
    .aliases = skip, 건너뛰기
admin-bc-need-text = At least one language is needed. Type the English text.
admin-bc-too-long = That is { $count } characters; a message can have at most { $total }. Please shorten it.
admin-bc-ask-target = Who should get it?
admin-bc-target-all = Everyone
admin-bc-target-telegram = Telegram users
admin-bc-target-kakao = KakaoTalk users
admin-bc-target-ko = Korean speakers
admin-bc-target-en = English speakers
admin-bc-preview-head = { $count ->
        [one] Preview — this goes to 1 user ({ $field }):
       *[other] Preview — this goes to { $count } users ({ $field }):
    }
admin-bc-preview-ko =
    Korean speakers see:
    { $value }
admin-bc-preview-en =
    English speakers see:
    { $value }
admin-bc-confirm = ✅ Send now
admin-bc-none = Nobody would receive this: everyone in that group has opted out, blocked the bot, or there is nobody yet. Nothing was sent.
admin-bc-started = { $count ->
        [one] Broadcast #{ $n } is on its way to 1 user. I'll send you a report when it's done.
       *[other] Broadcast #{ $n } is on its way to { $count } users. I'll send you a report when it's done.
    }
admin-bc-cancelled = Cancelled — nothing was sent.
admin-bc-unavailable = Broadcasting is not running in this process, so nothing was sent.
admin-bc-progress = Broadcast #{ $n }: { $count } of { $total } done…
admin-bc-report-head = Broadcast #{ $n } finished in { $value }.
admin-bc-report-sent = ✅ Sent: { $count }
admin-bc-report-blocked = 🚫 Blocked the bot: { $count }
admin-bc-report-failed = ⚠️ Failed: { $count }
admin-bc-report-skipped = ⏭ Skipped: { $count }
admin-bc-report-kakao-off = { $count } KakaoTalk users were skipped because the Kakao Event API is not configured.
admin-bc-report-telegram-off = { $count } Telegram users were skipped because no Telegram bot token is configured.
admin-bc-report-cancelled = It was cancelled; { $count } users had not been reached yet.
