"""Clear-cut cases for the extractor's ninth version: one behaviour per test.

Each case is an original sentence shaped like a class of miss or false hit found on a
labeled corpus; the assertion names what a fan expects from it.
"""

from __future__ import annotations

import pytest

from dramatui.content.entities import entity_key, extract_entities


def keys(names: list[str]) -> set[str]:
    return {entity_key(n) for n in names}


def shows(text: str, title: str = "News") -> set[str]:
    return keys(extract_entities(title, text).shows)


def actors(text: str, title: str = "News") -> set[str]:
    return keys(extract_entities(title, text).actors)


def test_quotes_are_the_cue_a_common_word_seed_title_needs() -> None:
    text = "Song Hye-kyo, who played a teacher in 'The Glory', returns to the screen."
    assert "the glory" in shows(text)


def test_quoted_common_word_outside_screen_news_stays_out() -> None:
    text = "The bakery's new cake, 'The Glory', sold out by noon on Friday."
    assert shows(text) == set()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Cho Jung-seok previously led last year's hit 'Pilot' to first place.", "pilot"),
        ("Her credits include 'Okja' and the series 'Pachinko'.", "okja"),
        ("It is her third competition title after 'The Novelist's Film' in Berlin.", ""),
    ],
)
def test_screen_verbs_and_credits_before_a_quoted_title(text: str, title: str) -> None:
    found = shows(text)
    if title:
        assert title in found
    else:
        assert "the novelist's film" in found or "the novelists film" in found


def test_a_quoted_title_inside_quoted_speech() -> None:
    text = "“We came straight from the ‘Woori the Virgin’ wrap party,” Song Ji Hyo said."
    assert "woori the virgin" in shows(text)


def test_an_appositive_with_a_possessive_names_the_title() -> None:
    text = "Fans dressed up to cheer for Perfect Crown, his upcoming drama with IU."
    assert "perfect crown" in shows(text)
    text = "He is promoting Lobby, the golf comedy he directed, this week."
    assert "lobby" in shows(text)


def test_a_common_word_title_listed_before_a_cued_one() -> None:
    text = "Viewers of the Hellbound and Smugglers actor were thrilled by the news."
    assert {"hellbound", "smugglers"} <= shows(text)


def test_a_common_word_title_listed_after_a_distinctive_one() -> None:
    text = "If you only know her from Sweet Home or The Frog, this role is a surprise."
    assert {"sweet home", "the frog"} <= shows(text)


def test_fame_for_a_title_is_a_cue() -> None:
    text = "Cho Yeo Jeong, still best known abroad for Parasite, plays a cellist."
    assert "parasite" in shows(text)


def test_hosts_named_after_hosted_with_words_between() -> None:
    text = "The quiz show, hosted in Korea by Yoo Se-yoon and Kim Jong-kook, is sold abroad."
    assert {"yoo se yoon", "kim jong kook"} <= actors(text)
    text = "Its remake is hosted in the United States by Nick Cannon."
    assert "nick cannon" in actors(text)


def test_a_sales_chief_is_no_actor() -> None:
    text = "The format has been sold to 30 territories, sales chief Hwang Seon-mi said."
    assert actors(text) == set()


def test_performers_after_played_by_and_also_star() -> None:
    text = "The boss and his wife are played by Dev Patel and Carey Mulligan in the film."
    assert "carey mulligan" in actors(text)
    text = "Charles Melton and Cailee Spaeny also star in the thriller."
    assert {"charles melton", "cailee spaeny"} <= actors(text)


def test_a_title_before_star_is_no_person() -> None:
    text = "Squid Game star Hoyeon Jung wore a red gown at the gala."
    assert "squid game" not in actors(text)
    assert "squid game" in shows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma Dong Seok, known to global audiences as Don Lee, signed a new deal.",
        "Singer-actress Kim Hyung-seo, who records as BIBI, plays a club worker.",
    ],
)
def test_a_performers_other_name_is_an_actor(text: str) -> None:
    alias = "don lee" if "Don Lee" in text else "bibi"
    assert alias in actors(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minho Lee flew out of Incheon in a camel coat on Tuesday.", "minho lee"),
        ("Byung-hun Lee and Yuh-jung Youn walked the red carpet.", "byung hun lee"),
    ],
)
def test_korean_names_in_western_order(text: str, name: str) -> None:
    assert name in actors(text)


def test_english_first_names_stay_out_of_western_order_korean_names() -> None:
    text = "The producers met Helen Cho at the office to sign the deal."
    assert "helen cho" not in actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oh Jung Se's smuggler Min Joo Young finally shows his hand in episode 10.",
        "Yim Si Wan played the crypto YouTuber Myung Gi in the final season.",
        "Song Geon Hee played Sun Jae's loyal friend Tae Sung in the drama.",
    ],
)
def test_characters_named_after_a_part(text: str) -> None:
    found = actors(text)
    assert not found & {"min joo young", "myung gi", "tae sung"}
    assert found  # the actor is still there


def test_a_relative_is_no_part() -> None:
    text = "Jang Sung Kyu's speed and Lee Chan Won's warmth carry the quiz."
    assert {"jang sung kyu", "lee chan won"} <= actors(text)


def test_a_character_list_stops_at_a_name_with_its_own_part() -> None:
    text = (
        "Jin Ha plays Sunja's grandson Solomon, and Anna Sawai, who later won an Emmy, "
        "plays his first love, Naomi."
    )
    assert "anna sawai" in actors(text)


def test_a_tag_written_in_lowercase_is_no_title() -> None:
    result = extract_entities(
        "Teaser",
        "Written by the Hong sisters, the romantic comedy stars Kim Seon Ho.",
        ["Hong Sisters", "Kim Seon Ho"],
    )
    assert "hong sisters" not in keys(result.shows)


def test_a_characters_given_name_is_no_show() -> None:
    text = "The drama follows Yeon Si Eun (Park Ji Hoon). New stills show Si Eun standing alone."
    assert shows(text) == set()


def test_a_western_surname_alone_refers_back() -> None:
    text = "The satire stars Robert Pattinson. Critics say Pattinson has never been odder."
    assert actors(text) == {"robert pattinson"}


def test_joining_the_cast_as_someones_brother_names_a_part() -> None:
    text = "Kim Gun-woo joins the cast as Sang-yeon's older brother, Cheon Sang-hak."
    assert actors(text) == {"kim gun woo"}


def test_a_fronted_as_phrase_is_no_part() -> None:
    text = "The comedy is a hit. As the eldest daughter, Kim Hye-yoon anchors the family."
    assert actors(text) == {"kim hye yoon"}


def test_show_regulars_are_performers() -> None:
    text = "Fans cheered. Regulars Kang Ho-dong and Seo Jang-hoon quizzed the guests."
    assert actors(text) == {"kang ho dong", "seo jang hoon"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("He voiced a robot in 'Big Hero 6' and returns to dubbing.", "big hero 6"),
        ("She has “Confidential Assignment 2” and Exit to her name.", "exit"),
        ("After Snowdrop and the zombie comedy Newtopia, she takes a break.", "snowdrop"),
        ("Her Snowdrop partner Jung Hae-in posted his support.", "snowdrop"),
        ("Kian84 is also appearing on Jun Hyun Moo Plan this season.", "jun hyun moo plan"),
        ("Director Kim Byung-woo, whose debut The Terror Live still holds up, returns.", ""),
    ],
)
def test_more_cues_for_unquoted_titles(text: str, title: str) -> None:
    assert (title or "the terror live") in shows(text)


def test_a_studio_possessive_and_a_dashed_subtitle() -> None:
    text = "Paramount’s Mission: Impossible – The Final Reckoning sold 1.1 million tickets."
    assert shows(text) == {"mission: impossible – the final reckoning"}


def test_a_title_whose_first_words_own_the_rest() -> None:
    text = "He won last year with A Traveler’s Needs, starring Isabelle Huppert."
    assert shows(text) == {"a traveler's needs"}


def test_a_contestant_is_a_performer() -> None:
    text = "The chef accepted the award with contestant Edward Lee on stage."
    assert "edward lee" in actors(text)


def test_a_performers_possessive_before_a_one_word_name_is_a_part() -> None:
    text = "T.O.P is back too, although T.O.P’s Thanos did not survive season two."
    assert "thanos" not in actors(text)


def test_a_slate_list_gives_titles_and_casts() -> None:
    text = (
        "The channel announced its line-up:\n"
        "• Harbor Lights, Your Honor - Kim Ji-won, Lee Do-hyun\n"
        "• The Quiet Life of Mr. Park - Ryu Seung-ryong, Yeom Hye-ran\n"
        "- Note - more titles follow."
    )
    result = extract_entities("Line-up", text)
    assert keys(result.shows) == {"harbor lights, your honor", "the quiet life of mr. park"}
    assert {"kim ji won", "ryu seung ryong"} <= keys(result.actors)


def test_a_single_quoted_title_with_a_plural_possessive_and_small_words() -> None:
    text = "KBS2 renewed its cooking show 'Chefs' Night at the Market' for a second season."
    assert shows(text) == {"chefs' night at the market"}


def test_no_partial_title_inside_a_quoted_one() -> None:
    text = 'He played a grim reaper in "Along with the Gods: The Two Worlds" years ago.'
    assert shows(text) == {"along with the gods: the two worlds"}


def test_a_gapped_verb_keeps_the_next_cast_member() -> None:
    text = "Yim Si Wan plays a crypto YouTuber, Kang Ha Neul a soft-spoken marine."
    assert actors(text) == {"yim si wan", "kang ha neul"}


def test_a_description_before_a_name_makes_it_the_part() -> None:
    text = "Choi Min Sik is the feng shui master Sang Deok, Kim Go Eun the young shaman Hwa Rim."
    assert actors(text) == {"choi min sik", "kim go eun"}
    text = "The host is the comedian Yoo Jae Suk this week."
    assert actors(text) == {"yoo jae suk"}


def test_singers_welcomed_to_a_show_are_its_guests() -> None:
    text = (
        "Park Bo Gum welcomed Jung Seung Hwan and Baek Ji Young to the show. "
        "Jung sang his ballad from the Another Miss Oh soundtrack."
    )
    assert {"jung seung hwan", "baek ji young"} <= actors(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Director Heo Myeong Haeng, who made Badland Hunters, is in talks.", "badland hunters"),
        ("Yoo also hosts How Do You Play? on MBC these days.", "how do you play?"),
        ("Writer Kim Eun Hee, who also created Kingdom, finished the scripts.", "kingdom"),
        ("Rowoon thanked Kim Hee Sun of “Tomorrow” for the coffee truck.", "tomorrow"),
    ],
)
def test_makers_and_hosts_name_their_shows(text: str, title: str) -> None:
    assert title in shows(text)


def test_a_title_run_stops_before_a_co_star() -> None:
    text = "Ma also appeared in Marvel's Eternals with Angelina Jolie in 2021."
    assert shows(text) == {"eternals"}
    assert "angelina jolie" in actors(text)


def test_a_title_run_stops_before_and_the_network() -> None:
    text = "He rose to fame with the office drama Misaeng and the Netflix thriller Unlocked."
    assert shows(text) == {"misaeng", "unlocked"}


def test_other_names_and_parts_after_a_name() -> None:
    assert "don lee" in actors("Ma Dong Seok, known abroad as Don Lee, will return.")
    text = "The season paired her with Tayme Thapthimthong as her on-screen boyfriend."
    assert "tayme thapthimthong" in actors(text)


def test_a_short_name_beside_the_full_title_is_one_show() -> None:
    text = "Writer Moon Ji-won of 'Extraordinary Attorney Woo' says an 'Attorney Woo' sequel waits."
    assert shows(text) == {"extraordinary attorney woo"}


def test_a_groups_second_word_is_no_person() -> None:
    text = "Hyeri, the Girl's Day member who played Deok Sun, sat beside Ryu Jun Yeol."
    assert actors(text) == {"hyeri", "ryu jun yeol"}


def test_a_place_that_is_also_a_film_stays_a_place() -> None:
    text = "Filming of the new drama begins in Haeundae and Gwangalli this summer."
    assert shows(text) == set()


def test_a_common_word_seed_title_is_not_the_start_of_a_longer_one() -> None:
    text = "He later spent years on the show and voiced a robot in Big Hero 6 as well."
    assert "big" not in shows(text)


def test_who_play_a_list_of_parts() -> None:
    text = (
        "The family saga earned nods for IU and Park Bo-gum, who play Oh Ae-sun and Yang Gwan-sik."
    )
    assert actors(text) == {"iu", "park bo gum"}


def test_a_gapped_plays_with_a_possessive() -> None:
    text = "Han plays the CEO Kang Ji-yun, and Lee Jun-hyuk her devoted secretary Yoo Eun-ho."
    assert "yoo eun ho" not in actors(text)


def test_an_actors_character_names_the_actor() -> None:
    text = "The thriller made him a global name as the doctor who helps Song Hye-kyo's character."
    assert "song hye kyo" in actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Park Hae Joon and Kim Sung Kyun also star … Continue reading",
        "He became the king of casinos in the Philippines, Choi Min Sik said.",
        "Jung Ryeo-won and Korean-American actor Daniel Henney co-starred.",
        "Jo Yu-ri sang in IZ*ONE before she acted.",
    ],
)
def test_words_that_are_no_people(text: str) -> None:
    assert not actors(text) & {"continue", "philippines", "korean american", "one"}


def test_a_dated_title_is_no_person() -> None:
    text = "Boys Over Flowers (2009) gave us Lee Min-ho, and Coffee Prince (2007) gave us Gong Yoo."
    assert "coffee prince" in shows(text)
    assert "coffee prince" not in actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Netflix on Wednesday announced its Korean line-up for the year.",
        "MBC's new Friday-Saturday drama has revealed new stills of Honey Lee.",
        "He became the first Korean actor to lead a live-action Lucasfilm series.",
    ],
)
def test_days_and_studios_are_no_titles(text: str) -> None:
    assert shows(text) == set()


def test_an_award_before_for_is_no_part_of_the_title() -> None:
    text = "Youn won her Academy Award for Minari, in which she played a grandmother."
    assert shows(text) == {"minari"}


def test_last_years_hit_is_an_appositive() -> None:
    text = "Exhuma, last year's occult hit with Choi Min-sik, remains the title to beat."
    assert "exhuma" in shows(text)


def test_a_cast_after_a_common_word_title_is_its_cue() -> None:
    text = "Before the wave there was Sorry, I Love You, with So Ji-sub and Im Soo-jung."
    assert "sorry, i love you" in shows(text)


def test_a_quoted_title_with_its_cast_after_it() -> None:
    text = "He has two films waiting: 'Come Rain, Come Shine' with Lim Soo-jung, and more."
    assert "come rain, come shine" in shows(text)


def test_opposite_after_a_webtoon_mention_is_a_co_star() -> None:
    text = "She plays the best friend in Marry My Husband, based on the hit webtoon, opposite Park Min Young."
    assert "park min young" in actors(text)


def test_a_quoted_name_is_no_title() -> None:
    text = "Presenter Brad Pitt read out her name as 'Yuh-jung Youn' at the ceremony."
    assert shows(text) == set()
    assert "brad pitt" in actors(text)


def test_a_described_part_then_played_by() -> None:
    text = "The romcom follows Cheon Sa Rang, a hotel employee played by Girls' Generation's YoonA."
    assert "cheon sa rang" not in actors(text)


def test_a_directors_possessive_in_festival_news() -> None:
    text = 'Park Ri-woong\'s "The Land of Morning Calm" closes the festival this year.'
    assert "park ri woong" not in actors(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("YoonA moved on after years of thrillers like Big Mouth, she said.", "big mouth"),
        ("He previewed Can This Love Be Translated?, his upcoming Netflix romance.", ""),
        ("Oscar winner Youn Yuh Jung, honored for Minari, returns for the finale.", "minari"),
    ],
)
def test_more_title_cues_from_blind14(text: str, title: str) -> None:
    assert (title or "can this love be translated?") in shows(text)


def test_hosts_as_a_noun_is_no_cue() -> None:
    text = "Karina will guess lyrics alongside hosts Boom and Shin Dong Yup this weekend."
    assert "boom" not in shows(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Among the guests at the premiere was the beloved Park Bo Young.", "park bo young"),
        ("On Sunday the popular Lee Min Ho greeted fans at the fan meeting.", "lee min ho"),
        ("Song Joong Ki's ex-wife Song Hye Kyo attended the event on Friday.", "song hye kyo"),
        ("Park Seo Joon's rumored ex Kim Ji Won smiled for the cameras.", "kim ji won"),
    ],
)
def test_praise_and_past_partners_name_real_people(text: str, name: str) -> None:
    assert name in actors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He starred in the 2007 historical drama 'Yi San' on MBC.", {"yi san"}),
        ("The drama will debut October 3 on tvN, and Next Month on Netflix.", set()),
        ("Kim Soo Hyun appeared on Instagram Live to thank his fans.", set()),
        ("The group performed Dynamite, a global hit, at the awards show.", set()),
        ("The Walt Disney Company's Moving, starring Ryu Seung-ryong, was a hit.", {"moving"}),
        ("The festival hosts Korean Cinema Today, a section for new films.", set()),
    ],
)
def test_review_cases_for_titles(text: str, expected: set[str]) -> None:
    assert shows(text) == expected


def test_a_brand_before_a_name_is_no_western_order_name() -> None:
    text = "The actor met fans at Samsung Lee said later that the drama was fun."
    assert "samsung lee" not in actors(text)


def test_one_noun_after_is_the_names_a_part() -> None:
    text = "In the new thriller, Kim Mu Yeol is the villain Baek Chang Gi."
    assert actors(text) == {"kim mu yeol"}


def test_a_common_word_title_single_quoted_inside_speech() -> None:
    text = 'The director said Song Hye-kyo "carried the weight of \'The Glory\' into every scene."'
    assert "the glory" in shows(text)
