"""Telegram channel: python-telegram-bot (PTB) adapter over the channel-neutral engine.

One PTB `Application` setup serves both modes (`application.build_application`): the FastAPI
webhook (`dogcoach.webhook.telegram`) feeds it updates with `process_update`; polling mode
(`application.run_polling`) lets PTB's updater fetch them. Either way every update reaches
`TelegramAdapter.on_update`, which turns it into an `Incoming`, runs the engine and renders the
replies. PTB's ConversationHandler is not used: the engine owns conversation state.

Importing this package does not import PTB; the modules that need it do.
"""

from __future__ import annotations

# Update types the bot reads; everything else is not even sent by Telegram (setWebhook/getUpdates).
ALLOWED_UPDATES: tuple[str, ...] = ("message", "edited_message", "callback_query")
