"""Data-subject rights requests, in two modules:

- ``workflow``: the stored values (regimes, rights, channels, statuses, refusal grounds,
  identity checks), their French labels, and the moves the workflow allows between
  statuses (``check_transition``, ``validate_transition``);
- ``model``: the request as an entity (``RightsRequest``), what the DPO types in when
  one arrives (``RequestIntake``, validated), who asks (``RequesterRole``), and which
  statuses still owe an answer (``OPEN_STATUSES``).

The deadlines are ``dpo_desk.domain.deadlines``; the grounds of a refusal as a letter
words them, ``dpo_desk.domain.refusals``; the ``DSR-…`` references,
``dpo_desk.domain.references``.
"""
