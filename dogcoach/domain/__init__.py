"""Channel-neutral types every layer may use: what a user said (`Incoming`), what the bot says
(`Reply`), the `Channel` names, the `Reply.meta` keys and the onboarding survey as data.

The bottom layer: it imports nothing from the rest of DogCoach.
"""
