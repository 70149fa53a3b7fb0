"""The report's own words in English, French, Spanish, Arabic and Khmer.

Pillar, block, question and choice labels come from the forms in the chosen
language; everything the report adds around them (headings, column names,
the method annex) is here, one dictionary per language with the same keys
(a test checks that), so a French report is French throughout and an Arabic
one Arabic.  Placeholders in braces are filled with ``str.format``.
"""

from __future__ import annotations

from exports.report.words_ar_km import AR, KM

LANGUAGES = ("en", "fr", "es", "ar", "km")
RIGHT_TO_LEFT = frozenset({"ar"})

EN: dict[str, str] = {
    "report": "Mission report",
    "minutes": "Validation workshop minutes",
    "country": "Country",
    "mission": "Mission",
    "phase": "Phase of the engagement",
    "dates": "Dates",
    "team": "Team",
    "generated": "Generated on {at} by {by}",
    "generated_anonymous": "Generated on {at}",
    "contents": "Contents",
    "phase_initiation": "Initiation",
    "phase_strategy": "Strategy",
    "phase_implementation": "Implementation",
    "phase_monitoring": "Monitoring and evaluation",
    "summary": "Executive summary",
    "overall": "Overall score",
    "rests_on": "{answered} of {total} indicators answered across {respondents} respondents.",
    "incomplete": "Incomplete: {scored} of {total} building blocks scored.",
    "pillar": "Pillar",
    "block": "Building block",
    "score": "Score",
    "blocks_scored": "Blocks scored",
    "indicators": "Indicators answered",
    "baseline": "Baseline",
    "change": "Change",
    "strongest": "Strongest building blocks",
    "weakest": "Weakest building blocks",
    "since_baseline": "Since the baseline round the overall score moved from {before} to {after} "
    "({change}).",
    "no_baseline": "There is no earlier round, so no change since a baseline can be shown.",
    "no_data": "no data",
    "wheel": "The Digital Transformation Wheel",
    "wheel_caption": "Block scores (median across stakeholder groups), target, baseline round "
    "and the range between groups.",
    "range": "Range across groups",
    "groups_scored": "{n} of {groups} groups",
    "target": "Target",
    "group": "Stakeholder group",
    "organisation": "Organisation",
    "evidence": "Evidence and sources",
    "no_evidence": "No evidence recorded.",
    "levels": "Maturity levels",
    "workshop": "Validation workshop outcomes",
    "no_workshop": "No validation workshop has been recorded for this mission.",
    "rank": "Rank",
    "priority": "Priority",
    "outcome": "Outcome",
    "votes": "Votes for / against / abstain",
    "owner": "Owner",
    "due": "Due date",
    "dissent": "Dissent",
    "agreed_kpi": "Agreed KPI",
    "description": "Description",
    "workshop_facts": "{place}, {date}. Facilitated by {facilitator}.",
    "attendance": "{count} attendees, of whom {women} women.",
    "outcome_counts": "Outcomes",
    "attendees": "Attendees",
    "name": "Name",
    "decisions": "Decisions, priority by priority",
    "decision": "Decision",
    "actions": "Actions",
    "action": "Action",
    "none": "none",
    "annexes": "Annexes",
    "respondents": "Respondents",
    "round": "Round",
    "current_round": "current",
    "baseline_round": "baseline",
    "date": "Date",
    "interviewer": "Interviewer",
    "status": "Status",
    "status_draft": "draft",
    "status_complete": "complete",
    "method": "How the scores are computed",
    "method_levels": "Each maturity indicator is answered on a scale from 1 to 5: {levels}. "
    "An answer such as “don't know” gives no score.",
    "method_scaling": "A quantitative indicator is scaled linearly between the value that scores "
    "1 and the value that scores 5, and held within 1 to 5; where lower is better, the first "
    "value is the larger one.",
    "method_median": "A block's score for one respondent is the mean of its answered indicators. "
    "The mission's block score is the median across the respondents of the current round, so "
    "one group cannot pull it far. A pillar is the mean of its scored blocks and the overall "
    "score the mean of the scored pillars.",
    "method_missing": "Missing stays missing: an unanswered indicator is left out, never counted "
    "as zero, and a block nobody scored shows “no data”. Counts beside each score say what "
    "it rests on.",
    "scaled_indicators": "Quantitative indicators",
    "indicator": "Indicator",
    "scores_1": "Scores 1 at",
    "scores_5": "Scores 5 at",
    "completeness": "Data completeness",
    "completeness_note": "Indicators answered, summed over the respondents of the current round, "
    "and how many groups scored each block.",
    "groups": "Groups",
    "answered": "Answered",
    "total": "Total",
    "page": "Page",
    "pledges": "Pledge map",
    "pledges_caption": "Block scores from the diagnostic beside the active pledges to each "
    "block; weak blocks without a pledge and blocks with unpledged "
    "priorities are outlined.",
    "pledges_count": "Pledges",
    "amounts": "Amounts (active pledges)",
    "validated": "Validated priorities",
    "withdrawn": "{n} withdrawn",
    "in_kind": "{n} in kind",
    "unpledged": "{n} unpledged",
    "weak_unpledged": "Highlighted: a weak block (below 3) with no pledge.",
    "total_pledged": "Total of active pledges: {amounts}. Amounts in different "
    "currencies are never added together.",
    "gaps": "Validated priorities and their pledges",
    "gaps_count": "{gaps} of {total} validated priorities have no pledge.",
    "pledged_by": "Pledged by",
    "gap": "GAP: no pledge",
    "no_pledges": "No pledge register has been recorded for this mission.",
    "kpis": "Key performance indicators",
    "kpis_caption": "Each KPI from its baseline towards its target over the monitoring rounds.",
    "kpi": "KPI",
    "progress": "Progress to target",
    "on_track": "on track",
    "at_risk": "at risk",
    "off_track": "off track",
    "assessed": "assessed",
    "no_kpis": "No monitoring round has been recorded for this mission.",
    "rounds": "Monitoring rounds",
}

FR: dict[str, str] = {
    "report": "Rapport de mission",
    "minutes": "Procès-verbal de l'atelier de validation",
    "country": "Pays",
    "mission": "Mission",
    "phase": "Phase de l'accompagnement",
    "dates": "Dates",
    "team": "Équipe",
    "generated": "Établi le {at} par {by}",
    "generated_anonymous": "Établi le {at}",
    "contents": "Table des matières",
    "phase_initiation": "Lancement",
    "phase_strategy": "Stratégie",
    "phase_implementation": "Mise en œuvre",
    "phase_monitoring": "Suivi et évaluation",
    "summary": "Synthèse",
    "overall": "Score global",
    "rests_on": "{answered} indicateurs renseignés sur {total}, auprès de {respondents} "
    "répondants.",
    "incomplete": "Incomplet : {scored} composantes notées sur {total}.",
    "pillar": "Pilier",
    "block": "Composante",
    "score": "Score",
    "blocks_scored": "Composantes notées",
    "indicators": "Indicateurs renseignés",
    "baseline": "Référence",
    "change": "Évolution",
    "strongest": "Composantes les plus avancées",
    "weakest": "Composantes les moins avancées",
    "since_baseline": "Depuis le cycle de référence, le score global est passé de {before} "
    "à {after} ({change}).",
    "no_baseline": "Il n'existe pas de cycle antérieur : aucune évolution depuis une référence "
    "ne peut être présentée.",
    "no_data": "pas de données",
    "wheel": "La roue de la transformation numérique",
    "wheel_caption": "Score des composantes (médiane des groupes de parties prenantes), cible, "
    "cycle de référence et écart entre les groupes.",
    "range": "Écart entre groupes",
    "groups_scored": "{n} groupes sur {groups}",
    "target": "Cible",
    "group": "Groupe de parties prenantes",
    "organisation": "Organisation",
    "evidence": "Éléments probants et sources",
    "no_evidence": "Aucun élément probant enregistré.",
    "levels": "Niveaux de maturité",
    "workshop": "Résultats de l'atelier de validation",
    "no_workshop": "Aucun atelier de validation n'est enregistré pour cette mission.",
    "rank": "Rang",
    "priority": "Priorité",
    "outcome": "Décision",
    "votes": "Voix pour / contre / abstentions",
    "owner": "Responsable",
    "due": "Échéance",
    "dissent": "Désaccords",
    "agreed_kpi": "Indicateur clé convenu",
    "description": "Description",
    "workshop_facts": "{place}, {date}. Animé par {facilitator}.",
    "attendance": "{count} participants, dont {women} femmes.",
    "outcome_counts": "Décisions",
    "attendees": "Participants",
    "name": "Nom",
    "decisions": "Décisions, priorité par priorité",
    "decision": "Décision",
    "actions": "Actions",
    "action": "Action",
    "none": "aucun",
    "annexes": "Annexes",
    "respondents": "Répondants",
    "round": "Cycle",
    "current_round": "en cours",
    "baseline_round": "référence",
    "date": "Date",
    "interviewer": "Enquêteur ou enquêtrice",
    "status": "État",
    "status_draft": "brouillon",
    "status_complete": "terminé",
    "method": "Mode de calcul des scores",
    "method_levels": "Chaque indicateur de maturité est noté sur une échelle de 1 à 5 : {levels}. "
    "Une réponse telle que « ne sait pas » ne donne pas de score.",
    "method_scaling": "Un indicateur quantitatif est ramené linéairement entre la valeur qui vaut "
    "1 et celle qui vaut 5, puis borné entre 1 et 5 ; lorsque plus bas vaut mieux, la première "
    "valeur est la plus grande.",
    "method_median": "Le score d'une composante pour un répondant est la moyenne de ses "
    "indicateurs renseignés. Le score de la mission est la médiane des répondants du cycle en "
    "cours, si bien qu'un seul groupe ne peut pas le tirer loin. Un pilier est la moyenne de ses "
    "composantes notées et le score global la moyenne des piliers notés.",
    "method_missing": "Une donnée manquante reste manquante : un indicateur sans réponse est "
    "écarté, jamais compté comme zéro, et une composante que personne n'a notée affiche « pas "
    "de données ». Les effectifs à côté de chaque score disent sur quoi il repose.",
    "scaled_indicators": "Indicateurs quantitatifs",
    "indicator": "Indicateur",
    "scores_1": "Vaut 1 à",
    "scores_5": "Vaut 5 à",
    "completeness": "Complétude des données",
    "completeness_note": "Indicateurs renseignés, cumulés sur les répondants du cycle en cours, "
    "et nombre de groupes ayant noté chaque composante.",
    "groups": "Groupes",
    "answered": "Renseignés",
    "total": "Total",
    "page": "Page",
    "pledges": "Cartographie des engagements",
    "pledges_caption": "Score des composantes selon le diagnostic, à côté des engagements "
    "actifs pour chacune ; les composantes faibles sans engagement et "
    "celles dont des priorités restent sans engagement sont entourées.",
    "pledges_count": "Engagements",
    "amounts": "Montants (engagements actifs)",
    "validated": "Priorités validées",
    "withdrawn": "{n} retirés",
    "in_kind": "{n} en nature",
    "unpledged": "{n} sans engagement",
    "weak_unpledged": "En surbrillance : une composante faible (moins de 3) sans aucun engagement.",
    "total_pledged": "Total des engagements actifs : {amounts}. Les montants en devises "
    "différentes ne sont jamais additionnés.",
    "gaps": "Priorités validées et engagements correspondants",
    "gaps_count": "{gaps} priorités validées sur {total} n'ont aucun engagement.",
    "pledged_by": "Engagement de",
    "gap": "LACUNE : aucun engagement",
    "no_pledges": "Aucun registre des engagements n'est enregistré pour cette mission.",
    "kpis": "Indicateurs clés de performance",
    "kpis_caption": "Chaque indicateur, de sa valeur de référence vers sa cible, au fil "
    "des cycles de suivi.",
    "kpi": "Indicateur",
    "progress": "Progression vers la cible",
    "on_track": "en bonne voie",
    "at_risk": "à risque",
    "off_track": "en retard",
    "assessed": "estimé",
    "no_kpis": "Aucun cycle de suivi n'est enregistré pour cette mission.",
    "rounds": "Cycles de suivi",
}

ES: dict[str, str] = {
    "report": "Informe de misión",
    "minutes": "Acta del taller de validación",
    "country": "País",
    "mission": "Misión",
    "phase": "Fase del acompañamiento",
    "dates": "Fechas",
    "team": "Equipo",
    "generated": "Generado el {at} por {by}",
    "generated_anonymous": "Generado el {at}",
    "contents": "Índice",
    "phase_initiation": "Inicio",
    "phase_strategy": "Estrategia",
    "phase_implementation": "Implementación",
    "phase_monitoring": "Seguimiento y evaluación",
    "summary": "Resumen ejecutivo",
    "overall": "Puntuación general",
    "rests_on": "{answered} de {total} indicadores respondidos por {respondents} personas "
    "o grupos entrevistados.",
    "incomplete": "Incompleto: {scored} de {total} componentes puntuados.",
    "pillar": "Pilar",
    "block": "Componente",
    "score": "Puntuación",
    "blocks_scored": "Componentes puntuados",
    "indicators": "Indicadores respondidos",
    "baseline": "Línea de base",
    "change": "Cambio",
    "strongest": "Componentes más sólidos",
    "weakest": "Componentes más débiles",
    "since_baseline": "Desde la ronda de línea de base, la puntuación general pasó de {before} "
    "a {after} ({change}).",
    "no_baseline": "No hay una ronda anterior, por lo que no puede mostrarse ningún cambio "
    "respecto de una línea de base.",
    "no_data": "sin datos",
    "wheel": "La rueda de la transformación digital",
    "wheel_caption": "Puntuación de los componentes (mediana de los grupos de partes "
    "interesadas), meta, ronda de línea de base y rango entre grupos.",
    "range": "Rango entre grupos",
    "groups_scored": "{n} de {groups} grupos",
    "target": "Meta",
    "group": "Grupo de partes interesadas",
    "organisation": "Organización",
    "evidence": "Evidencia y fuentes",
    "no_evidence": "No se registró evidencia.",
    "levels": "Niveles de madurez",
    "workshop": "Resultados del taller de validación",
    "no_workshop": "No se ha registrado ningún taller de validación para esta misión.",
    "rank": "Orden",
    "priority": "Prioridad",
    "outcome": "Resultado",
    "votes": "Votos a favor / en contra / abstenciones",
    "owner": "Responsable",
    "due": "Fecha límite",
    "dissent": "Disenso",
    "agreed_kpi": "Indicador clave acordado",
    "description": "Descripción",
    "workshop_facts": "{place}, {date}. Facilitado por {facilitator}.",
    "attendance": "{count} participantes, de los cuales {women} mujeres.",
    "outcome_counts": "Resultados",
    "attendees": "Participantes",
    "name": "Nombre",
    "decisions": "Decisiones, prioridad por prioridad",
    "decision": "Decisión",
    "actions": "Acciones",
    "action": "Acción",
    "none": "ninguno",
    "annexes": "Anexos",
    "respondents": "Personas entrevistadas",
    "round": "Ronda",
    "current_round": "actual",
    "baseline_round": "línea de base",
    "date": "Fecha",
    "interviewer": "Entrevistador o entrevistadora",
    "status": "Estado",
    "status_draft": "borrador",
    "status_complete": "completo",
    "method": "Cómo se calculan las puntuaciones",
    "method_levels": "Cada indicador de madurez se responde en una escala de 1 a 5: {levels}. "
    "Una respuesta como «no sabe» no da puntuación.",
    "method_scaling": "Un indicador cuantitativo se escala linealmente entre el valor que puntúa "
    "1 y el que puntúa 5, y se mantiene entre 1 y 5; cuando menos es mejor, el primer valor es "
    "el mayor.",
    "method_median": "La puntuación de un componente para una persona entrevistada es la media "
    "de sus indicadores respondidos. La de la misión es la mediana entre las personas "
    "entrevistadas de la ronda actual, de modo que un solo grupo no puede desplazarla mucho. "
    "Un pilar es la media de sus componentes puntuados y la puntuación general, la media de los "
    "pilares puntuados.",
    "method_missing": "Lo que falta sigue faltando: un indicador sin respuesta se deja fuera, "
    "nunca cuenta como cero, y un componente que nadie puntuó muestra «sin datos». Los "
    "recuentos junto a cada puntuación indican en qué se basa.",
    "scaled_indicators": "Indicadores cuantitativos",
    "indicator": "Indicador",
    "scores_1": "Puntúa 1 en",
    "scores_5": "Puntúa 5 en",
    "completeness": "Completitud de los datos",
    "completeness_note": "Indicadores respondidos, sumados sobre las personas entrevistadas de "
    "la ronda actual, y cuántos grupos puntuaron cada componente.",
    "groups": "Grupos",
    "answered": "Respondidos",
    "total": "Total",
    "page": "Página",
    "pledges": "Mapa de compromisos",
    "pledges_caption": "Puntuación de los componentes según el diagnóstico, junto a los "
    "compromisos activos de cada uno; se destacan los componentes "
    "débiles sin compromiso y los que tienen prioridades sin "
    "compromiso.",
    "pledges_count": "Compromisos",
    "amounts": "Montos (compromisos activos)",
    "validated": "Prioridades validadas",
    "withdrawn": "{n} retirados",
    "in_kind": "{n} en especie",
    "unpledged": "{n} sin compromiso",
    "weak_unpledged": "Resaltado: un componente débil (menos de 3) sin ningún compromiso.",
    "total_pledged": "Total de compromisos activos: {amounts}. Los montos en monedas "
    "distintas nunca se suman entre sí.",
    "gaps": "Prioridades validadas y sus compromisos",
    "gaps_count": "{gaps} de {total} prioridades validadas no tienen compromiso.",
    "pledged_by": "Compromiso de",
    "gap": "BRECHA: sin compromiso",
    "no_pledges": "No se ha registrado ningún registro de compromisos para esta misión.",
    "kpis": "Indicadores clave de desempeño",
    "kpis_caption": "Cada indicador, desde su línea de base hacia su meta, a lo largo "
    "de las rondas de seguimiento.",
    "kpi": "Indicador",
    "progress": "Avance hacia la meta",
    "on_track": "en curso",
    "at_risk": "en riesgo",
    "off_track": "retrasado",
    "assessed": "estimado",
    "no_kpis": "No se ha registrado ninguna ronda de seguimiento para esta misión.",
    "rounds": "Rondas de seguimiento",
}

WORDS: dict[str, dict[str, str]] = {"en": EN, "fr": FR, "es": ES, "ar": AR, "km": KM}


def report_words(language: str) -> dict[str, str]:
    """The report's words in ``language`` (one of ``LANGUAGES``), English for any other."""
    return WORDS.get(language, EN)


def decimal_comma(language: str) -> bool:
    """French and Spanish write 2,75; English, Arabic (as used in the Maghreb) and Khmer 2.75."""
    return language in ("fr", "es")
