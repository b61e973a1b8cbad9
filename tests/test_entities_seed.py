"""The bundled seed gazetteer: its data, its loading, and the gates on what it may find."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from dramatui.content import entities_seed
from dramatui.content.entities import EntityRules, entity_key, extract_entities
from dramatui.content.entities_index import heads_of, match_key
from dramatui.content.entities_lexicon import GROUP_KEYS, NETWORK_KEYS, STAGE_NAMES
from dramatui.content.entities_seed import (
    build_seed,
    capitals_kept,
    read_names,
    screen_cue,
    seed,
    seed_matches,
    short_title,
)


def keys(names: list[str]) -> set[str]:
    return {entity_key(n) for n in names}


def bundled(name: str) -> list[tuple[str, bool]]:
    return read_names(resources.files("dramatui.content").joinpath(name).read_text("utf-8"))


# --- the data files ---


def test_data_files_ship_with_the_package() -> None:
    package = resources.files("dramatui.content")
    assert package.joinpath("seed_shows.txt").is_file()
    assert package.joinpath("seed_actors.txt").is_file()


def test_bundled_lists_are_broad() -> None:
    shows = {match_key(d) for d, _ in bundled("seed_shows.txt")}
    actors = {match_key(d) for d, _ in bundled("seed_actors.txt")}
    assert len(shows) >= 1500
    assert len(actors) >= 2000
    assert {"sky castle", "running man", "knowing bros", "i live alone"} <= shows
    assert {"lee min ho", "tyler rasch", "claudia kim", "steven yeun"} <= actors


def test_bundled_lists_hold_no_groups_or_networks() -> None:
    names = bundled("seed_shows.txt") + bundled("seed_actors.txt")
    found = {entity_key(d) for d, _ in names} & (GROUP_KEYS | NETWORK_KEYS)
    assert not found


def test_seed_actors_are_full_names_or_allowed_stage_names() -> None:
    for _, (kind, display, source) in seed().actors.targets.items():
        assert kind == "actor" and source == "seed"
        assert " " in match_key(display) or display in STAGE_NAMES, display


def test_read_names_skips_comments_and_reads_marks() -> None:
    text = "# a comment\n\nSky Castle\n~ Money Heist\n  Signal  \n~\n"
    assert read_names(text) == [("Sky Castle", False), ("Money Heist", True), ("Signal", False)]


def test_short_titles_need_a_cue_and_distinctive_ones_do_not() -> None:
    assert short_title("signal") and short_title("the glory") and short_title("my name")
    assert not short_title("sky castle") and not short_title("reply 1988")
    built = build_seed(
        [("Signal", False), ("Sky Castle", False), ("Money Heist", True), ("Jang Ok Jung", False)],
        [("Tyler Rasch", False), ("Kai", False), ("Rowoon", False), ("Paul Kim", True)],
    )
    assert built.support == {"sky castle"}
    assert built.needs_cue == {"signal", "money heist"}
    assert "jang ok jung" not in built.shows.targets  # reads as a person's name
    assert set(built.actors.targets) == {"tyler rasch", "rowoon", "paul kim"}  # "Kai" is a word
    assert built.singers == {"paul kim"}


def test_marked_variant_makes_every_spelling_need_a_cue() -> None:
    built = build_seed([("Start-Up", True), ("Start Up", False)], [])
    assert "start up" in built.needs_cue and "start up" not in built.support


# --- loading ---


def test_seed_is_built_once() -> None:
    assert seed() is seed()


def test_seed_is_read_lazily_on_first_extraction() -> None:
    code = (
        "from dramatui.content import entities, entities_seed\n"
        "before = entities_seed.seed.cache_info().currsize\n"
        "entities.extract_entities('', 'Tyler Rasch joined.')\n"
        "print(before, entities_seed.seed.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]


# --- the gates, one by one ---


def test_capitals_must_be_kept() -> None:
    assert capitals_kept("Crash Landing On You", "Crash Landing on You")
    assert capitals_kept("Lee Min-ho", "Lee Min Ho")
    assert not capitals_kept("Sky castle", "Sky Castle")
    assert not capitals_kept("My name", "My Name")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("She rose to fame since Signal.", "Signal"),
        ("He starred in Mother years ago.", "Mother"),
        ("Fans of tvN's Signal waited.", "Signal"),
        ("The drama Signal returns.", "Signal"),
        ("The Kingdom star returns.", "Kingdom"),
        ("The cast of Signal met.", "Signal"),
        ("Fans saw Signal (2016) again.", "Signal"),
        ("Many cried at Kingdom's finale.", "Kingdom"),
    ],
)
def test_screen_cues(text: str, title: str) -> None:
    start = text.index(title)
    assert screen_cue(text, start, start + len(title))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("He thanked Mother Nature.", "Mother"),
        ("Fans gathered at the VIP premiere.", "VIP"),
        ("The Korean Peninsula is home to it.", "Peninsula"),
        ("It was over. Signal lights blinked.", "Signal"),
    ],
)
def test_no_screen_cue(text: str, title: str) -> None:
    start = text.index(title)
    assert not screen_cue(text, start, start + len(title))


def test_distinctive_title_found_unquoted() -> None:
    result = extract_entities("", "The hit Sky Castle made Kim Seo Hyung a household name.")
    assert result.shows == ["Sky Castle"]


def test_title_at_sentence_end_loses_the_full_stop() -> None:
    assert extract_entities("", "He later led Taxi Driver.").shows == ["Taxi Driver"]


def test_one_word_title_with_a_cue() -> None:
    result = extract_entities("", "Lee Je Hoon rose to fame since Signal, then praised Vagabond.")
    assert result.shows == ["Signal"]


def test_a_verb_only_screen_work_takes_is_a_cue() -> None:
    # "led", "made", "directed" take a screen work; "praised" takes anything.
    result = extract_entities("", "Kim Hye Soo also led Signal before the trial drama.")
    assert result.shows == ["Signal"]
    result = extract_entities("", "Director Kim Won Seok, who made My Mister and Misaeng, spoke.")
    assert result.shows == ["My Mister", "Misaeng"]
    assert extract_entities("", "Fans praised Signal flares at the concert.").shows == []


def test_one_word_title_without_a_cue_is_no_show() -> None:
    assert extract_entities("", "He thanked Mother Nature for the weather.").shows == []
    assert extract_entities("", "It was Kingdom all along.").shows == []


def test_common_phrase_needs_a_cue() -> None:
    assert extract_entities("", "He loves Money Heist trivia.").shows == []
    assert extract_entities("", "Netflix's Money Heist returns.").shows == ["Money Heist"]


def test_short_title_in_a_headline_needs_quotes() -> None:
    assert extract_entities("Signal Returns With New Case", "The cast gathered.").shows == []


def test_dateline_dash_starts_a_sentence() -> None:
    text = "SEOUL, Feb. 14 -- Veteran actor Ji Sung will lead the drama."
    result = extract_entities("", text)
    assert result.shows == [] and result.actors == ["Ji Sung"]


def test_seed_confirms_an_undecided_quoted_title() -> None:
    assert extract_entities("", "I rewatched “Reply 1988” yesterday.").shows == ["Reply 1988"]


def test_song_of_the_same_name_is_no_show() -> None:
    text = "The singer performed the song “Secret Garden” at the concert."
    assert extract_entities("", text).shows == []


def test_no_title_inside_a_korean_name() -> None:
    built = build_seed([("Seo Jin's", False)], [])
    text = "Lee Seo Jin's new show airs soon."
    found = _with_seed(built, text, names=[(0, 11)])
    assert found == []
    assert _with_seed(built, "Seo Jin's new show airs soon.", names=[]) != []


def _with_seed(
    built: entities_seed.Seed, text: str, names: list[tuple[int, int]]
) -> list[entities_seed.Match]:
    original = entities_seed.seed
    entities_seed.seed = lambda: built  # type: ignore[assignment]
    try:
        return seed_matches(text, heads_of(text), 0, [], [], names, set())
    finally:
        entities_seed.seed = original


def test_foreign_and_western_order_performers() -> None:
    result = extract_entities("", "Tyler Rasch and Claudia Kim joined, and Eddie Redmayne waved.")
    assert result.actors == ["Tyler Rasch", "Claudia Kim", "Eddie Redmayne"]


def test_seed_actor_written_as_crew_is_no_actor() -> None:
    assert extract_entities("", "The screenwriter Claudia Kim wrote it.").actors == []


def test_singer_needs_the_article_to_cast_them() -> None:
    text = "Paul Kim's OST topped the chart again, and fans cheered."
    assert extract_entities("", text).actors == []
    text = "Guest Paul Kim joined the cast of Running Man this week."
    assert extract_entities("", text).actors == ["Paul Kim"]


def test_user_bans_beat_the_seed() -> None:
    rules = EntityRules(ban_shows=["SKY Castle"], ban_actors=["tyler rasch"])
    result = extract_entities("", "The hit Sky Castle fan Tyler Rasch cheered.", rules=rules)
    assert result.shows == [] and result.actors == []


def test_hyphen_variant_of_a_seed_name() -> None:
    result = extract_entities("", "Fans met Hometown Cha Cha Cha star Kim Seon-ho.")
    assert keys(result.shows) == {"hometown cha cha cha"}
    assert keys(result.actors) == {"kim seon ho"}


def test_titles_with_an_ampersand_or_a_comma() -> None:
    text = "On Saturday's 2 Days & 1 Night, the cast camped. He stole scenes in I, the Executioner."
    assert extract_entities("", text).shows == ["2 Days & 1 Night", "I, the Executioner"]


def test_seed_title_after_a_print_word_is_the_book() -> None:
    text = "Both seasons adapt the Naver webtoon Weak Hero, drawn by a newcomer."
    assert extract_entities("", text).shows == []


def test_seed_title_cues_from_praise_studio_and_soundtrack() -> None:
    assert extract_entities("", "He won praise and a nomination for Minari last year.").shows == [
        "Minari"
    ]
    assert extract_entities("", "She had a cameo in Marvel's The Marvels.").shows == ["The Marvels"]
    assert extract_entities("", "The ballad from the Goblin soundtrack charted.").shows == [
        "Goblin"
    ]


def test_crew_possessive_cues_a_seed_title() -> None:
    text = "Critics still rank Park Chan Wook's The Handmaiden, a period thriller, among his best."
    result = extract_entities("", text)
    assert result.shows == ["The Handmaiden"]
    assert result.actors == []


def test_seed_show_tag_counts_without_the_text() -> None:
    text = "Kim Tae Ri may soon return to television in a fantasy romance."
    result = extract_entities("", text, ["Mr. Sunshine", "Kim Tae Ri", "Casting"])
    assert result.shows == ["Mr. Sunshine"]
    unknown = extract_entities("", text, ["Paper Lanterns", "Kim Tae Ri"])
    assert unknown.shows == []


def test_crew_seed_is_read_and_spares_actors() -> None:
    from dramatui.content.entities_crew import crew_keys, is_crew

    assert len(crew_keys()) > 300
    assert is_crew("Bong Joon-ho") and is_crew("park chan-wook")
    assert not is_crew("Ha Jung Woo")  # directs too, but followed as an actor
