## Telegram channel: the command menu (setMyCommands) and answers to what the bot cannot read.

telegram-command-start = Start, or pick up where you left off
telegram-command-result = Show the latest analysis result
telegram-command-help = What I can do
telegram-command-profile = See or edit your dog's profile
telegram-command-newdog = Add another dog
telegram-command-removedog = Remove a dog's profile
telegram-command-switchdog = Talk about another of your dogs
telegram-command-edit = Change an answer about your dog
telegram-command-language = 한국어 / English
telegram-command-timezone = Your time zone for dates and check-ins
telegram-command-cancel = Stop the current question
telegram-command-export = Get everything stored about you
telegram-command-delete = Erase everything stored about you
telegram-command-history = Your recent reports
telegram-command-week = The last 7 days at a glance
telegram-command-tips = Training tips on or off
telegram-command-progress = What has changed, per behaviour
telegram-command-summary = A one-page summary for your vet or trainer
telegram-command-checkins = "How did it go?" messages on or off
telegram-command-checkintime = Choose when check-ins arrive
telegram-command-notifications = Tips and "how did it go?" messages, both on or off
telegram-command-broadcast = Send a tip or an announcement to users

telegram-media-photo = What a photo! 📷 I can't look at pictures yet, though. Please tell me in words what happened.
telegram-media-sticker = Cute sticker! 🐶 I can only read text, though. Tell me in words what your dog did.
telegram-media-voice = I can't listen to voice or audio messages yet 🎧 Please type what happened instead.
telegram-media-location = Thanks for the location 📍 I don't use places, though. Tell me in words what happened.
telegram-media-other = I can't open that kind of message yet. Please tell me in words what happened.
telegram-media-edited = I can't read edited messages ✏️ If you changed something, please send it again as a new message.

telegram-group-only = I only chat one to one. Message me directly: @{ $name }
telegram-error = Sorry, something went wrong on my side and I couldn't take that in. Please send it again in a moment.
