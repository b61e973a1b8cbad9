"""Word lists the entity extractor leans on: surnames, networks, groups, generic tags, roles.

Everything here is stored lowercased (matched against `casefold()`ed text) unless the
name says otherwise. The lists are knowledge about the domain, not a list of answers:
the extractor finds show titles and actor names from context, and these lists only tell
it which capitalised words are networks, groups, ceremonies or generic feed tags.
"""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    """A set of whitespace-separated words."""
    return frozenset(text.split())


def phrases_of(text: str) -> frozenset[str]:
    """A set of comma-separated phrases."""
    return frozenset(p.strip() for p in text.split(",") if p.strip())


# Romanized Korean surnames in common use, with their spelling variants, including the
# two-syllable ones (Namgoong, Hwangbo, Jegal, Seonwoo, Dokgo, Sagong). "Ho" is left out:
# it mostly shows up as the first half of a given name.
SURNAMES = words_of(
    "ahn an bae baek bak bang bong byeon byun cha chae chang cheon cho choe choi choo chu "
    "chun chung do eom gang geum gi gim go gong goo gu gwon ha han heo hong huh hwang "
    "hyeon hyun im jang jegal jeon jeong ji jin jo joo ju jun jung kam kang keum ki kim "
    "ko kong koo kwak kwon lee lim lyu ma min moon mun myung na nam namgoong namkoong noh "
    "oh ok paik pak park pyo ra rhee roh ryoo ryu seo seon seong shim shin sim sin son "
    "song suh sul sun sung tae tak tang uhm um wi won woo yang ye yeo yeom yeon yi yim yoo yook "
    "yoon youn yu yuk yum yun zo "
    "dokgo dong eun gam goh gwak gyeong ham hur hwangbo in maeng mo myeong nah pi sa "
    "sagong seok seol seonwoo so wang"
)

# Surnames that are everyday English words ("In Seoul, ...", "So It Begins"): a name
# they open needs two given-name tokens ("So Ji Sub", "In Gyo Jin").
STRICT_SURNAMES = words_of("dong ham in mo pi sa so")

# Given-name tokens that are English function words in Title Case headlines
# ("Lee Sung Kyung To Star In ...").
GIVEN_STOP = words_of(
    "am an and are as at bad ban be bet big bit bug but by cup cut den dim dog fit for "
    "gem get gun gut had has he hem hen her him his hit hot hug hut if is it its job kit "
    "let lit log man me met mob my net no not nut of or our pen pin pit pop pot put rim "
    "rob rot run set sit sob ten the tin to ton top tot tub up us was we wet yet "
    "again ago along among amid ahead anew back boon bye gone hang jab jam join mini mom none "
    "noon one ones open pan soon tune"
)

# Given-name syllables that are also English words ("Park Yu Rim", "Lee Sang Soon", "Won
# Ji An"): a name part only after another given token, and dropped from a name's end when
# a capitalised word follows, as in a Title Case headline ("Namgoong Min Win Big At ...").
GIVEN_SOFT = words_of("an ban big boon do go gun hang man pin rim son soon top win")

# Everyday English words that also spell romanized syllables: a name needs at least one
# given-name token outside this set ("Do You Know", "Go On Up" are no names).
ENGLISH_GIVEN = GIVEN_SOFT | words_of("at in is it look me no of on so to up we yo you")

# Capitalised words that may follow a name in a Title Case headline without being part
# of it ("Jung Hae In And Jung So Min ...").
HEADLINE_FUNCTION = words_of(
    "& amp and are as at by for from in is of on or the to vs was were with x about after "
    "against amid among into onto over without"
)

# Multi-word places that look like Korean names ("Hong Kong").
PLACES = words_of(
    "apgujeong bangkok bukchon busan cheongdam chungcheong daegu daejeon gangnam gangneung "
    "gwangalli haeundae "
    "gangwon gapyeong gyeonggi gyeongsang jeolla "
    "gwangju gyeongju hannam hong hongdae ilsan incheon insadong itaewon jakarta jamsil "
    "jeju jeonju kong macau manila myeongdong namsan nonsan osaka paju pohang seongsu "
    "seoul singapore sokcho suwon taipei tokyo tongyeong ulsan yeosu yeouido"
)

PLACE_NAMES = phrases_of("hong kong, han river, namsan tower, jeju island, lotte world")

# Networks, platforms and channels: they own shows, they are never shows themselves.
NETWORKS = phrases_of(
    "tvN, JTBC, KBS, KBS1, KBS2, KBS 2TV, MBC, MBC every1, SBS, SBS Plus, ENA, OCN, MBN, "
    "Channel A, TV Chosun, TV CHOSUN, Mnet, Netflix, Disney+, Disney Plus, TVING, Tving, "
    "Wavve, Coupang Play, Apple TV+, Apple TV, Prime Video, Amazon Prime Video, Viki, "
    "Rakuten Viki, Viu, iQIYI, Hulu, HBO, HBO Max, Max, KOCOWA, Kocowa, Genie TV, Kakao "
    "TV, KakaoTV, Naver TV, U+ Mobile TV, Watcha, YouTube, Arirang, EBS, JTBC4, tvN "
    "STORY, Channel S, MBC M, SBS M"
)

NETWORK_KEYS = frozenset(n.casefold() for n in NETWORKS)

# Groups and bands: members may act, the group never does.
GROUP_KEYS = phrases_of(
    "(g)i-dle, 2am, 2ne1, 2pm, aespa, after school, apink, astro, ateez, b.a.p, b1a4, "
    "babymonster, beast, big bang, bigbang, blackpink, block b, boynextdoor, btob, bts, "
    "cnblue, cosmic girls, cravity, day6, dkz, dreamcatcher, eclipse, enhypen, everglow, "
    "exo, f(x), fifty fifty, fromis 9, ftisland, gfriend, gidle, girls' generation, got7, "
    "highlight, i-dle, ikon, illit, infinite, itzy, ive, jyj, kara, kep1er, kiss of life, "
    "le sserafim, loona, mamamoo, miss a, monsta x, nct, nct 127, nct dream, newjeans, "
    "nmixx, oh my girl, p1harmony, pentagon, plave, qwer, red velvet, riize, seventeen, "
    "sf9, shinee, sistar, snsd, stayc, stray kids, super junior, t-ara, teen top, the "
    "boyz, tomorrow x together, treasure, tvxq, twice, tws, txt, ukiss, viviz, vixx, "
    "wayv, weeekly, winner, wjsn, wonder girls, xdinary heroes, zb1, zerobaseone, "
    "nu'est, wanna one, iz*one, izone, exid, 4minute, aoa, brown eyed girls, shinhwa, "
    "sechs kies, fin.k.l, h.o.t., lovelyz, gugudan, fromis_9, n.flying, oneus, victon, "
    "up10tion, ab6ix, golden child, the rose, triples, kiss of life, izna, meovv, girl's day, "
    "girls day, sistar19, 9muses, t-ara, ladies' code, hello venus, pristin, "
    "everglow, bigbang"
)

# Agencies and companies.
AGENCY_WORDS = ("entertainment", "agency", "company", "studio", "studios", "pictures", "media")
AGENCY_KEYS = words_of(
    "ador big bighit cgv cj cube dragon ena enm hit hybe jyp kakao lotte megabox pledis "
    "showbox sm starship studio theborn yg"
)

# Words that mark a capitalised phrase as a ceremony, festival, chart or event.
EVENT_WORDS = words_of(
    "academy award awards ceremonies ceremony chart charts concert council emmys festa "
    "festival gala globes oscars prize tour biff bifan jiff"
)

# Feed category tags that are topics, not names.
GENERIC_KEYS = phrases_of(
    "action, actor, actors, actress, actresses, allkpop, analysis, anime, award, awards, "
    "beauty, behind the scenes, birthday, box office, breaking, cast, casting, celeb, "
    "celebrities, celebrity, chart, charts, column, comeback, comedy, concert, "
    "controversy, crime, dating, dating news, debut, drama, drama news, dramas, editor's "
    "pick, editors pick, enlistment, entertainment, episode, episodes, event, events, "
    "exclusive, exclusives, fan meeting, fanmeeting, fantasy, fashion, feature, featured, "
    "features, film, films, finale, first look, food, gallery, guide, guides, hallyu, "
    "hallyu star, health, historical, hollywood, bollywood, chungmuro, horror, idol, idols, "
    "instagram, interview, "
    "interviews, k content, k drama, k dramas, k movie, k movies, k pop, kdrama, kdrama "
    "news, kdramas, korea, korean drama, korean dramas, korean film, korean films, korean "
    "movie, kpop, kpop news, lifestyle, list, lists, making of, melodrama, mental health, "
    "military, movie, movies, music, mystery, netflix korea, news, opinion, ost, osts, "
    "photo, photos, pictorial, poll, polls, poster, posters, premiere, preview, quiz, "
    "ratings, reality show, recap, recaps, release, review, reviews, rom com, romance, "
    "sageuk, scandal, season, series, social media, soompi, soundtrack, south korea, "
    "spoiler, spoilers, stills, streaming, style, teaser, teasers, television, thriller, "
    "tiktok, top stories, trailer, trailers, travel, trending, tv, variety, variety show, "
    "variety shows, video, videos, web series, webtoon, webtoons, wedding, weekly, "
    "youtube, "
    # "Netflix's Korean action series": a nationality before the genre, no title.
    "korean, japanese, chinese, american, british, taiwanese, thai, indian, french, "
    "spanish, english, foreign, global, local"
)

# Words before a name that make it someone other than a performer.
NON_PERFORMER_ROLES = words_of(
    "artist author authors cartoonist ceo chief chair chairman chairperson chairwoman choreographer "
    "cinematographer composer composers correspondent creator creators critic critics "
    "director directors editor executive executives filmmaker filmmakers founder "
    "commissioner curator illustrator journalist journalists lawmaker lyricist manager managers minister "
    "novelist official officials pd pds photographer programmer president producer producers "
    "professor reporter reporters representative screenwriter screenwriters scriptwriter "
    "showrunner songwriter spokesman spokesperson spokeswoman vice-president writer "
    "writers"
)

# "directed by", "written by", ...: every name right after is a non-performer.
NON_PERFORMER_BY = words_of(
    "authored co-directed co-written composed created directed drawn helmed hosted_not "
    "illustrated organised organized penned performed produced scripted sung written"
)

# Words before a name (or a list of names) that make them performers.
PERFORMER_ROLES = words_of(
    "actor actor-singer actors actress actresses broadcaster cast co-star co-stars "
    "comedian comedians comedienne presenter presenters contestant contestants costar costars dancer dancers entertainer entertainers guest guests "
    "host hosts idol idol-actor mc mcs member members model-actor newcomer newcomers "
    "panelist panelists regular regulars rookie singer-actor singer-actress star starred "
    "starring stars"
)

# Well-known stage names and one-word names of performers; matched case-sensitively.
STAGE_NAMES = words_of(
    "Ailee BIBI Baekhyun Beomgyu Bibi BoA Boom Bona Changbin Changmin Chanyeol Chen Chorong "
    "Chungha Crush D.O. DK Daesung Dahyun Danielle Dex Dino Dokyeom Doyoung Eunhyuk Eunji "
    "Felix G-Dragon Giselle Gummy Haerin Haha Hanhae Hanni Heechul Heize Hendery Hongseok "
    "Hoshi Hueningkai Hui Hwasa Hyein Hyeri Hyolyn Hyoyeon Hyuna Hyunjin I.N IU Irene "
    "J-Hope Jackson Jaehyun Jaejoong Jaemin Jennie Jeonghan Jessi Jihyo Jimin Jinho "
    "Jinyoung Jisoo Johnny Joshua Joy Jun Jungkook Junsu Kai Kangta Karina Kian Kian84 "
    "Kino Krystal Kyuhyun Lay Leeseo Leeteuk Lisa Lucas Mark Mina Mingyu Minho Minji Momo "
    "Moonbyul Nana Nayeon Ningning Onew Punch RM Rain Rosé Rowoon Ryeoun S.Coups Sana "
    "Sehun Seohyun Seulgi Seungkwan Seungmin Seungri Siwon Solar Soobin Sooyoung Suga "
    "Suho Sunmi Sunny Suzy T.O.P Taecyeon Taehyun Taemin Taeyang Taeyeon Taeyong Ten "
    "Tiffany Tzuyu Uee Vernon Wendy Wheein Winter Winwin Wonwoo Wonyoung Wooseok Woozi "
    "Xiumin Yeonjun Yeonwoo Yeri Yoona YoonA Younha Yujin Yunho Yuri Yuta Yuto Zico Zion.T "
    "Seolhyun Minah Hani Chaeyoung Jeongyeon Sejeong Yerin Eunha Sowon "
    "Jeno Haechan Renjun Jisung Chenle Woodz Kwanghee"
)

# Stage names that are ordinary English words: only recognised in a clear context.
STAGE_AMBIGUOUS = words_of(
    "Boom Chen Crush Dex Dino Felix Hui Johnny Joshua Joy Jun Kai Kian Kino Lay Lisa Lucas "
    "Mark Punch Rain Solar Suga Sunny Ten Vernon Winter"
)

# Film industries and studios: their possessive owns a film ("Hollywood's 'X'"), and
# they are never a show themselves.
FILM_OWNERS = words_of(
    "hollywood bollywood chungmuro marvel pixar dreamworks a24 ghibli paramount universal "
    "warner lionsgate neon showbox disney sony lucasfilm illumination"
)

# Days of the week: "Netflix on Wednesday announced", "MBC's new Friday-Saturday drama".
DAY_WORDS = words_of("monday tuesday wednesday thursday friday saturday sunday weekend weekday")

# Words no unquoted title opens with: dates ("will debut October 3", "Next Month") and
# social platforms ("appeared on Instagram Live").
NOT_TITLE_OPENERS = DAY_WORDS | words_of(
    "january february march april may june july august september october november "
    "december next last this instagram tiktok weverse twitter facebook vlive bubble "
    "threads"
)
