"""Language detection: long samples through lingua's low-accuracy mode, short ones through the full models."""

from __future__ import annotations

import pytest

from analysis.corpus import language
from analysis.corpus.language import LOW_ACCURACY_MIN_CHARS, UNKNOWN, detect_language, detect_languages

# News-like paragraphs written for this test, two per language, close languages included (es/ca/pt/it/fr).
PARAGRAPHS = {
    "es": [
        "El Gobierno anunció este martes que enviará ayuda humanitaria a las zonas afectadas por las lluvias, "
        "donde al menos doce personas murieron y cientos de familias perdieron sus viviendas.",
        "La oposición denunció irregularidades en el recuento de votos y pidió a la autoridad electoral que "
        "revise las actas de las mesas del norte del país antes de proclamar al ganador.",
    ],
    "ca": [
        "El Govern va anunciar dimarts que enviarà ajuda humanitària a les zones afectades per les pluges, "
        "on almenys dotze persones van morir i centenars de famílies van perdre casa seva.",
        "L'oposició ha denunciat irregularitats en el recompte de vots i ha demanat a l'autoritat electoral "
        "que revisi les actes de les meses del nord del país abans de proclamar el guanyador.",
    ],
    "pt": [
        "O Governo anunciou nesta terça-feira que vai enviar ajuda humanitária às zonas afetadas pelas chuvas, "
        "onde pelo menos doze pessoas morreram e centenas de famílias perderam as suas casas.",
        "A oposição denunciou irregularidades na contagem dos votos e pediu à autoridade eleitoral que reveja "
        "as atas das mesas do norte do país antes de proclamar o vencedor.",
    ],
    "it": [
        "Il governo ha annunciato martedì che invierà aiuti umanitari nelle zone colpite dalle piogge, dove "
        "almeno dodici persone sono morte e centinaia di famiglie hanno perso la casa.",
        "L'opposizione ha denunciato irregolarità nel conteggio dei voti e ha chiesto all'autorità elettorale "
        "di verificare i verbali dei seggi del nord del paese prima di proclamare il vincitore.",
    ],
    "fr": [
        "Le gouvernement a annoncé mardi qu'il enverra une aide humanitaire dans les zones touchées par les "
        "pluies, où au moins douze personnes sont mortes et des centaines de familles ont perdu leur maison.",
        "L'opposition a dénoncé des irrégularités dans le décompte des voix et a demandé à l'autorité "
        "électorale de vérifier les procès-verbaux des bureaux du nord du pays avant de proclamer le vainqueur.",
    ],
    "de": [
        "Die Regierung kündigte am Dienstag an, humanitäre Hilfe in die vom Regen betroffenen Gebiete zu "
        "schicken, wo mindestens zwölf Menschen starben und Hunderte Familien ihr Zuhause verloren.",
        "Die Opposition prangerte Unregelmäßigkeiten bei der Stimmenauszählung an und forderte die "
        "Wahlbehörde auf, die Protokolle der Wahllokale im Norden des Landes zu prüfen.",
    ],
    "en": [
        "The government announced on Tuesday that it will send humanitarian aid to the areas hit by the rains, "
        "where at least twelve people died and hundreds of families lost their homes.",
        "The opposition denounced irregularities in the vote count and asked the electoral authority to review "
        "the records of the polling stations in the north of the country before proclaiming the winner.",
    ],
}
SHORT = {"es": "Doce muertos por las lluvias en el norte", "en": "Twelve dead as rains hit the north"}


def test_long_paragraphs_of_close_languages_are_told_apart():
    texts = [(code, text) for code, paragraphs in PARAGRAPHS.items() for text in paragraphs]
    assert all(len(t) >= LOW_ACCURACY_MIN_CHARS for _, t in texts)  # all through the low-accuracy mode
    assert detect_languages([t for _, t in texts]) == [code for code, _ in texts]


def test_short_texts_use_the_full_models_and_batches_agree_with_one_by_one():
    assert all(len(t) < LOW_ACCURACY_MIN_CHARS for t in SHORT.values())
    mixed = [*SHORT.values(), *(p[0] for p in PARAGRAPHS.values()), "12 34", *SHORT.values()]
    batch = detect_languages(mixed)
    assert batch == [detect_language(t) for t in mixed]
    assert batch[:2] == ["es", "en"] and batch[-3] == UNKNOWN


def test_the_mode_follows_the_sample_length(monkeypatch):
    used = []
    real = language._detector
    monkeypatch.setattr(language, "_detector", lambda low: used.append(low) or real(low))
    language.detect_language.cache_clear()
    language.reset()  # lingua's answers asked by the tests before (kept for the next process) forgotten
    detect_language(PARAGRAPHS["pt"][0])
    detect_language(SHORT["en"])
    assert used == [True, False]


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_a_long_article_is_judged_by_its_opening(code):
    # Only the first SAMPLE_CHARS characters are read: a long article costs no more than a paragraph.
    text = " ".join(PARAGRAPHS[code] * 20)
    assert detect_language(text) == code


def _fresh_process() -> None:
    """What a new process starts from: no answer read or asked, no lingua model loaded, nothing detected."""
    language.reset()
    language._detector.cache_clear()
    detect_language.cache_clear()


def test_lingua_answers_are_kept_for_the_next_process(monkeypatch, tmp_path) -> None:
    from analysis import user_cache

    monkeypatch.setenv(user_cache.CACHE_ENV, str(tmp_path))
    texts = [p for paragraphs in PARAGRAPHS.values() for p in paragraphs] + ["Breve.", "Notícia curta."]
    _fresh_process()
    first = detect_languages(texts)
    alone = [detect_language(t) for t in texts]
    assert language._detector.cache_info().currsize > 0  # other languages than es/en: lingua was asked
    language.save()
    assert language.cache_file() is not None and language.cache_file().exists()
    _fresh_process()
    assert detect_languages(texts) == first and [detect_language(t) for t in texts] == alone
    assert language._detector.cache_info().currsize == 0  # every answer read back: no lingua model loaded
    assert first[: 2 * len(PARAGRAPHS)] == [code for code in PARAGRAPHS for _ in PARAGRAPHS[code]]
    # A damaged file is ignored: lingua is asked again, with the same answers.
    where = language.cache_file()
    where.write_bytes(where.read_bytes()[:-3])
    _fresh_process()
    assert detect_languages(texts) == first
    assert language._detector.cache_info().currsize > 0
    _fresh_process()


def test_without_a_cache_lingua_is_asked(monkeypatch) -> None:
    from analysis import user_cache

    monkeypatch.setenv(user_cache.CACHE_ENV, "")
    _fresh_process()
    assert language.cache_file() is None
    assert detect_languages(PARAGRAPHS["pt"] * 4) == ["pt"] * 8
    language.save()  # nothing to write to: no error
    _fresh_process()
