"""Clear-cut cases for the show and actor extractor, one behaviour per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dramatui.content.entities import (
    EXTRACTOR_VERSION,
    Entities,
    EntityRules,
    Gazetteer,
    entity_key,
    extract_entities,
)
from dramatui.content.entities_tags import ACTOR, SHOW, classify_tag

EXAMPLE = (
    "JTBC’s “Nevertheless” released a new behind-the-scenes video of the cast. "
    "Kim Moo Joon jokes that he needs to look cool “to protect Na Bi (Han So Hee),” and "
    "the staff laugh. Later, Song Kang models the ballet positions he learned from tvN’s "
    "“Navillera,” while Yoon Seo Ah and Lee Ho Jung cheer him on. Song Kang explains, "
    "“This is Jin Soo’s (Seo Bum June’s) drawing.” While you wait, watch Song Kang in "
    "“When the Devil Calls Your Name” below."
)


def keys(names: list[str]) -> set[str]:
    return {entity_key(n) for n in names}


def test_issue_example_article() -> None:
    result = extract_entities("Watch: “Nevertheless” Making-Of Video", EXAMPLE)
    assert keys(result.shows) == keys(
        ["Nevertheless", "Navillera", "When the Devil Calls Your Name"]
    )
    assert keys(result.actors) == keys(
        ["Song Kang", "Han So Hee", "Kim Moo Joon", "Lee Ho Jung", "Yoon Seo Ah", "Seo Bum June"]
    )


def test_names_are_shown_as_a_fan_would_search_them() -> None:
    result = extract_entities("", EXAMPLE)
    assert "Seo Bum June" in result.actors  # no possessive
    assert "Nevertheless" in result.shows  # no quotes
    assert "Navillera" in result.shows  # no trailing comma
    assert result.shows[0] == "Nevertheless"  # order of first appearance


def test_network_possessive_before_quoted_title_is_a_show() -> None:
    result = extract_entities("", "Fans cheered as Disney+’s “Moving” topped the chart.")
    assert result.shows == ["Moving"]


def test_single_quoted_wire_style_title() -> None:
    text = "Lee Jung-jae, best known for Netflix's 'Squid Game,' will headline 'Nice Guy.'"
    result = extract_entities("", text)
    assert keys(result.shows) == {"squid game"}
    assert result.actors == ["Lee Jung-jae"]


def test_ost_in_quotes_is_not_a_show() -> None:
    text = "The OST “Stay With Me” from the drama “Goblin” passed 500 million streams."
    result = extract_entities("", text)
    assert result.shows == ["Goblin"]


def test_song_and_album_titles_are_not_shows() -> None:
    text = "IU released her single “Love Wins All” and the album “The Winning” this week."
    result = extract_entities("", text)
    assert result.shows == []


def test_idol_in_music_only_news_is_not_an_actor() -> None:
    text = (
        "ITZY’s Yeji released her solo single “Air” with a music video, and the track "
        "reached No. 3 on the chart. Lee Hae Sol produced it."
    )
    result = extract_entities("ITZY’s Yeji Drops Single “Air”", text, ["ITZY", "Yeji"])
    assert result == Entities(shows=[], actors=[])


def test_idol_in_acting_news_is_an_actor() -> None:
    text = "IU released a single this week and is filming the drama “Moon Lovers 2” now."
    assert extract_entities("", text).actors == ["IU"]
    text2 = "Song Kang enlisted today. Song requests for his favorite ballad poured in."
    assert extract_entities("", text2).actors == ["Song Kang"]  # one music word is no story


def test_character_in_front_of_parenthesized_actor() -> None:
    text = "In the episode, Baek Hyun Woo (Kim Soo Hyun) confronts Hong Hae In (Kim Ji Won)."
    result = extract_entities("", text)
    assert keys(result.actors) == {"kim soo hyun", "kim ji won"}


def test_character_after_plays_or_as() -> None:
    text = "Kim Tae Ri plays the gifted singer Yoon Jeong Nyeon, and Shin Ye Eun stars as Heo Young Seo."
    result = extract_entities("", text)
    assert keys(result.actors) == {"kim tae ri", "shin ye eun"}


def test_directors_writers_and_reporters_are_not_actors() -> None:
    text = (
        "The series, directed by PD Kim Won Seok and written by writer Park Hae Young, "
        "stars Lee Sun Kyun. Director Bong Joon Ho attended, reporter Kim Min Ji said. "
        "Kim Won Seok added that filming ended in May."
    )
    result = extract_entities("", text)
    assert result.actors == ["Lee Sun Kyun"]


def test_sentence_start_song_is_not_a_surname_but_song_kang_is() -> None:
    text = "Song requests poured in. Song Kang thanked fans. Go ahead and vote. Do Not Disturb."
    result = extract_entities("", text)
    assert result.actors == ["Song Kang"]


def test_places_are_not_actors() -> None:
    text = "The cast flew from Seoul to Busan, then to Hong Kong and Jeju Island with Park Bo Gum."
    result = extract_entities("", text)
    assert result.actors == ["Park Bo Gum"]


def test_group_names_are_not_actors_but_members_are() -> None:
    text = "BLACKPINK’s Jisoo joins the drama, while BTS and SEVENTEEN cheered her on."
    result = extract_entities("", text)
    assert result.actors == ["Jisoo"]
    assert result.shows == []


def test_award_ceremony_is_not_a_show() -> None:
    text = (
        "Kim Go Eun won Best Actress at the Blue Dragon Film Awards and the Baeksang Arts Awards."
    )
    result = extract_entities("", text)
    assert result.shows == []
    assert result.actors == ["Kim Go Eun"]


def test_webtoon_title_is_not_a_show_unless_the_drama_is_meant() -> None:
    text = "The drama is based on the webtoon “A Business Proposal” by HaeHwa."
    assert extract_entities("", text).shows == []
    text2 = "tvN’s “True Beauty” is based on the webtoon “True Beauty” by Yaongyi."
    assert extract_entities("", text2).shows == ["True Beauty"]


def test_name_inside_a_show_title_is_not_an_actor() -> None:
    text = "Park Bo Young previously starred in the drama “Strong Woman Do Bong Soon.”"
    result = extract_entities("", text)
    assert result.shows == ["Strong Woman Do Bong Soon"]
    assert result.actors == ["Park Bo Young"]


def test_list_with_a_korean_actor_vouches_for_stage_names() -> None:
    text = "New cast members include Yim Si Wan, Kang Ha Neul, and T.O.P, who joins later."
    result = extract_entities("", text)
    assert keys(result.actors) == {"yim si wan", "kang ha neul", "t.o.p"}


def test_performer_cue_finds_western_names() -> None:
    text = "The film stars Robert Pattinson, Naomi Ackie and Steven Yeun. Bong said it was fun."
    result = extract_entities("", text)
    assert keys(result.actors) == {"robert pattinson", "naomi ackie", "steven yeun"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lee Min-ho", "lee min ho"),
        ("Seo Bum June’s", "Seo Bum June"),
        ("“Nevertheless,”", "Nevertheless,"),
        ("Single’s Inferno", "Single's Inferno"),
        ("Kim_Go_Eun", "KIM GO  EUN"),
    ],
)
def test_entity_key_merges_spelling_variants(a: str, b: str) -> None:
    assert entity_key(a) == entity_key(b)


def test_entity_key_keeps_different_names_apart() -> None:
    assert entity_key("Lee Min Ho") != entity_key("Lee Min Hee")
    assert entity_key("Single's Inferno") != entity_key("Single Inferno")


def test_rules_aliases_bans_and_extra_names() -> None:
    rules = EntityRules(
        aliases={"Lee Minho": "Lee Min Ho"},
        shows=["Running Man"],
        actors=["Haha"],
        ban_actors=["Song Kang"],
    )
    text = "Lee Minho, Song Kang and Haha met on the set of Running Man yesterday."
    result = extract_entities("", text, rules=rules)
    assert result.actors == ["Lee Min Ho", "Haha"]
    assert result.shows == ["Running Man"]


def test_ban_shows_removes_a_show() -> None:
    rules = EntityRules(ban_shows=["goblin"])
    result = extract_entities("", "The drama “Goblin” aired again.", rules=rules)
    assert result.shows == []


def test_gazetteer_names_are_found_in_text_without_categories() -> None:
    # An invented title: the bundled seed knows real ones without any gazetteer.
    known = Gazetteer(
        shows={"lanterns over namsan": "Lanterns Over Namsan"}, actors={"rowoon": "Rowoon"}
    )
    text = "Fans still talk about Lanterns Over Namsan, and Rowoon was spotted at the airport."
    assert extract_entities("", text).shows == []
    result = extract_entities("", text, known=known)
    assert result.shows == ["Lanterns Over Namsan"]
    assert "Rowoon" in result.actors


def test_gazetteer_single_word_show_not_matched_at_sentence_start() -> None:
    known = Gazetteer(shows={"moving": "Moving"})
    result = extract_entities("", "Moving on, the cast of Moving met fans.", known=known)
    assert result.shows == ["Moving"]
    assert extract_entities("", "Moving on, the cast met fans.", known=known).shows == []


def test_categories_are_classified() -> None:
    kinds = {
        tag: classify_tag(tag)
        for tag in [
            "Exclusive",
            "Nevertheless",
            "Song Kang",
            "JTBC",
            "K-Drama",
            "BTS",
            "Baeksang Arts Awards",
            "IU",
        ]
    }
    assert {t for t, k in kinds.items() if k == SHOW} == {"Nevertheless"}
    assert {t for t, k in kinds.items() if k == ACTOR} == {"Song Kang", "IU"}


def test_categories_help_extraction_of_unquoted_names() -> None:
    text = "Kian84 took Jun Hyun Moo running, and Nevertheless fans noticed."
    result = extract_entities("", text, categories=["Kian84", "Nevertheless", "Variety"])
    assert "Kian84" in result.actors
    assert result.shows == ["Nevertheless"]


def test_speech_in_quotes_is_not_a_title() -> None:
    text = "Kim Hye Yoon said, “When I Read The Script I Cried All Night Long And Then Again.”"
    result = extract_entities("", text)
    assert result.shows == []


def test_extractor_version_is_an_int() -> None:
    assert isinstance(EXTRACTOR_VERSION, int) and EXTRACTOR_VERSION >= 1


def test_corpus_loads_and_is_labeled() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from corpus import load_corpus

    articles = load_corpus()
    assert len(articles) >= 60
    assert {a.feed for a in articles} == {"full_rss.xml", "summary_rss.xml", "atom.xml"}
    assert sum(1 for a in articles if a.videos) >= 20
    assert all(a.title and a.text for a in articles)


def test_names_do_not_run_across_the_title_and_body_boundary() -> None:
    result = extract_entities("Lee Min-ho and Kim Go-eun", "Kim Soo-hyun waved.")
    assert result.actors == ["Lee Min-ho", "Kim Go-eun", "Kim Soo-hyun"]


def test_director_possessive_before_a_film_is_not_an_actor() -> None:
    text = (
        "Park Chan-wook’s “Oldboy” is heading back to theaters, and Yoo Ji Tae will attend. "
        "Son Ye Jin returns to the big screen in Bong Joon-ho’s “Mother 2.”"
    )
    result = extract_entities("", text)
    assert keys(result.actors) == {"yoo ji tae", "son ye jin"}
    assert keys(result.shows) == {"oldboy", "mother 2"}


def test_possessive_of_a_director_film_or_novel_is_crew() -> None:
    text = (
        "Hong Sang-soo’s latest film stars Kim Min Hee. The drama adapts Chang Kang-myoung’s "
        "novel, and Kim Jee Woon previously directed it."
    )
    assert extract_entities("", text).actors == ["Kim Min Hee"]


def test_actor_possessive_before_a_drama_or_paired_names_stay_actors() -> None:
    text = (
        "Park Min Young’s “Marry My Husband” tops the chart. In film news, Hong Kyung and "
        "Roh Yoon Seo’s “Hear Me: Our Summer” drew 20,000 moviegoers."
    )
    result = extract_entities("", text)
    assert keys(result.actors) == {"park min young", "hong kyung", "roh yoon seo"}


def test_category_director_is_not_promoted_to_actor() -> None:
    text = "Director Na Hong-jin’s “Hope” stars Jung Ho-yeon."
    result = extract_entities("", text, categories=["Na Hong-jin", "Hope", "Film"])
    assert result.actors == ["Jung Ho-yeon"]
    assert classify_tag("Na Hong-jin") == ACTOR  # a name's shape; the text vetoes it above


def test_reversed_actor_as_character_style() -> None:
    text = (
        "Jeon Do-yeon (as Nam Haeng-seon) will be joined by Shin Jae-ha (as Ji Dong-hee). "
        "Kim Seol Hyun plays Yoo Hee, and Rain plays the bodyguard Seo Do-yun."
    )
    result = extract_entities("", text)
    assert keys(result.actors) == {"jeon do yeon", "shin jae ha", "kim seol hyun", "rain"}


def test_plot_synopsis_names_characters() -> None:
    text = (
        "The thriller follows Oh Dae Su, a man imprisoned for years. The drama is about "
        "Do Do Hee (Kim Yoo Jung) and Jung Gu Won, a demon who loses his powers. "
        "Kim Yoo Jung said Do Hee is lonely."
    )
    assert extract_entities("", text).actors == ["Kim Yoo Jung"]


def test_one_word_tag_used_as_a_person_is_an_actor_not_a_show() -> None:
    text = "On tvN’s “Amazing Saturday,” SHINee’s Key took the lead in the episode."
    result = extract_entities("", text, categories=["Amazing Saturday", "Key", "Variety"])
    assert result.shows == ["Amazing Saturday"]
    assert result.actors == ["Key"]


def test_dotted_stage_name_is_not_found_in_a_plain_word() -> None:
    known = Gazetteer(actors={"d.o.": "D.O."})
    text = "Do not miss the drama “Black Knight.” EXO’s D.O. cheered."
    assert extract_entities("", text, known=known).actors == ["D.O."]
    assert extract_entities("", "Do not miss “Black Knight.”", known=known).actors == []


def test_shortened_title_merges_into_the_full_one() -> None:
    text = "Disney+’s “The Zone: Survival Mission” returns; the cast of “The Zone” is back."
    assert extract_entities("", text).shows == ["The Zone: Survival Mission"]


def test_titles_keep_digits_and_punctuation() -> None:
    text = "In second place was the animated film “Moana 2.” tvN’s “Hi Bye, Mama!” ended."
    assert extract_entities("", text).shows == ["Moana 2", "Hi Bye, Mama!"]


def test_award_and_joined_titles() -> None:
    text = (
        "Hong Sa-bin took best new actor for 'Hopeless.' Yeon Sang Ho, who created "
        "“Train to Busan” and the series “Parasyte: The Grey,” attended."
    )
    result = extract_entities("", text)
    assert keys(result.shows) == {"hopeless", "train to busan", "parasyte: the grey"}
    assert result.actors == ["Hong Sa-bin"]


def test_headline_album_word_refuses_a_quoted_title() -> None:
    result = extract_entities("Red Velvet’s Joy Returns With Remake Album “Hello”", "")
    assert result.shows == []


def test_heldout_corpus_meets_targets() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from corpus import CORPUS_DIR, load_corpus

    articles = load_corpus(CORPUS_DIR.parent / "corpus_heldout")
    assert len(articles) == 30
    assert {a.feed for a in articles} == {"full_rss.xml", "summary_rss.xml", "atom.xml"}
    counts = {"shows": [0, 0, 0], "actors": [0, 0, 0]}  # tp, fp, fn
    for a in articles:
        result = extract_entities(a.title, a.text, a.categories)
        for kind, got, gold in (
            ("shows", result.shows, a.shows),
            ("actors", result.actors, a.actors),
        ):
            g, p = keys(gold), keys(got)
            counts[kind][0] += len(g & p)
            counts[kind][1] += len(p - g)
            counts[kind][2] += len(g - p)
    for tp, fp, fn in counts.values():
        assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.90


def test_long_pages_stay_linear() -> None:
    import time

    paragraph = (
        "tvN’s “Hi Bye, Mama!” starred Kim Tae Hee as Cha Yu Ri alongside Lee Kyu Hyung. "
        "Director Kim Jee Woon’s film “Cobweb” stars Im Soo Jung and Oh Jung Se. "
    )

    def cost(repeat: int) -> float:
        text = paragraph * repeat
        extract_entities("", text)
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            extract_entities("", text)
            best = min(best, time.perf_counter() - started)
        return best

    small, large = cost(20), cost(80)
    assert large < small * 4 * 2  # four times the text, well under eight times the time


# One test per rule added after the blind measurement; every sentence is new.


def test_given_names_that_are_english_words_in_running_text() -> None:
    text = (
        "Park Ha Rim plays a violinist in the new drama, and Choi Jung Soon plays her aunt. "
        "Their co-star Seo Ji An joined the cast last week."
    )
    result = extract_entities("", text)
    assert keys(result.actors) == keys(["Park Ha Rim", "Choi Jung Soon", "Seo Ji An"])


def test_korean_surname_with_western_given_name_vouched_by_context() -> None:
    text = "He starred in the film “Night Train” with Kim Jenny two years ago."
    assert "kim jenny" in keys(extract_entities("", text).actors)


def test_person_shaped_category_without_show_evidence_is_no_show() -> None:
    text = (
        "Director Baek Sun Il has started filming. Rapper Lucid Park, a guest on the show, "
        "said he was thrilled to be cast in “Blue Harbor.”"
    )
    result = extract_entities("", text, ["Baek Sun Il", "Lucid Park", "Blue Harbor"])
    assert keys(result.shows) == {"blue harbor"}
    assert "baek sun il" not in keys(result.actors)
    assert "lucid park" in keys(result.actors)
    extracted = extract_entities("", text, ["Lucid Park", "Blue Harbor"])
    assert "lucid park" not in keys(extracted.shows)


def test_group_possessive_makes_the_member_the_person() -> None:
    text = "The cast of “Camp Fire” adds comedian Yang Se Chan and Sunfall's Mirae this week."
    result = extract_entities("", text)
    assert keys(result.actors) == keys(["Yang Se Chan", "Mirae"])


def test_headline_verb_is_not_glued_to_a_name() -> None:
    result = extract_entities(
        "Kim Tae Ri, Nam Joo Hyuk Win Top Honors At The Film Critics Gala",
        "Kim Tae Ri and Nam Joo Hyuk were honored for tvN's “Twenty-Five Twenty-One.”",
    )
    assert keys(result.actors) == keys(["Kim Tae Ri", "Nam Joo Hyuk"])


def test_no_stage_name_inside_a_recognised_title() -> None:
    text = "MBC's Goodbye Suzy has wrapped filming. “Goodbye Suzy” stars Jin Ki Joo."
    result = extract_entities("", text)
    assert keys(result.shows) == {"goodbye suzy"}
    assert keys(result.actors) == {"jin ki joo"}


def test_nationality_institution_and_given_name_alone_are_no_actors() -> None:
    text = (
        "The film stars British actor Colin Firth and Song Joong Ki, who plays a teacher at "
        "Hanbit Girls High School. Director Oh Min Soo said, “Joong Ki never missed a day.”"
    )
    result = extract_entities("", text)
    assert keys(result.actors) == keys(["Colin Firth", "Song Joong Ki"])


def test_characters_listed_after_star_as_are_no_actors() -> None:
    text = "Kim Sae Ron and Lee Jae Wook also star as Han Bo Ra and Choi Dae Han."
    result = extract_entities("", text)
    assert keys(result.actors) == keys(["Kim Sae Ron", "Lee Jae Wook"])


def test_director_with_words_between_by_and_name_and_owned_title_with_cast() -> None:
    text = (
        "The thriller is directed by her longtime friend Jang Joon Hwan. "
        "Lee Chang-dong's Poetry, starring Yoon Jeong Hee, screens again this week."
    )
    result = extract_entities("", text)
    assert keys(result.actors) == {"yoon jeong hee"}
    assert "poetry" in keys(result.shows)


def test_played_someones_husband_keeps_that_someone_an_actor() -> None:
    text = (
        "Jo Woo Jin, who played Yum Jung Ah's husband in “Sky Castle,” joins the cast. "
        "Yum Jung Ah will lead the series; she also won praise for her part in “Wonderful.”"
    )
    result = extract_entities("", text)
    assert keys(result.actors) == keys(["Jo Woo Jin", "Yum Jung Ah"])
    assert keys(result.shows) == keys(["Sky Castle", "Wonderful"])


def test_unquoted_title_ends_at_the_sentence_and_quote_before_a_noun() -> None:
    text = (
        "Han Ga In now leads SBS's drama Hidden Lake. Yoo Jae Suk praised her. "
        "They will film a “Sixth Sense” special on tvN next week."
    )
    result = extract_entities("", text)
    assert keys(result.shows) == keys(["Hidden Lake", "Sixth Sense"])


def test_song_appositive_and_concert_titles_are_music() -> None:
    text = (
        "Singer Ailee has released “Paper Moon,” the second OST for KBS2's “Gold Tide,” "
        "starring Ahn Jae Hyun. She will also hold her concert “Open Window” in Busan."
    )
    result = extract_entities("Ailee Adds Date To Concert “Open Window”", text)
    assert keys(result.shows) == {"gold tide"}


def test_music_news_needs_acting_words_not_a_film_in_passing() -> None:
    text = (
        "Taemin will hold a solo concert next month after his single “Veil” topped the "
        "charts. “I wanted the stage to look like a film,” Taemin said of the album."
    )
    result = extract_entities("Taemin Announces Solo Concert", text)
    assert result.actors == [] and result.shows == []


# Version 4: the general fault classes found on a blind set, one test each.


def test_rule1_full_surname_inventory_keeps_english_word_traps_out() -> None:
    text = (
        "Comedian Eun Ji Won, singer-actor Wang Ji Hye and So Ji Sub met Seol Hyun Ah and "
        "Hwangbo Ra Hee on set. So it goes: In Seoul, fans waited. Do Not Miss It.\n"
        "In Channel A dramas, Ma Jin Ho shines."
    )
    result = extract_entities("Eun Ji Won And So Ji Sub Spotted In Gangnam", text)
    assert keys(result.actors) == keys(
        ["Eun Ji Won", "Wang Ji Hye", "So Ji Sub", "Seol Hyun Ah", "Hwangbo Ra Hee", "Ma Jin Ho"]
    )


def test_rule2_pronouns_and_articles_are_no_name_parts() -> None:
    title = "Go On A Date With Park Bo Gum? Do I Know You, Lee Da A"
    text = "Do You Want To Know? Lee Da A and Park Bo Gum answer fan questions."
    result = extract_entities(title, text)
    assert keys(result.actors) == keys(["Park Bo Gum", "Lee Da A"])


def test_rule3_years_and_possessive_owners_are_no_titles() -> None:
    text = (
        "Kim Hye Soo, best known for SBS's 2004 drama 'Ruby Ring,' appeared in Bong's 2019 "
        "film Midnight Rain and starred in MBC's 1998 remake."
    )
    result = extract_entities("", text)
    assert keys(result.shows) == keys(["Ruby Ring", "Midnight Rain"])


def test_rule4_titles_keep_internal_commas_and_dash_subtitles() -> None:
    text = (
        "Gong Hyo Jin, who starred in Pasta Night, Soup Morning, returns. She also leads "
        "tvN's “Blue Harbor: Seoul – The Long Tide,” her first series in years."
    )
    result = extract_entities("Gong Hyo Jin Heads To “Blue Harbor: Seoul”", text)
    assert keys(result.shows) == keys(
        ["Pasta Night, Soup Morning", "Blue Harbor: Seoul – The Long Tide"]
    )


def test_rule4_a_season_with_its_own_subtitle_keeps_the_show() -> None:
    text = (
        "Netflix's “The Glass Maze” is back. The second season, “The Glass Maze: Night Run,” "
        "adds three players."
    )
    result = extract_entities("", text)
    assert keys(result.shows) == keys(["The Glass Maze", "The Glass Maze: Night Run"])


def test_rule5_unquoted_titles_after_screen_phrases() -> None:
    text = (
        "He broke out in the 2011 film Paper Lanterns and later made films such as The Quiet "
        "Harbor and Pinebridge. She hosted the variety show Chef in the House, joined the "
        "dance survival show Step Up Boys Battle, and shot the film Meadow in Gangwon. "
        "The sequel, the drama Lantern Street 1950, opens in May."
    )
    result = extract_entities("", text)
    assert keys(result.shows) == keys(
        [
            "Paper Lanterns",
            "The Quiet Harbor",
            "Pinebridge",
            "Chef in the House",
            "Step Up Boys Battle",
            "Meadow",
            "Lantern Street 1950",
        ]
    )


def test_rule5_prize_and_host_contexts_make_quoted_titles_shows() -> None:
    text = (
        "'Ink and Ash,' which won him the best director prize in 1999, screens again. "
        "She is an MC on \"Kitchen Wars\" and was a judge on the spinoff 'Kitchen Kids.'"
    )
    result = extract_entities("", text)
    assert keys(result.shows) == keys(["Ink and Ash", "Kitchen Wars", "Kitchen Kids"])


def test_rule6_strong_cues_admit_stage_names_and_foreign_performers() -> None:
    text = (
        "Dancer Lia Kim, who led the crew, will judge. Cate Blanchett, who played the "
        "ambassador, sent a message. Australian fans cheered at Seoul Arts High School."
    )
    result = extract_entities("", text)
    assert keys(result.actors) == keys(["Lia Kim", "Cate Blanchett"])


def test_rule7_singers_on_an_ost_are_not_actors_unless_they_act() -> None:
    ost = (
        "Singer Jung Seung Hwan has lent his voice to the soundtrack of tvN's drama "
        "“Quiet Orchard,” starring Kim Tae Ri. Jung Seung Hwan sang the ballad in one take."
    )
    result = extract_entities(
        "Jung Seung Hwan Sings OST For “Quiet Orchard”", ost, ["Jung Seung Hwan"]
    )
    assert keys(result.actors) == keys(["Kim Tae Ri"])
    acts = "Kim Tae Ri sang the OST for “Quiet Orchard,” the drama in which she stars."
    assert keys(extract_entities("", acts).actors) == keys(["Kim Tae Ri"])


def test_the_extractor_version_is_part_of_what_marks_articles_stale() -> None:
    from dramatui.content.derive import Deriver

    assert f".{EXTRACTOR_VERSION}." in Deriver().version


def test_v5_hyphenated_adjectives_are_no_name_parts() -> None:
    text = (
        "The actor recalled Bong's Emmy-nominated series, in which he starred. "
        "The Cannes-winning Ahn Bo Hyun thanked the crew, and an award-winning Seo Ji Hye "
        "joined him. Choi Min-sik, the festival's guest, smiled."
    )
    result = extract_entities("Festival Night", text)
    assert keys(result.actors) == keys(["Ahn Bo Hyun", "Seo Ji Hye", "Choi Min-sik"])


@pytest.mark.parametrize(
    "name", ["Kim Ok Vin", "Tang Wei Ra", "Oh Dal-su", "Min Soo Ryeon", "Lim Young-woong"]
)
def test_v5_romanization_variants_read_as_names(name: str) -> None:
    result = extract_entities("Press Day", f"On Monday, {name} greeted reporters.")
    assert keys(result.actors) == keys([name])


def test_v5_new_syllables_keep_english_words_out() -> None:
    text = "The Vin Cellar Opens In Seoul\nTang Is Sweet, the shop owner said of the lemon tea."
    assert extract_entities("", text).actors == []


def test_v5_leading_article_stays_in_a_quoted_or_tagged_title() -> None:
    known = Gazetteer(shows={"taxi driver": "Taxi Driver"})
    text = (
        "“A Taxi Driver” Returns To Theaters\nThe studio said a restored print of "
        "A Taxi Driver will screen in May, while the film A Hard Day opens next week."
    )
    result = extract_entities("", text, ["A Taxi Driver", "Film"], known=known)
    assert keys(result.shows) == keys(["A Taxi Driver", "A Hard Day"])


def test_v5_unquoted_title_stops_before_a_language_phrase() -> None:
    text = "Viewers can stream Coupang Play's Love Song for Illusion in Korean and English."
    assert keys(extract_entities("", text).shows) == keys(["Love Song for Illusion"])


def test_v5_group_tag_is_never_a_show() -> None:
    text = (
        "Jiwoo is leaving the show. The former Starlumen member will focus on acting, and "
        "Nightora's Yuri wished her well."
    )
    result = extract_entities("", text, ["Jiwoo", "Starlumen", "Nightora", "Variety"])
    assert result.shows == []


def test_v5_person_found_in_text_is_never_a_show() -> None:
    known = Gazetteer(shows={"han ga in": "Han Ga In"})
    text = "Han Ga In laughed as she described her first week on the set."
    result = extract_entities("Set Diary", text, known=known)
    assert result.shows == []
    assert keys(result.actors) == keys(["Han Ga In"])


# v6: general rules from the blind4 error classes.


def test_v6_played_by_names_the_performer() -> None:
    text = "The drama starred Im Joo-hwan as a chef who falls for a florist, played by Lee Ha-na."
    assert keys(extract_entities("", text).actors) == keys(["Im Joo-hwan", "Lee Ha-na"])


def test_v6_gapped_clause_after_and_is_a_performer_not_a_part() -> None:
    text = "Oh Kwang-rok played her stern grandfather and Kim Sun-young her cheerful aunt."
    assert keys(extract_entities("", text).actors) == keys(["Oh Kwang-rok", "Kim Sun-young"])


def test_v6_part_named_with_a_quoted_word_is_a_character() -> None:
    text = 'Oh Na Ra, who played the club\'s loud "coach" Ra Mi Sook, posted a photo.'
    assert keys(extract_entities("", text).actors) == keys(["Oh Na Ra"])


def test_v6_dowager_is_a_rank_that_names_a_character() -> None:
    text = (
        "Myung Se Bin, who played Queen Dowager Min Ha Ryeon, was praised by the cast. "
        "Min Ha Ryeon was the drama's main villain."
    )
    assert keys(extract_entities("", text).actors) == keys(["Myung Se Bin"])


def test_v6_lone_surname_referring_back_is_no_actor() -> None:
    text = "Actress Han Ye-ri won the prize. Han, who played a ferry captain, thanked her mother."
    assert keys(extract_entities("", text).actors) == keys(["Han Ye-ri"])


def test_v6_real_name_of_a_stage_name_is_not_a_second_actor() -> None:
    text = (
        "Block B's P.O joins the cast. P.O, whose real name is Pyo Ji-hoon, said he was thrilled."
    )
    assert "pyo ji hoon" not in keys(extract_entities("", text).actors)


def test_v6_best_director_for_a_name_is_crew() -> None:
    text = "The film earned Best Actor for Koo Kyo Hwan and Best Director for Lee Jong Pil."
    assert keys(extract_entities("", text).actors) == keys(["Koo Kyo Hwan"])


def test_v6_again_playing_after_a_name_makes_a_performer() -> None:
    text = "The series returns for a third season, with Anna Cathcart again playing the heroine."
    assert keys(extract_entities("", text).actors) == keys(["Anna Cathcart"])


def test_v6_three_syllable_hyphenated_given_name() -> None:
    text = "Jung Joon-ho returns as the boss, and Hwang Woo-seul-hye plays his wife."
    assert keys(extract_entities("", text).actors) == keys(["Jung Joon-ho", "Hwang Woo-seul-hye"])


def test_v6_korean_name_written_given_names_first() -> None:
    text = "Gia Kim and Sang Heon Lee will also return for the new season."
    assert keys(extract_entities("", text).actors) == keys(["Gia Kim", "Sang Heon Lee"])
    headline = "Stars Jae Won Baek Joins Cast\nThe cast grows."  # invented: not in the seed
    assert extract_entities("", headline).actors == []


def test_v6_name_particle_keeps_a_western_name_whole() -> None:
    text = "French actor Louis-Do de Lencquesaing appeared as a banker she meets in Paris."
    assert keys(extract_entities("", text).actors) == keys(["Louis-Do de Lencquesaing"])


def test_v6_singer_is_a_guest_when_no_soundtrack_is_mentioned() -> None:
    text = "The show's first guest will be singer Kim Young Chul, who recorded his episode today."
    assert keys(extract_entities("", text).actors) == keys(["Kim Young Chul"])


def test_v6_hollywood_is_no_show_but_owns_a_film() -> None:
    text = "She heads back to Hollywood. Hollywood's 'Racing Comet 2' came in second."
    result = extract_entities("", text, ["Hollywood", "Movies"])
    assert keys(result.shows) == keys(["Racing Comet 2"])


def test_v6_plural_possessive_inside_a_single_quoted_title() -> None:
    text = "JTBC's 'Lunch Mothers' Club,' starring Lee Yo-won, drew 4.1 percent."
    assert keys(extract_entities("", text).shows) == keys(["Lunch Mothers' Club"])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Yoo Hyun Mi, the writer of JTBC's 2018 hit Glass Tower, has a new drama.", "Glass Tower"),
        ("She is still best remembered for the hit Paper Crown in her twenties.", "Paper Crown"),
        (
            "Won Bin has not appeared on screen since The Quiet Neighbor, his agency said.",
            "The Quiet Neighbor",
        ),
        (
            "It came years after The Harbor File, in which his brother played an agent.",
            "The Harbor File",
        ),
        ("She drew attention in Park Chan Wook's Nightfall, which won a prize.", "Nightfall"),
        (
            "Her debut came in Comet Riders: Age of Dust and later in a spy series.",
            "Comet Riders: Age of Dust",
        ),
    ],
)
def test_v6_unquoted_titles_after_cues(text: str, title: str) -> None:
    assert keys(extract_entities("", text).shows) == keys([title])


def test_v6_colon_after_a_caption_label_is_no_title() -> None:
    text = "The cast posed after the finale.\nPhoto: Yonhap News\nSource: Star Daily"
    assert extract_entities("", text).shows == []


def test_v6_makers_of_a_quoted_title_make_it_a_show() -> None:
    text = 'His wife, writer Kim Eun Hee of "Radio Signal," is not involved.'
    assert keys(extract_entities("", text).shows) == keys(["Radio Signal"])
    novel = "Her novel 'Blue Harbor' sold a million copies, the writer of the book said."
    assert extract_entities("", novel).shows == []


def test_v6_print_work_made_into_a_film_is_that_film() -> None:
    made = "Yoon's webtoon 'Inside Rooms' was made into a 2015 film starring Baek Yoon-sik."
    assert keys(extract_entities("", made).shows) == keys(["Inside Rooms"])
    coming = "The webtoon 'Oak Song' is being adapted into a live-action drama."
    assert extract_entities("", coming).shows == []


def test_v6_known_for_the_part_names_a_character() -> None:
    text = "Park Sung Woong is best known for the ruthless gangster Lee Joong Gu in the film."
    assert keys(extract_entities("", text).actors) == keys(["Park Sung Woong"])
    partner = "Kim Ji Won is loved for her chemistry with Kim Soo Hyun, the cast said."
    assert keys(extract_entities("", partner).actors) == keys(["Kim Ji Won", "Kim Soo Hyun"])


# --- Round 2: crew, characters, lone words, voices, title edges ---


def test_well_known_director_is_no_actor() -> None:
    text = "Lee Sun Kyun will be remembered for Bong Joon Ho's Oscar-winning film 'Parasite.'"
    result = extract_entities("", text)
    assert result.actors == ["Lee Sun Kyun"]
    assert result.shows == ["Parasite"]


def test_director_with_an_acting_cue_is_an_actor() -> None:
    text = "The comedy features a cameo by Park Chan Wook, who plays a baker."
    assert extract_entities("", text).actors == ["Park Chan Wook"]


def test_director_tag_is_no_actor() -> None:
    text = "Lee Jung Jae returns, and Hwang Dong Hyuk watches from the monitor."
    kinds = extract_entities("", text, ["Hwang Dong Hyuk", "Lee Jung Jae"])
    assert kinds.actors == ["Lee Jung Jae"]


def test_twin_characters_after_plays() -> None:
    text = "Shin Hye Sun plays sisters Cha Eun Ho and Cha Eun Ji, who trade places for a week."
    assert extract_entities("", text).actors == ["Shin Hye Sun"]


def test_character_after_a_comma() -> None:
    text = (
        "Ok Taec Yeon plays its villain, Gu Dal Jae. Seo Hyun learned fencing for her role, Mo Ran."
    )
    assert extract_entities("", text).actors == ["Ok Taec Yeon", "Seo Hyun"]


def test_character_after_a_hyphenated_capital_adjective() -> None:
    text = "Byun Yo Han is known for playing Paris-trained painter Min Jae Ho in the period drama."
    assert extract_entities("", text).actors == ["Byun Yo Han"]


def test_character_list_closed_by_a_comma() -> None:
    text = "Go Kyung Pyo and Lee Sang Yi, who played his brothers Kang Tae Min and Kang Tae Ho, return."
    assert extract_entities("", text).actors == ["Go Kyung Pyo", "Lee Sang Yi"]


def test_co_star_after_a_part_is_no_character() -> None:
    text = "She played a rookie detective alongside Sol Kyung Gu in the crime film."
    assert extract_entities("", text).actors == ["Sol Kyung Gu"]


def test_as_before_a_clause_is_no_character_cue() -> None:
    text = "The hosts laugh as Kim Jong Min trips over the finish line."
    assert extract_entities("", text).actors == ["Kim Jong Min"]


def test_fronted_as_phrase_is_no_character_cue() -> None:
    text = "As the eldest daughter of the family, Kim Hye Yoon was praised for her calm."
    assert extract_entities("", text).actors == ["Kim Hye Yoon"]


def test_alias_after_known_as_is_the_performer() -> None:
    text = (
        "Ma, also known as Brian Ma, appeared in the thriller. Credited as Daniel Roh, he led it."
    )
    assert extract_entities("", text).actors == ["Brian Ma", "Daniel Roh"]


def test_replaced_crew_shares_the_job() -> None:
    text = "Director Lee Jae Ho takes over from Kim Min Soo for the second season."
    assert extract_entities("", text).actors == []


@pytest.mark.parametrize(
    "text",
    [
        "The film adapts the web novel Lonely Knight's Oath, a story of revenge.",
        "Kim Ji Won's Laura, the Disney+ thriller about a double life, won a prize.",
        "Jung Woo Sung will lead a Star Wars series next year.",
    ],
)
def test_a_capitalised_word_after_a_possessive_is_no_actor(text: str) -> None:
    actors = extract_entities("", text).actors
    assert not {"Oath", "Laura", "Wars"} & set(actors)


def test_soundtrack_duet_singers_are_no_actors() -> None:
    text = (
        "Snowfall, the duet by EXO's Chen and Punch from the Goblin soundtrack, charted again. "
        "The series starred Gong Yoo."
    )
    result = extract_entities("", text)
    assert result.actors == ["Gong Yoo"]
    assert result.shows == ["Goblin"]


def test_stage_name_inside_a_known_title_is_no_actor() -> None:
    text = "Over on ENA, Dear Hyeri rose to 3.1 percent as Shin Hye Sun led it."
    result = extract_entities("", text, ["Dear Hyeri"])
    assert result.shows == ["Dear Hyeri"]
    assert result.actors == ["Shin Hye Sun"]


def test_subtitle_after_small_words_keeps_the_whole_title() -> None:
    text = "He drew millions with Along With the Gods: The Last 49 Days and later Alchemy of Souls: Light and Shadow."
    shows = extract_entities("", text).shows
    assert "Along With the Gods: The Last 49 Days" in shows
    assert "Alchemy of Souls: Light and Shadow" in shows
    assert not {"Gods: The Last 49 Days", "Souls: Light"} & set(shows)


def test_unquoted_title_stops_before_with_a_name() -> None:
    text = "She also led the series Hyena Files with Kim Hyun Joo last year."
    result = extract_entities("", text)
    assert result.shows == ["Hyena Files"]
    assert result.actors == ["Kim Hyun Joo"]


def test_unquoted_title_stops_at_a_numbered_sentence_end() -> None:
    text = "It follows the 2021 series Study Group 1. Hwang Min Hyun returns."
    assert extract_entities("", text).shows == ["Study Group 1"]


def test_appositive_calls_the_run_a_title() -> None:
    text = "Netflix confirmed that The Paper Cranes, a fantasy comedy set in 1988, will air in May."
    assert extract_entities("", text).shows == ["The Paper Cranes"]


def test_appositive_after_a_date_or_a_quoted_phrase_word_is_no_title() -> None:
    text = "On March 3, the variety show released a teaser. Meanwhile, the drama about chefs aired."
    assert extract_entities("", text).shows == []


def test_director_possessive_owns_a_title() -> None:
    text = "Director Jang Joon Hwan's Brightwater passed two million admissions this week."
    assert extract_entities("", text).shows == ["Brightwater"]


def test_known_show_survives_a_far_chart_word() -> None:
    text = (
        "Drawn from a webtoon, the series stars Kim Rae Won.\n\nIt replaced 'When Life Gives "
        "You Tangerines' at the top of the chart. Son Ho Jun plays a surgeon."
    )
    assert extract_entities("", text).shows == ["When Life Gives You Tangerines"]
    unknown = "It replaced 'Rainy Night Letters' at the top of the weekly chart."
    assert extract_entities("", unknown).shows == []


def test_phrase_before_a_run_is_no_part_of_the_title() -> None:
    text = "Fans of Parasyte: The Grey cheered. Viewers of Rain Garden: Second Bloom did too."
    assert extract_entities("", text).shows == ["Parasyte: The Grey", "Rain Garden: Second Bloom"]


def test_award_list_brackets_hold_works_not_actors() -> None:
    text = (
        "Best Actress: Jun Ji-hyun (Exhuma), Kim Hye-soo (Salt Road Motel), "
        "Moon Ga-young (Lantern Hours)\n"
        "Best Director: Jang Jae-hyun (Exhuma), Baek Min-kyu (Salt Road Motel)"
    )
    found = extract_entities("", text)
    assert keys(found.shows) == keys(["Exhuma", "Salt Road Motel", "Lantern Hours"])
    assert keys(found.actors) == keys(["Jun Ji-hyun", "Kim Hye-soo", "Moon Ga-young"])


def test_character_pairs_in_a_list_stay_characters() -> None:
    text = "The leads are Na Bi (Han So Hee), Jae Eon (Song Kang) and Sol (Yoon Seo Ah)."
    found = extract_entities("", text)
    assert keys(found.actors) == keys(["Han So Hee", "Song Kang", "Yoon Seo Ah"])
    assert found.shows == []


def test_appositive_official_is_not_an_actor() -> None:
    text = (
        "Ha Jung-woo stars in the comedy. Do Sung-hwan, a spokesman for the distributor, "
        "said it opens in April."
    )
    assert keys(extract_entities("", text).actors) == keys(["Ha Jung-woo"])


def test_festival_chair_is_not_an_actor() -> None:
    text = "Lee Je-hoon hosts again, and committee chair Baek Sun-ok said tickets sold out."
    assert keys(extract_entities("", text).actors) == keys(["Lee Je-hoon"])


def test_lone_surname_and_listed_parts_are_not_actors() -> None:
    text = (
        "The drama follows two sisters, Yoon Ha-ra and Yoon Da-eun, played by Kim Go-eun "
        "and Park Ji-hyun. Actor Doh Kyung-soo co-stars. Doh plays a banker, and Kim won praise."
    )
    found = extract_entities("", text)
    assert keys(found.actors) == keys(["Kim Go-eun", "Park Ji-hyun", "Doh Kyung-soo"])


def test_voiced_by_names_a_part() -> None:
    text = "The band is fronted by Jinu, voiced by Ahn Hyo-seop."
    assert keys(extract_entities("", text).actors) == keys(["Ahn Hyo-seop"])


def test_group_name_head_is_not_a_person() -> None:
    text = "Na In Woo has since led a romance opposite Girls' Generation's Seohyun."
    assert keys(extract_entities("", text).actors) == keys(["Na In Woo", "Seohyun"])


def test_seed_title_inside_a_quoted_remark() -> None:
    text = '"In Alchemy of Souls I played someone calm and quiet," Hwang Min-hyun said.'
    assert extract_entities("", text).shows == ["Alchemy of Souls"]


def test_nationality_after_a_network_possessive_is_no_title() -> None:
    text = "Netflix's Korean action series 'Quiet Harbor' ranked second, starring So Ji-sub."
    assert extract_entities("", text).shows == ["Quiet Harbor"]


def test_seed_title_longer_than_the_unquoted_run() -> None:
    text = "Before that she starred in JTBC's Live On with Jung Da-bin."
    assert extract_entities("", text).shows == ["Live On"]


def test_show_read_as_a_part_is_still_a_show() -> None:
    text = "Lee Kwang-soo is finally playing against his Running Man image."
    assert extract_entities("", text).shows == ["Running Man"]


def test_group_tag_is_not_a_show() -> None:
    found = extract_entities(
        "", "Hwang Min-hyun, once of NU'EST, stars in the drama.", ["NU'EST", "Wanna One"]
    )
    assert found.shows == []
    assert keys(found.actors) == keys(["Hwang Min-hyun"])


def test_a_headline_screen_word_is_no_cue_for_the_body() -> None:
    result = extract_entities(
        "The return of the slow historical drama",
        "There are no sword fights in the first four episodes.",
    )
    assert result.shows == []


def test_the_body_says_a_headline_title_is_a_song() -> None:
    result = extract_entities(
        "Min Ha Rang's \u201cWillow Light\u201d tops the charts",
        "Singer Min Ha Rang's \u201cWillow Light\u201d, the second OST of tvN's \u201cGlass Orchard\u201d, "
        "reached number one on Saturday.",
    )
    assert result.shows == ["Glass Orchard"]


def test_a_capitalised_title_of_address_names_a_part() -> None:
    text = "Lee Jung Eun appears as Judge Ko Dal Rim, and fellow judge Pyo Sun Woo hosts the panel."
    result = extract_entities("", text)
    assert keys(result.actors) == keys(["Lee Jung Eun", "Pyo Sun Woo"])
