"""The few words the wheel chart and score table add around the form's own labels.

Pillar, block and maturity labels come from the form in every language; the
chart still needs a title, legend entries and "no data".  They are kept here
for the five languages the forms ship in (English, French, Spanish, Arabic,
Khmer), falling back to English, so an Arabic chart is Arabic throughout.
"""

from __future__ import annotations

from forms.wheel.structure import language_code

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Digital Transformation Wheel",
        "no_data": "no data",
        "target": "Target",
        "baseline": "Baseline (earlier round)",
        "spread": "Range across groups",
        "overall": "Overall",
        "pillar": "Pillar",
        "block": "Building block",
        "score": "Score",
        "answered": "Answered",
        "coverage": "{answered} of {total} indicators answered",
        "incomplete": "incomplete, {scored} of {total} blocks scored",
    },
    "fr": {
        "title": "Roue de la transformation numérique",
        "no_data": "pas de données",
        "target": "Cible",
        "baseline": "Référence (cycle précédent)",
        "spread": "Écart entre groupes",
        "overall": "Global",
        "pillar": "Pilier",
        "block": "Composante",
        "score": "Score",
        "answered": "Réponses",
        "coverage": "{answered} indicateurs renseignés sur {total}",
        "incomplete": "incomplet, {scored} composantes notées sur {total}",
    },
    "es": {
        "title": "Rueda de la transformación digital",
        "no_data": "sin datos",
        "target": "Meta",
        "baseline": "Línea de base (ronda anterior)",
        "spread": "Rango entre grupos",
        "overall": "General",
        "pillar": "Pilar",
        "block": "Componente",
        "score": "Puntuación",
        "answered": "Respondidas",
        "coverage": "{answered} de {total} indicadores respondidos",
        "incomplete": "incompleto, {scored} de {total} componentes puntuados",
    },
    "ar": {
        "title": "عجلة التحول الرقمي",
        "no_data": "لا توجد بيانات",
        "target": "الهدف",
        "baseline": "خط الأساس (الجولة السابقة)",
        "spread": "التفاوت بين المجموعات",
        "overall": "الإجمالي",
        "pillar": "الركيزة",
        "block": "المكوِّن",
        "score": "الدرجة",
        "answered": "المُجاب",
        "coverage": "أُجيب عن {answered} من {total} مؤشرًا",
        "incomplete": "غير مكتمل: {scored} من {total} مكوّنات",
    },
    "km": {
        "title": "កង់នៃការផ្លាស់ប្តូរឌីជីថល",
        "no_data": "គ្មានទិន្នន័យ",
        "target": "គោលដៅ",
        "baseline": "ទិន្នន័យមូលដ្ឋាន (ជុំមុន)",
        "spread": "គម្លាតរវាងក្រុម",
        "overall": "សរុប",
        "pillar": "សសរស្តម្ភ",
        "block": "សមាសធាតុ",
        "score": "ពិន្ទុ",
        "answered": "បានឆ្លើយ",
        "coverage": "បានឆ្លើយ {answered} ក្នុងចំណោម {total} សូចនាករ",
        "incomplete": "មិនពេញលេញ៖ {scored} ក្នុងចំណោម {total} សមាសធាតុ",
    },
}

LEVEL_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Nascent", "Emerging", "Developing", "Advanced", "Leading"),
    "fr": ("Naissant", "Émergent", "En développement", "Avancé", "Pionnier"),
    "es": ("Incipiente", "Emergente", "En desarrollo", "Avanzado", "Líder"),
    "ar": ("ناشئ", "صاعد", "نامٍ", "متقدم", "رائد"),
    "km": ("ចាប់ផ្តើម", "កំពុងលេចឡើង", "កំពុងអភិវឌ្ឍ", "ជឿនលឿន", "ឈានមុខ"),
}
"""Maturity names for a wheel whose form has no 1-5 choice list (all quantitative)."""


def words(language: str | None) -> dict[str, str]:
    """The chart words for a form language name or code, English when unknown."""
    return WORDS.get((language_code(language) or "").lower(), WORDS["en"])


def level_names(language: str | None) -> tuple[str, ...]:
    return LEVEL_NAMES.get((language_code(language) or "").lower(), LEVEL_NAMES["en"])
