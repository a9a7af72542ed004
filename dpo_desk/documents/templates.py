"""The letter template language: deliberately small, so that a template can never run code.

Legal staff edit templates in Paramètres (issue 6). A template is plain text with:

- ``{{ request.reference }}``: a placeholder. Its name is looked up, as a whole string,
  in a flat dictionary of plain values built by ``letters.py``. There is no attribute
  access, no indexing, no call, no filter and no expression: ``{{ request.__init__ }}``
  is not "the attribute ``__init__`` of ``request``", it is an unknown name, rejected.
- A list placeholder alone on its line (``{{ access.categories }}``) becomes one bullet
  line per item, and nothing when the list is empty; inside a sentence, its items are
  joined with commas.
- ``{% if name %}`` … ``{% else %}`` … ``{% endif %}``: keeps a part of the text when a
  value is set (a non-empty text or list, a true flag). Nesting is allowed. There is no
  other statement: no loops, no assignment, no include.

The first line of a template is the letter's subject; a blank line separates it from the
body. In the body, each line is a paragraph and a blank line adds space; a line ``---``
ends the letter proper, and what follows it (an annexe) is printed after the signature. Values are inserted as they are, in one pass: a name typed as ``{{ x }}`` by a data
subject stays literal text in the letter, it is never read as a placeholder.

Why not Jinja2's sandbox: it is a whole language whose safety rests on blocking every
route to Python objects. Here there is no route at all, and every error names the
placeholder and the line, which is what an editor needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from dpo_desk.documents.kinds import BREACH_KINDS, LetterKind
from dpo_desk.documents.typesetting import isolate
from dpo_desk.domain.errors import ValidationError
from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

Value = str | tuple[str, ...] | bool

MAX_TEMPLATE = 50_000  # a long letter is 5,000 characters; this is a pasted book
BULLET = "•"

ERR_EMPTY = QT_TRANSLATE_NOOP("Errors", "Le modèle de courrier est vide.")
ERR_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Le modèle dépasse {limit} caractères.")
ERR_SUBJECT = QT_TRANSLATE_NOOP(
    "Errors",
    "La première ligne du modèle est l'objet du courrier : elle doit être suivie d'une "
    "ligne vide, puis du texte.",
)
ERR_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Champ inconnu « {name} » à la ligne {line} du modèle.")
ERR_MALFORMED = QT_TRANSLATE_NOOP(
    "Errors", "Balise mal formée « {text} » à la ligne {line} du modèle."
)
ERR_STATEMENT = QT_TRANSLATE_NOOP(
    "Errors",
    "Instruction « {text} » non permise à la ligne {line} du modèle : seules "
    "{{% if champ %}}, {{% else %}} et {{% endif %}} le sont.",
)
ERR_UNBALANCED = QT_TRANSLATE_NOOP(
    "Errors", "« {text} » sans « {{% if … %}} » correspondant, à la ligne {line} du modèle."
)
ERR_UNCLOSED = QT_TRANSLATE_NOOP(
    "Errors",
    "Le bloc « {{% if {name} %}} » ouvert à la ligne {line} n'est pas fermé par « {{% endif %}} ».",
)
ERR_UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Type de courrier inconnu : {value}.")

# What looks like a name: dotted identifiers. It is only looked up in the whitelist, so
# ``__class__`` parses, and is then refused as an unknown name that the message can show.
_NAME = r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*"
_TAG = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.DOTALL)
_PLACEHOLDER = re.compile(rf"\s*({_NAME})\s*")
_IF = re.compile(rf"\s*if\s+({_NAME})\s*")
_ELSE = re.compile(r"\s*else\s*")
_ENDIF = re.compile(r"\s*endif\s*")
_STRAY = re.compile(r"\{\{|\}\}|\{%|%\}")


@dataclass(frozen=True)
class Placeholder:
    """One name the editor may insert. ``description`` is a French message id."""

    name: str
    description: str
    kind: str = "text"  # "text", "list" (bullets when alone on a line) or "flag" (for if)


# ----------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class _Text:
    text: str


@dataclass(frozen=True)
class _Field:
    name: str
    line: int
    # Alone on its line: the node owns the whole line (indentation and newline), so a
    # list becomes bullets and an empty list leaves no blank line behind.
    alone: bool = False
    indent: str = ""
    newline: bool = False


@dataclass(frozen=True)
class _If:
    name: str
    line: int
    then: tuple[_Node, ...]
    otherwise: tuple[_Node, ...]


_Node = _Text | _Field | _If


@dataclass
class _OpenIf:
    """An if-block being parsed: its nodes so far, ``otherwise`` once its else is met."""

    name: str
    line: int
    then: list[_Node] = field(default_factory=list)
    otherwise: list[_Node] | None = None


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _check_stray(chunk: str, text: str, start: int) -> None:
    """Braces left outside a well-formed tag are a typo; say where, do not guess."""
    if match := _STRAY.search(chunk):
        offset = start + match.start()
        line_end = text.find("\n", offset)
        snippet = text[offset : line_end if line_end != -1 else len(text)][:40]
        raise ValidationError(ERR_MALFORMED, "template", text=snippet, line=_line_of(text, offset))


def _own_line(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """(line start, end after the newline, had a newline) when the tag is alone on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    has_newline = line_end != -1
    line_end = line_end if has_newline else len(text)
    if text[line_start:start].strip() or text[end:line_end].strip():
        return None
    return line_start, line_end + (1 if has_newline else 0), has_newline


def _parse(text: str, known: Mapping[str, Placeholder]) -> tuple[_Node, ...]:
    """The template as a tree of text, fields and if-blocks; a ValidationError otherwise."""
    root: list[_Node] = []
    stack: list[_OpenIf] = []  # the if-blocks open at this point, innermost last

    def current() -> list[_Node]:
        if not stack:
            return root
        return stack[-1].otherwise if stack[-1].otherwise is not None else stack[-1].then

    position = 0
    for match in _TAG.finditer(text):
        if match.start() < position:  # inside a line already consumed (cannot happen)
            continue
        line = _line_of(text, match.start())
        raw = match.group(0)
        own = _own_line(text, match.start(), match.end())
        # A statement alone on its line takes the line with it, as a reader expects.
        is_statement = match.group(2) is not None
        text_end = own[0] if own else match.start()
        _check_stray(text[position:text_end], text, position)
        if text_end > position:
            current().append(_Text(text[position:text_end]))
        position = own[1] if own else match.end()
        if not is_statement:
            inner = match.group(1)
            found = _PLACEHOLDER.fullmatch(inner)
            if not found or "\n" in inner:
                raise ValidationError(ERR_MALFORMED, "template", text=raw[:40], line=line)
            name = found.group(1)
            if name not in known:
                raise ValidationError(ERR_UNKNOWN, "template", name=name, line=line)
            if own:
                indent = text[own[0] : match.start()]
                current().append(_Field(name, line, True, indent, own[2]))
            else:
                current().append(_Field(name, line))
            continue
        inner = match.group(2)
        if found := _IF.fullmatch(inner):
            name = found.group(1)
            if name not in known:
                raise ValidationError(ERR_UNKNOWN, "template", name=name, line=line)
            stack.append(_OpenIf(name, line))
        elif _ELSE.fullmatch(inner):
            if not stack or stack[-1].otherwise is not None:
                raise ValidationError(ERR_UNBALANCED, "template", text=raw, line=line)
            stack[-1].otherwise = []
        elif _ENDIF.fullmatch(inner):
            if not stack:
                raise ValidationError(ERR_UNBALANCED, "template", text=raw, line=line)
            block = stack.pop()
            current().append(
                _If(block.name, block.line, tuple(block.then), tuple(block.otherwise or ()))
            )
        else:
            raise ValidationError(ERR_STATEMENT, "template", text=raw[:40].strip(), line=line)
    _check_stray(text[position:], text, position)
    if position < len(text):
        current().append(_Text(text[position:]))
    if stack:
        raise ValidationError(ERR_UNCLOSED, "template", name=stack[-1].name, line=stack[-1].line)
    return tuple(root)


def _names(nodes: Iterable[_Node]) -> list[str]:
    found: list[str] = []
    for node in nodes:
        if isinstance(node, _Field):
            found.append(node.name)
        elif isinstance(node, _If):
            found += [node.name, *_names(node.then), *_names(node.otherwise)]
    return found


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_shape(text: str) -> None:
    if not text.strip():
        raise ValidationError(ERR_EMPTY, "template")
    if len(text) > MAX_TEMPLATE:
        raise ValidationError(ERR_TOO_LONG, "template", limit=MAX_TEMPLATE)
    lines = text.lstrip("\n").split("\n")
    body = "".join(lines[2:]).strip()
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip() or not body:
        raise ValidationError(ERR_SUBJECT, "template")


def check(text: str, known: Mapping[str, Placeholder]) -> tuple[str, ...]:
    """Validate ``text`` against the names in ``known``; the names it uses, in order."""
    text = normalise_newlines(text)
    _check_shape(text)
    return tuple(dict.fromkeys(_names(_parse(text, known))))


# ----------------------------------------------------------------------------- filling


def _truthy(value: Value | None) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, tuple):
        return any(item.strip() for item in value)
    return bool(value and value.strip())


def _items(value: tuple[str, ...]) -> list[str]:
    return [item.strip() for item in value if item.strip()]


def _fill(
    nodes: Iterable[_Node], values: Mapping[str, Value], separator: str, out: list[str]
) -> None:
    for node in nodes:
        if isinstance(node, _Text):
            out.append(node.text)
        elif isinstance(node, _Field):
            value = values.get(node.name)
            end = "\n" if node.newline else ""
            # Every value in its own bidi isolate: "+212 …" after an Arabic name, or
            # "75334 Paris" in an Arabic sentence, keeps its order (typesetting).
            if isinstance(value, tuple):
                items = [isolate(item) for item in _items(value)]
                if node.alone:
                    # One bullet per item; an empty list takes its line away.
                    out += [f"{node.indent}{BULLET} {item}{end}" for item in items]
                else:
                    out.append(separator.join(items))
            elif isinstance(value, str):
                value = isolate(value)
                out.append(f"{node.indent}{value}{end}" if node.alone else value)
            elif node.alone:
                out.append(f"{node.indent}{end}")
        elif isinstance(node, _If):
            branch = node.then if _truthy(values.get(node.name)) else node.otherwise
            _fill(branch, values, separator, out)


def fill(
    text: str,
    known: Mapping[str, Placeholder],
    values: Mapping[str, Value],
    *,
    separator: str = ", ",
) -> str:
    """The template with its placeholders replaced by ``values`` (validated first).

    Values are inserted once and never scanned again, so text typed by a data subject
    cannot become a placeholder or a statement.
    """
    text = normalise_newlines(text)
    _check_shape(text)
    out: list[str] = []
    _fill(_parse(text, known), values, separator, out)
    filled = "\n".join(line.rstrip() for line in "".join(out).split("\n"))
    # Blocks left out may leave blank lines next to each other: keep one.
    return re.sub(r"\n{3,}", "\n\n", filled).strip("\n") + "\n"


# ----------------------------------------------------------------------------- the whitelist


# One placeholder a line: the letters it serves ("any", "request" or "breach"),
# then its name, its description (a message id) and its kind.
_PLACEHOLDERS: tuple[tuple[str, Placeholder], ...] = (
    ("any", Placeholder("organisation.name", QT_TRANSLATE_NOOP("LetterField", "Nom de l'organisation"), "text")),
    ("any", Placeholder("organisation.address", QT_TRANSLATE_NOOP("LetterField", "Adresse de l'organisation"), "text")),
    ("any", Placeholder("organisation.dpo_name", QT_TRANSLATE_NOOP("LetterField", "Nom du DPO"), "text")),
    ("any", Placeholder("organisation.dpo_email", QT_TRANSLATE_NOOP("LetterField", "E-mail du DPO"), "text")),
    ("any", Placeholder("organisation.dpo_phone", QT_TRANSLATE_NOOP("LetterField", "Téléphone du DPO"), "text")),
    ("any", Placeholder("organisation.dpo_contact", QT_TRANSLATE_NOOP("LetterField", "Coordonnées du DPO (nom, e-mail, téléphone)"), "text")),
    ("any", Placeholder("letter.date", QT_TRANSLATE_NOOP("LetterField", "Date du courrier"), "text")),
    ("any", Placeholder("letter.place", QT_TRANSLATE_NOOP("LetterField", "Lieu d'envoi"), "text")),
    ("any", Placeholder("authority.cndp", QT_TRANSLATE_NOOP("LetterField", "CNDP : nom complet et adresse"), "text")),
    ("any", Placeholder("authority.cnil", QT_TRANSLATE_NOOP("LetterField", "CNIL : nom complet et adresse"), "text")),
    ("any", Placeholder("regime.gdpr", QT_TRANSLATE_NOOP("LetterField", "Le RGPD s'applique (oui/non)"), "flag")),
    ("any", Placeholder("regime.law_09_08", QT_TRANSLATE_NOOP("LetterField", "La loi 09-08 s'applique (oui/non)"), "flag")),
    ("request", Placeholder("request.reference", QT_TRANSLATE_NOOP("LetterField", "Référence de la demande"), "text")),
    ("request", Placeholder("request.received_on", QT_TRANSLATE_NOOP("LetterField", "Date de réception"), "text")),
    ("request", Placeholder("request.requester_name", QT_TRANSLATE_NOOP("LetterField", "Nom du demandeur"), "text")),
    ("request", Placeholder("request.subject_name", QT_TRANSLATE_NOOP("LetterField", "Nom de la personne concernée"), "text")),
    ("request", Placeholder("request.on_behalf", QT_TRANSLATE_NOOP("LetterField", "Le demandeur agit pour une autre personne"), "flag")),
    ("request", Placeholder("request.rights", QT_TRANSLATE_NOOP("LetterField", "Droits exercés"), "list")),
    ("request", Placeholder("request.regimes", QT_TRANSLATE_NOOP("LetterField", "Régimes applicables"), "text")),
    ("request", Placeholder("request.channel", QT_TRANSLATE_NOOP("LetterField", "Canal de réception"), "text")),
    # The channel as a sentence needs it: « par e-mail », « en main propre ».
    ("request", Placeholder("request.received_by", QT_TRANSLATE_NOOP("LetterField", "Canal de réception, en toutes lettres (« par e-mail »)"), "text")),
    ("request", Placeholder("rights.access", QT_TRANSLATE_NOOP("LetterField", "Droit d'accès exercé"), "flag")),
    ("request", Placeholder("rights.rectification", QT_TRANSLATE_NOOP("LetterField", "Droit de rectification exercé"), "flag")),
    ("request", Placeholder("rights.erasure", QT_TRANSLATE_NOOP("LetterField", "Droit à l'effacement exercé"), "flag")),
    ("request", Placeholder("rights.restriction", QT_TRANSLATE_NOOP("LetterField", "Droit à la limitation exercé"), "flag")),
    ("request", Placeholder("rights.portability", QT_TRANSLATE_NOOP("LetterField", "Droit à la portabilité exercé"), "flag")),
    ("request", Placeholder("rights.objection", QT_TRANSLATE_NOOP("LetterField", "Droit d'opposition exercé"), "flag")),
    # Law 09-08 does not provide portability: a letter under 09-08 must say so.
    ("request", Placeholder("rights.portability_not_in_law_09_08", QT_TRANSLATE_NOOP("LetterField", "Portabilité demandée alors que la loi 09-08 s'applique (oui/non)"), "flag")),
    ("request", Placeholder("deadline.due_on", QT_TRANSLATE_NOOP("LetterField", "Date limite de réponse"), "text")),
    ("request", Placeholder("deadline.citation", QT_TRANSLATE_NOOP("LetterField", "Fondement du délai (article)"), "text")),
    ("request", Placeholder("deadline.rule", QT_TRANSLATE_NOOP("LetterField", "Règle du délai, en toutes lettres"), "text")),
    ("request", Placeholder("deadline.basis", QT_TRANSLATE_NOOP("LetterField", "Nature du délai : loi ou politique"), "text")),
    ("request", Placeholder("deadline.is_policy", QT_TRANSLATE_NOOP("LetterField", "Le délai vient de la politique interne"), "flag")),
    # Per law: an extension moves the GDPR's date only (Law 09-08 provides none).
    ("request", Placeholder("deadline.gdpr_due_on", QT_TRANSLATE_NOOP("LetterField", "Date limite au titre du RGPD"), "text")),
    ("request", Placeholder("deadline.gdpr_citation", QT_TRANSLATE_NOOP("LetterField", "Fondement du délai au titre du RGPD"), "text")),
    ("request", Placeholder("deadline.law_09_08_due_on", QT_TRANSLATE_NOOP("LetterField", "Date limite au titre de la loi 09-08"), "text")),
    ("request", Placeholder("deadline.law_09_08_citation", QT_TRANSLATE_NOOP("LetterField", "Fondement du délai au titre de la loi 09-08"), "text")),
    ("request", Placeholder("extension.decided_on", QT_TRANSLATE_NOOP("LetterField", "Date de la prorogation"), "text")),
    ("request", Placeholder("extension.reasons", QT_TRANSLATE_NOOP("LetterField", "Motifs de la prorogation"), "text")),
    ("request", Placeholder("refusal.reason", QT_TRANSLATE_NOOP("LetterField", "Motif du refus"), "text")),
    ("request", Placeholder("refusal.citation", QT_TRANSLATE_NOOP("LetterField", "Fondement juridique du refus"), "text")),
    ("request", Placeholder("refusal.burden", QT_TRANSLATE_NOOP("LetterField", "L'organisation doit pouvoir démontrer le bien-fondé du motif"), "flag")),
    ("request", Placeholder("access.categories", QT_TRANSLATE_NOOP("LetterField", "Catégories de données traitées"), "list")),
    ("request", Placeholder("access.purposes", QT_TRANSLATE_NOOP("LetterField", "Finalités du traitement"), "list")),
    ("request", Placeholder("access.recipients", QT_TRANSLATE_NOOP("LetterField", "Destinataires"), "list")),
    ("request", Placeholder("access.retention", QT_TRANSLATE_NOOP("LetterField", "Durée de conservation"), "text")),
    ("request", Placeholder("access.source", QT_TRANSLATE_NOOP("LetterField", "Source des données"), "text")),
    # A section with nothing to give is marked « néant », for a reason the DPO states.
    ("request", Placeholder("access.categories_none", QT_TRANSLATE_NOOP("LetterField", "Catégories de données : néant"), "flag")),
    ("request", Placeholder("access.purposes_none", QT_TRANSLATE_NOOP("LetterField", "Finalités : néant"), "flag")),
    ("request", Placeholder("access.recipients_none", QT_TRANSLATE_NOOP("LetterField", "Destinataires : néant"), "flag")),
    ("request", Placeholder("access.retention_none", QT_TRANSLATE_NOOP("LetterField", "Durée de conservation : néant"), "flag")),
    ("request", Placeholder("access.source_none", QT_TRANSLATE_NOOP("LetterField", "Source : néant"), "flag")),
    # GDPR Arts. 15(1)(c), 15(2); Law 09-08 arts. 43-44: transfers abroad, with safeguards.
    ("request", Placeholder("access.transfers", QT_TRANSLATE_NOOP("LetterField", "Transferts hors du Maroc et leurs garanties"), "list")),
    ("request", Placeholder("access.no_transfer", QT_TRANSLATE_NOOP("LetterField", "Aucun transfert hors du Maroc enregistré"), "flag")),
    ("request", Placeholder("access.transfers_none", QT_TRANSLATE_NOOP("LetterField", "Transferts : néant"), "flag")),
    # GDPR Arts. 15(1)(h), 22; Law 09-08 art. 7: automated processing and its logic.
    ("request", Placeholder("access.automated", QT_TRANSLATE_NOOP("LetterField", "Décisions automatisées, profilage et logique sous-jacente"), "text")),
    ("request", Placeholder("access.automated_none", QT_TRANSLATE_NOOP("LetterField", "Décisions automatisées : néant"), "flag")),
    ("request", Placeholder("access.none_reason", QT_TRANSLATE_NOOP("LetterField", "Pourquoi les rubriques marquées « néant » le sont"), "text")),
    ("request", Placeholder("access.no_data", QT_TRANSLATE_NOOP("LetterField", "Toutes les rubriques sont marquées « néant »"), "flag")),
    ("request", Placeholder("attachments", QT_TRANSLATE_NOOP("LetterField", "Pièces jointes fournies"), "list")),
    ("request", Placeholder("response.details", QT_TRANSLATE_NOOP("LetterField", "Précisions propres au dossier"), "text")),
    ("request", Placeholder("response.done_on", QT_TRANSLATE_NOOP("LetterField", "Date de l'opération effectuée"), "text")),
    ("request", Placeholder("objection.upheld", QT_TRANSLATE_NOOP("LetterField", "L'opposition est accueillie"), "flag")),
    # The proof of identity the organisation asks for (Paramètres ▸ Justificatif
    # d'identité): the least that settles the doubt (GDPR Art. 5(1)(c), 12(6)).
    ("request", Placeholder("identity.proof_questions", QT_TRANSLATE_NOOP("LetterField", "Justificatif demandé : réponses sur le compte"), "flag")),
    ("request", Placeholder("identity.proof_email", QT_TRANSLATE_NOOP("LetterField", "Justificatif demandé : confirmation par e-mail"), "flag")),
    ("request", Placeholder("identity.proof_in_person", QT_TRANSLATE_NOOP("LetterField", "Justificatif demandé : CNIE présentée sur place"), "flag")),
    ("request", Placeholder("identity.proof_copy", QT_TRANSLATE_NOOP("LetterField", "Justificatif demandé : copie d'une pièce d'identité"), "flag")),
    ("request", Placeholder("identity.copy_days", QT_TRANSLATE_NOOP("LetterField", "Jours au plus avant suppression de la copie (politique interne)"), "text")),
    ("breach", Placeholder("breach.reference", QT_TRANSLATE_NOOP("LetterField", "Référence de la violation"), "text")),
    ("breach", Placeholder("breach.title", QT_TRANSLATE_NOOP("LetterField", "Intitulé de la violation"), "text")),
    ("breach", Placeholder("breach.description", QT_TRANSLATE_NOOP("LetterField", "Description des faits"), "text")),
    ("breach", Placeholder("breach.nature", QT_TRANSLATE_NOOP("LetterField", "Nature : confidentialité, intégrité, disponibilité"), "text")),
    ("breach", Placeholder("breach.subject_categories", QT_TRANSLATE_NOOP("LetterField", "Catégories de personnes concernées"), "list")),
    ("breach", Placeholder("breach.subjects_count", QT_TRANSLATE_NOOP("LetterField", "Nombre approximatif de personnes concernées"), "text")),
    ("breach", Placeholder("breach.record_categories", QT_TRANSLATE_NOOP("LetterField", "Catégories d'enregistrements concernés"), "list")),
    ("breach", Placeholder("breach.records_count", QT_TRANSLATE_NOOP("LetterField", "Nombre approximatif d'enregistrements"), "text")),
    ("breach", Placeholder("breach.data_categories", QT_TRANSLATE_NOOP("LetterField", "Catégories de données concernées"), "list")),
    ("breach", Placeholder("breach.consequences", QT_TRANSLATE_NOOP("LetterField", "Conséquences probables"), "text")),
    ("breach", Placeholder("breach.measures_taken", QT_TRANSLATE_NOOP("LetterField", "Mesures prises"), "text")),
    ("breach", Placeholder("breach.measures_proposed", QT_TRANSLATE_NOOP("LetterField", "Mesures envisagées"), "text")),
    ("breach", Placeholder("breach.advice", QT_TRANSLATE_NOOP("LetterField", "Conseils aux personnes pour se protéger"), "text")),
    ("breach", Placeholder("breach.timeline", QT_TRANSLATE_NOOP("LetterField", "Chronologie (date — fait)"), "list")),
    ("breach", Placeholder("breach.started_at", QT_TRANSLATE_NOOP("LetterField", "Début de la violation"), "text")),
    ("breach", Placeholder("breach.discovered_at", QT_TRANSLATE_NOOP("LetterField", "Découverte de la violation"), "text")),
    ("breach", Placeholder("breach.aware_at", QT_TRANSLATE_NOOP("LetterField", "Prise de connaissance (départ des 72 heures)"), "text")),
    ("breach", Placeholder("breach.notify_by", QT_TRANSLATE_NOOP("LetterField", "Échéance de notification"), "text")),
    ("breach", Placeholder("breach.deadline_basis", QT_TRANSLATE_NOOP("LetterField", "Fondement de l'échéance : loi ou politique"), "text")),
    ("breach", Placeholder("breach.late", QT_TRANSLATE_NOOP("LetterField", "Notification tardive"), "flag")),
    ("breach", Placeholder("breach.delay_reasons", QT_TRANSLATE_NOOP("LetterField", "Motifs du retard"), "text")),
    ("breach", Placeholder("breach.regimes", QT_TRANSLATE_NOOP("LetterField", "Régimes applicables"), "text")),
    ("breach", Placeholder("breach.authority", QT_TRANSLATE_NOOP("LetterField", "Autorité notifiée"), "text")),
    # Which notice the letter is: the GDPR's (Art. 33) to an EU supervisory authority, or
    # the organisation's policy to the CNDP (Law 09-08 has no breach duty). A letter to
    # the CNDP cites no GDPR article.
    ("breach", Placeholder("breach.to_eu_authority", QT_TRANSLATE_NOOP("LetterField", "Courrier à une autorité de contrôle de l'UE (article 33 du RGPD)"), "flag")),
    ("breach", Placeholder("breach.to_cndp", QT_TRANSLATE_NOOP("LetterField", "Courrier à la CNDP (politique interne, loi 09-08)"), "flag")),
)  # fmt: skip


def _family(kind: str) -> tuple[Placeholder, ...]:
    try:
        letter_kind = LetterKind(kind)
    except ValueError:
        raise ValidationError(ERR_UNKNOWN_KIND, "kind", value=str(kind)) from None
    family = "breach" if letter_kind in BREACH_KINDS else "request"
    return tuple(placeholder for serves, placeholder in _PLACEHOLDERS if serves in ("any", family))


def placeholders_for(kind: str) -> tuple[Placeholder, ...]:
    """The names a template of ``kind`` may use, for the editor's insert menu."""
    return _family(kind)


def known_for(kind: str) -> dict[str, Placeholder]:
    return {p.name: p for p in _family(kind)}


def validate_template(kind: str, text: str) -> tuple[str, ...]:
    """Check a template of ``kind``; the placeholder names it uses, or a ValidationError."""
    return check(text, known_for(kind))


def render_template(kind: str, text: str, values: Mapping[str, Value], separator: str) -> str:
    return fill(text, known_for(kind), values, separator=separator)
