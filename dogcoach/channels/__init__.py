"""Channel adapters: `console`, `telegram`, `kakao`. Each implements `bot.channel.ChannelAdapter`
(payload → `Incoming`, replies → the platform, the outbox sender) and none imports another
(an import-linter contract)."""
