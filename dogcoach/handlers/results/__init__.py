"""What becomes of an analysed report, on the flows' side; one job per module:

- `render`: the analysis as the user reads it, and the one follow-up question it may end with;
- `acknowledge`: the immediate "analysing…" answer to a report, and queueing it;
- `followup`: the follow-up question's flow (the user's answer is added to the report);
- `delivery`: the analysis worker's way out (`ResultDelivery`: push, or leave undelivered);
- `undelivered`: results a channel could not push, shown at the next turn or on "show result".
"""
