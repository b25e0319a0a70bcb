## Broadcasts: what users receive, /tips, and the admin's /broadcast conversation.

# $surface: the recipient's channel (kakao: no slash commands there, so the words).
broadcast-footer = { $surface ->
        [kakao] (To stop tips and announcements, send "tips off".)
       *[other] (To stop tips and announcements, send /tips off.)
    }

broadcast-tip-message =
    💡 { $field }

    { $value }

    { broadcast-footer }
broadcast-text-message =
    { $value }

    { broadcast-footer }

# A tip asked for now ("give me a tip", "today's tip"): one tip. $field is its title, $value the tip.
tips-now =
    💡 { $field }

    { $value }

    (Want another? Send "another tip".)
tips-status-on = Training tips and announcements are on.
tips-status-off = Training tips and announcements are off.
tips-on-button = 🔔 Turn tips on
    .aliases = on, yes, start, 켜기, 켜, 받기
tips-off-button = 🔕 Turn tips off
    .short = 🔕 Tips off
    .aliases = off, no, stop, 끄기, 꺼, 그만
tips-on-done = Tips are on. I'll send you training tips and announcements now and then.
tips-off-done = Okay, no more tips or announcements. Send "tips on" whenever you want them back.
## "when do you send messages?", "when do the tips come?" (owner trial 30: the check-in time alone, nothing of the daily tip): as set for the owner, one line for tips and one for check-ins.
tips-when-off = 💡 Training tips and announcements are off. Send "tips on" to get them again.
tips-when-no-push = 💡 I can't message you first here, so tips don't come by themselves. Send "give me a tip" any time and I'll share one.
tips-when-daily = 💡 A training tip comes every day around { $time }. Announcements come now and then, only when there is one.
tips-when-sometimes = 💡 Training tips and announcements come now and then, at no set time.
notifications-off-done = 🔕 Turned off: training tips and announcements, and check-in messages. Replies to what you send still come as usual. To turn them back on, send "notifications on" (both), or "tips on" / "check-ins on" (just one).
notifications-on-done = 🔔 Turned on: training tips and announcements, and check-in messages. Send "notifications off" to turn both off, or "tips off" / "check-ins off" for just one.

admin-bc-intro = What would you like to broadcast? You'll choose who gets it next.
admin-bc-kind-tip = 💡 Pick a tip from the catalogue
admin-bc-kind-text = ✍️ Write my own
admin-bc-cancel = Cancel
    .aliases = cancel, stop, 취소
admin-bc-pick-tip = Pick the tip to send (page { $n } of { $total }).
admin-bc-prev = ◀ Previous
admin-bc-next = Next ▶
admin-bc-ask-ko = Type the Korean text. If you skip it, Korean speakers get the English text.
admin-bc-ask-en = Type the English text. If you skip it, English speakers get the Korean text.
admin-bc-ask-en-only = Type the English text. There is no Korean text, so Korean speakers get this one too.
admin-bc-skip = Skip
    .aliases = skip, 건너뛰기
admin-bc-need-text = You need a text in at least one language. Type the English text.
admin-bc-too-long = That's { $count } characters, and a message can have at most { $total }. Please shorten it.
admin-bc-ask-target = Who should get it?
admin-bc-target-all = Everyone
admin-bc-target-telegram = Telegram users
admin-bc-target-kakao = KakaoTalk users
admin-bc-target-ko = Korean speakers
admin-bc-target-en = English speakers

# The preview: who gets it in which language, who is skipped and why, before anything is sent.
admin-bc-preview-head = { $count ->
        [one] Preview ({ $field }): this goes to 1 person.
       *[other] Preview ({ $field }): this goes to { $count } people.
    }
admin-bc-preview-head-skips = Preview ({ $field }): this goes to { $count } of the { $total } people in this group.
admin-bc-preview-own-ko = { $count ->
        [one] · 1 Korean speaker gets it in Korean.
       *[other] · { $count } Korean speakers get it in Korean.
    }
admin-bc-preview-own-en = { $count ->
        [one] · 1 English speaker gets it in English.
       *[other] · { $count } English speakers get it in English.
    }
admin-bc-preview-fallback-ko = { $count ->
        [one] · ⚠️ 1 Korean speaker gets the English text, as there is no Korean one. Only the footer is in Korean.
       *[other] · ⚠️ { $count } Korean speakers get the English text, as there is no Korean one. Only the footer is in Korean.
    }
admin-bc-preview-fallback-en = { $count ->
        [one] · ⚠️ 1 English speaker gets the Korean text, as there is no English one. Only the footer is in English.
       *[other] · ⚠️ { $count } English speakers get the Korean text, as there is no English one. Only the footer is in English.
    }
admin-bc-preview-skip-kakao = { $count ->
        [one] · 1 KakaoTalk user will be skipped: the Kakao Event API is not configured (KAKAO_REST_API_KEY, KAKAO_BOT_ID, KAKAO_EVENT_NAME).
       *[other] · { $count } KakaoTalk users will be skipped: the Kakao Event API is not configured (KAKAO_REST_API_KEY, KAKAO_BOT_ID, KAKAO_EVENT_NAME).
    }
admin-bc-preview-skip-telegram = { $count ->
        [one] · 1 Telegram user will be skipped: no Telegram bot token is configured (TELEGRAM_BOT_TOKEN).
       *[other] · { $count } Telegram users will be skipped: no Telegram bot token is configured (TELEGRAM_BOT_TOKEN).
    }
admin-bc-preview-opted-out = { $count ->
        [one] · 1 person who turned tips off won't get it.
       *[other] · { $count } people who turned tips off won't get it.
    }
admin-bc-preview-blocked = { $count ->
        [one] · 1 person who blocked the bot won't get it.
       *[other] · { $count } people who blocked the bot won't get it.
    }
admin-bc-preview-ko =
    What Korean speakers get:
    { $value }
admin-bc-preview-en =
    What English speakers get:
    { $value }
admin-bc-add-ko = ✍️ Add a Korean text
admin-bc-add-en = ✍️ Add an English text
admin-bc-confirm = ✅ Send now
admin-bc-none = Nobody in this group ({ $field }) can get this right now, so nothing was sent.
admin-bc-cancelled = Cancelled. Nothing was sent.
admin-bc-unavailable = Broadcasting is switched off on this server, so nothing was sent.

# A broadcast's name: the subject of the progress and report sentences. $n is its number.
admin-bc-name-text = Announcement #{ $n }
admin-bc-name-tip = Tip #{ $n }
admin-bc-started = { $count ->
        [one] { $label } is on its way to 1 person. I'll tell you how it went when it's done.
       *[other] { $label } is on its way to { $count } people. I'll tell you how it went when it's done.
    }
admin-bc-progress = { $label }: { $count } of { $total } done…

# The report: a few sentences shown one after the other.
admin-bc-report-all = { $total ->
        [one] { $label } went to its 1 recipient.
       *[other] { $label } went to all { $total } recipients.
    }
admin-bc-report-some = { $label } went to { $count } of { $total } recipients.
admin-bc-report-none = { $total ->
        [one] { $label } did not reach its 1 recipient.
       *[other] { $label } reached none of its { $total } recipients.
    }
admin-bc-report-empty = { $label } had no recipients.
admin-bc-report-blocked = { $count ->
        [one] 1 person did not get it because they blocked the bot.
       *[other] { $count } people did not get it because they blocked the bot.
    }
admin-bc-report-failed = { $count ->
        [one] 1 message could not be delivered; dogcoach broadcast --status { $n } shows why.
       *[other] { $count } messages could not be delivered; dogcoach broadcast --status { $n } shows why.
    }
admin-bc-report-unknown = { $count ->
        [one] For 1 person, delivery could not be confirmed; it is not sent again, so nobody gets it twice.
       *[other] For { $count } people, delivery could not be confirmed; it is not sent again, so nobody gets it twice.
    }
admin-bc-report-kakao-off = { $count ->
        [one] 1 KakaoTalk user was skipped because the Kakao Event API is not configured.
       *[other] { $count } KakaoTalk users were skipped because the Kakao Event API is not configured.
    }
admin-bc-report-telegram-off = { $count ->
        [one] 1 Telegram user was skipped because no Telegram bot token is configured.
       *[other] { $count } Telegram users were skipped because no Telegram bot token is configured.
    }
admin-bc-report-cancelled = { $count ->
        [one] It was cancelled before 1 person got it.
       *[other] It was cancelled before { $count } people got it.
    }
admin-bc-report-skipped = { $count ->
        [one] 1 person was skipped.
       *[other] { $count } people were skipped.
    }
admin-bc-report-pending = { $count ->
        [one] 1 person is still to go.
       *[other] { $count } people are still to go.
    }
admin-bc-took-instant = It took less than a second.
admin-bc-took-seconds = { $seconds ->
        [one] It took 1 second.
       *[other] It took { $seconds } seconds.
    }
admin-bc-took-minutes = It took { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }{ $seconds ->
        [0] .
        [one] {" "}and 1 second.
       *[other] {" "}and { $seconds } seconds.
    }
admin-bc-took-hours = It took { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }{ $minutes ->
        [0] .
        [one] {" "}and 1 minute.
       *[other] {" "}and { $minutes } minutes.
    }
