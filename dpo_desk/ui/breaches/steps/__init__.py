"""The five steps of a breach, in the order GDPR Arts. 33-34 put them.

1. the facts and the clock; 2. nature and scope; 3. the risk; 4. the notifications
(authority, data subjects, DGSSI); 5. the timeline and the closing. Each page calls
the services and shows their refusals in place, keeping what was typed.

One module per step (``facts``, ``nature``, ``risk``, ``notify``, ``close``); what they
share (the scrolling page, its service call, the stepper's words) is in ``base``; the
sentences that change with the breach's regimes are in ``words``.
"""
