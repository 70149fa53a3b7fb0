"""The words the engagement charts add around the form's own labels, per form language.

Block and pillar names come from the form; titles, legends and statuses are
kept here for the languages the built-in forms speak, English otherwise.
"""

from __future__ import annotations

from forms.wheel.structure import language_code

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "pledge_title": "Pledges mapped to the wheel",
        "scores": "Block score (diagnostic)",
        "pledges": "Active pledges",
        "pledge_one": "{n} pledge",
        "pledge_many": "{n} pledges",
        "no_pledge": "no pledge",
        "gap_one": "{n} validated priority unpledged",
        "gap_many": "{n} validated priorities unpledged",
        "weak_unpledged": "Weak (below 3) and no pledge",
        "gap": "Validated priority without pledge",
        "no_data": "no data",
        "kpi_title": "KPIs over the monitoring rounds",
        "baseline": "Baseline",
        "target": "Target",
        "on_track": "On track",
        "at_risk": "At risk",
        "off_track": "Off track",
        "no_status": "No status",
        "no_value": "no value",
        "of_the_way": "{share} of the way",
        "compare_title": "Missions compared",
        "current": "current round",
        "earlier": "baseline round",
        "overall": "Overall",
    },
    "fr": {
        "pledge_title": "Engagements rapportés à la roue",
        "scores": "Score de la composante (diagnostic)",
        "pledges": "Engagements actifs",
        "pledge_one": "{n} engagement",
        "pledge_many": "{n} engagements",
        "no_pledge": "aucun engagement",
        "gap_one": "{n} priorité validée sans engagement",
        "gap_many": "{n} priorités validées sans engagement",
        "weak_unpledged": "Faible (moins de 3) et sans engagement",
        "gap": "Priorité validée sans engagement",
        "no_data": "pas de données",
        "kpi_title": "Indicateurs clés au fil des cycles de suivi",
        "baseline": "Référence",
        "target": "Cible",
        "on_track": "En bonne voie",
        "at_risk": "À risque",
        "off_track": "En retard",
        "no_status": "Sans situation",
        "no_value": "pas de valeur",
        "of_the_way": "{share} du chemin",
        "compare_title": "Missions comparées",
        "current": "cycle actuel",
        "earlier": "cycle de référence",
        "overall": "Global",
    },
    "es": {
        "pledge_title": "Compromisos en la rueda",
        "scores": "Puntuación del componente (diagnóstico)",
        "pledges": "Compromisos activos",
        "pledge_one": "{n} compromiso",
        "pledge_many": "{n} compromisos",
        "no_pledge": "sin compromiso",
        "gap_one": "{n} prioridad validada sin compromiso",
        "gap_many": "{n} prioridades validadas sin compromiso",
        "weak_unpledged": "Débil (menos de 3) y sin compromiso",
        "gap": "Prioridad validada sin compromiso",
        "no_data": "sin datos",
        "kpi_title": "Indicadores clave en las rondas de seguimiento",
        "baseline": "Línea de base",
        "target": "Meta",
        "on_track": "Según lo previsto",
        "at_risk": "En riesgo",
        "off_track": "Desviado",
        "no_status": "Sin situación",
        "no_value": "sin valor",
        "of_the_way": "{share} del camino",
        "compare_title": "Misiones comparadas",
        "current": "ronda actual",
        "earlier": "ronda de referencia",
        "overall": "General",
    },
    "ar": {
        "pledge_title": "التعهدات على عجلة التحول الرقمي",
        "scores": "درجة المكوِّن (التشخيص)",
        "pledges": "التعهدات السارية",
        "pledge_one": "{n} تعهد",
        "pledge_many": "{n} تعهدات",
        "no_pledge": "لا تعهد",
        "gap_one": "{n} أولوية معتمدة بلا تعهد",
        "gap_many": "{n} أولويات معتمدة بلا تعهد",
        "weak_unpledged": "ضعيف (أقل من 3) وبلا تعهد",
        "gap": "أولوية معتمدة بلا تعهد",
        "no_data": "لا توجد بيانات",
        "kpi_title": "مؤشرات الأداء عبر جولات الرصد",
        "baseline": "خط الأساس",
        "target": "الهدف",
        "on_track": "على المسار الصحيح",
        "at_risk": "معرَّض للخطر",
        "off_track": "خارج المسار",
        "no_status": "بلا حالة",
        "no_value": "لا قيمة",
        "of_the_way": "{share} من الطريق",
        "compare_title": "مقارنة البعثات",
        "current": "الجولة الحالية",
        "earlier": "جولة خط الأساس",
        "overall": "الإجمالي",
    },
}


def words(language: str | None) -> dict[str, str]:
    """The chart words for a form language name or code, English when unknown."""
    return WORDS.get((language_code(language) or "").lower(), WORDS["en"])


def counted(said: dict[str, str], key: str, n: int) -> str:
    """``said[key_one]`` or ``said[key_many]`` with ``n`` filled in."""
    return said[f"{key}_one" if n == 1 else f"{key}_many"].format(n=n)
