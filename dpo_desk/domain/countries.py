"""Countries in the register: the ISO 3166-1 codes a transfer or a processor may name,
the home country (a transfer is a sending out of Morocco), and the default adequacy list
of a new register (Law 09-08 art. 43), labelled as what it is.

Pure: no Qt, no database.
"""

from __future__ import annotations

from dpo_desk.domain.labels import QT_TRANSLATE_NOOP

# ISO 3166-1 alpha-2: the 249 officially assigned codes (as in tzdata's iso3166.tab).
ISO_COUNTRIES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
    """.split()
)

HOME_COUNTRY = "MA"  # the controllers DPO Desk serves are Moroccan (legal notes, "Regimes")

# Countries to which Law 09-08 art. 43 allows a transfer without more are those on the
# CNDP's adequacy list (délibération 465-2013; a later one, 236-2015, is cited, and
# which is current is *unconfirmed*). This default is NOT that list: the legal notes
# name no country of it individually, so it holds only the EU member states and the
# other EEA states (IS, LI, NO), and says so (ADEQUACY_SOURCE) wherever it is shown.
# The DPO must check it against the CNDP's current délibération and complete it; the
# register stores its own editable copy (services/records.py), and this constant is
# only the default of a new register.
DEFAULT_ADEQUATE_COUNTRIES = frozenset(
    """
    AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK
    IS LI NO
    """.split()
)
# What the default list is, in the user's words (issue 23: it was attributed to the
# délibération it does not reproduce).
ADEQUACY_SOURCE = QT_TRANSLATE_NOOP(
    "Adequacy",
    "Liste par défaut : les États de l'Union européenne et de l'Espace économique "
    "européen. Ce n'est pas la liste de la délibération CNDP n° 465-2013 ; "
    "vérifiez-la et complétez-la.",
)


def normalise_country(code: str) -> str:
    return code.strip().upper()


ERR_COUNTRY = QT_TRANSLATE_NOOP(
    "Errors", "« {value} » n'est pas un code pays ISO 3166 à deux lettres (ex. US, FR)."
)
ERR_HOME_COUNTRY = QT_TRANSLATE_NOOP(
    "Errors", "Un transfert est un envoi hors du Maroc : choisissez un pays de destination."
)
