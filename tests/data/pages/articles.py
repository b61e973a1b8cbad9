"""Original article texts for the page corpus (written for dramatui's tests; not real news).

Each body is a small markup: blocks separated by blank lines; "## " a subheading,
"- " list items, "> " a quote, "[yt:ID]" a YouTube iframe, "[ytlazy:ID]" a lazy
(data-src) YouTube iframe, "[vimeo:N]" a Vimeo iframe, "[watch:URL|text]" a
"Watch Now" link paragraph, "[img:alt]" an image. Anything else is a paragraph.
"""

from __future__ import annotations

# (slug, title, body, og_video YouTube id or "")
ARTICLES: list[tuple[str, str, str, str]] = [
    (
        "queen-of-tears-set-visit",
        "Inside the Queen of Tears set: rain machines, a rooftop and a very patient crew",
        """On a damp Tuesday morning in Paju, the crew of Queen of Tears spent four hours waiting for the fake rain to look like real rain. Director Jang Young-woo walked the length of the rooftop set twice, checking every puddle, before he finally called for the first take.

Kim Soo-hyun arrived early and ran his lines with the sound team rather than in his trailer. Staff members said he asked for the umbrella prop to be swapped for a heavier one because the light one kept flipping in the wind from the fans.

## A scene shot eleven times

The confession scene that closes episode eight was filmed eleven times from three angles. Kim Ji-won kept the emotion steady through every take, and the crew applauded when the director finally said the words everyone wanted to hear: that is the one.

> We built the rooftop twice because the first version photographed too clean. Rain needs texture behind it, said production designer Oh Min-seo.

The drama airs Saturdays and Sundays at 9:10 p.m. KST, and the production says the final four episodes are already locked.""",
        "",
    ),
    (
        "lovely-runner-ratings-climb",
        "Lovely Runner climbs again as the time-travel romance hits a new personal best",
        """Lovely Runner posted its highest nationwide rating so far on Monday night, reaching 5.8 percent according to a household survey, up almost a full point from the previous week.

The jump came with the episode in which Im Sol finally tells Ryu Sun-jae the truth about the future. Online clips of the bus stop scene passed two million views within a day, and the drama topped the weekly buzz chart for the third week running.

Byeon Woo-seok also took first place on the actor buzz list, while Kim Hye-yoon followed close behind in second. It is the first time this year that two leads from the same drama have held the top two places.

[yt:Lr8kQ2mT4xA]

The network noted that viewers in their twenties made up the largest share of the live audience, which is unusual for a Monday-Tuesday slot. The next episode promises a festival performance by the fictional band Eclipse.""",
        "",
    ),
    (
        "park-bo-young-casting-news",
        "Park Bo-young confirmed for a quiet medical drama about night-shift nurses",
        """Park Bo-young has signed on to lead a twelve-episode drama about the night staff of a small psychiatric ward, her agency confirmed on Wednesday.

The project, tentatively titled Night Ward Letters, comes from a writer who worked as a nurse for six years before turning to scripts. The story follows a newly transferred nurse who learns each patient's history through the notes left by her predecessor.

- Episodes: 12, released in two batches
- Filming: from early spring in Incheon
- Platform: under discussion with two streaming services

Yeon Woo-jin is in talks to play the ward's head doctor, though his agency said only that he was reviewing the offer positively.

Park last appeared on the small screen in a comedy, and industry watchers say the change of tone is deliberate. Filming is set to begin once the supporting cast is finalized.""",
        "",
    ),
    (
        "vincenzo-reunion-teaser",
        "New teaser brings a Vincenzo reunion to the screen in a heist comedy",
        """The first teaser for the heist comedy Golden Hour Crew dropped on Thursday, and fans of Vincenzo spotted three familiar faces in the first ten seconds.

Song Joong-ki plays a retired safecracker who is pulled back for a single job at a riverside casino. Jeon Yeo-been appears as the insurance investigator who is always one step behind him, and the teaser ends with the two of them sharing a stolen umbrella.

[ytlazy:Gh7cR3wQ9pZ]

The producers said the teaser was cut from a real rehearsal day, which explains the loose, improvised feel of the banter. A character poster series will follow next week.

The show premieres in the second half of the year on a cable channel, with a simultaneous global release planned on a streaming service.""",
        "",
    ),
    (
        "goblin-anniversary-script-reading",
        "Cast of a fantasy romance meets for a warm first script reading",
        """The first script reading for the fantasy romance Lantern Keeper took place last week in a studio in Sangam-dong, and the network released photos and a short video on Friday.

Lee Dong-wook plays a centuries-old guardian who keeps the lanterns that guide lost souls. He joked that he has played so many immortal characters that he now owns a special coat for them.

[vimeo:845120377]

Kim Go-eun, who plays a radio host with insomnia, read her lines with the lights half dimmed at the director's request. The team said they wanted the first reading to feel like a late-night broadcast.

## Supporting cast

Yoo In-na and Lee Jae-wook round out the main cast. The show is scheduled for a winter premiere, a nod to the season many of its scenes take place in.""",
        "",
    ),
    (
        "hospital-playlist-sequel-rumors",
        "Producer addresses sequel rumors for the hospital friendship drama",
        """A producer behind Hospital Playlist addressed rumors of a third season at a press event on Monday, saying the team talks about it often but has no schedule.

The five leads, including Jo Jung-suk and Jeon Mi-do, still have a group chat, he said, and they share photos of the band instruments they kept after filming wrapped.

> If the five of them can find two free months at the same time, we will be the first to call, he said with a laugh.

He added that the writer is currently busy with a different series and that any new season would take at least a year to prepare. For now, fans will have to make do with the reunion concert clips that still circulate online.""",
        "",
    ),
    (
        "moving-season-two-filming",
        "Filming begins on the second season of the superpower drama Moving",
        """Cameras have started rolling on the second season of Moving, the superpower drama that became one of last year's most talked-about streaming releases.

Ryu Seung-ryong and Han Hyo-joo return as the parents with secret abilities, and the production confirmed that Go Youn-jung and Lee Jung-ha will also come back as the teenage leads, now a few years older.

[yt:Mv2sN8dK1aQ]

According to the production, much of the new season will take place in Busan, and the action scenes will use a mix of wire work and practical stunts rather than relying only on visual effects.

- Original webtoon author returns as writer
- New director joins for the action unit
- Release planned across two months

The platform has not yet announced a release date.""",
        "Mv2sN8dK1aQ",
    ),
    (
        "twinkling-watermelon-finale",
        "Twinkling Watermelon ends its run with a gentle, tear-filled finale",
        """The time-slip drama Twinkling Watermelon aired its final episode on Tuesday, closing the story of a hearing son and his deaf father with a quiet scene at a music shop.

Ryeoun, who played the lead, posted a handwritten letter thanking the sign language coaches who worked with the cast for months before filming. He said learning to sign changed how he listened to other actors.

Choi Hyun-wook and Seol In-ah also shared farewell messages, each calling the set the friendliest they had worked on.

The finale recorded the drama's highest viewership, and a special episode featuring the cast's band rehearsals will air next week.""",
        "",
    ),
    (
        "song-kang-enlistment-letter",
        "Song Kang leaves a letter for fans before starting military service",
        """Song Kang began his mandatory military service on Monday, entering a training center in Gangwon Province without a public send-off at his own request.

In a letter shared through his agency, he thanked fans for understanding why he wanted a quiet day. He wrote that he had finished filming his last project early so that it could air while he was away.

> I will come back healthier, and hopefully a little wiser. Please take care of yourselves until then.

His agency said two completed dramas will be released during his service, one of them a romantic comedy with Park Min-young.""",
        "",
    ),
    (
        "my-demon-global-chart",
        "My Demon enters the global top ten for non-English series",
        """My Demon reached the global top ten for non-English series in its second week, according to the weekly viewing figures released by the platform.

The fantasy romance stars Kim Yoo-jung as a chaebol heiress and Song Kang as a demon who loses his powers. The drama ranked first in several Southeast Asian countries and broke into the top five in Latin America.

[watch:https://www.netflix.com/title/81709876|Watch Now on Netflix]

Viewers singled out the chemistry between the leads and the costume design, with several of Kim's coats selling out at the brands that supplied them.

The drama airs two episodes a week and is halfway through its sixteen-episode run.""",
        "",
    ),
    (
        "crash-landing-director-new-project",
        "The director of a hit romance returns with a thriller set on a ferry",
        """The director behind several prestige romances is changing gears with a thriller that takes place almost entirely on an overnight ferry between Mokpo and Jeju.

Hyun Bin is in final talks to play a ship's engineer who discovers that one of the passengers has disappeared. The drama, titled Night Crossing, is planned as eight episodes.

The production has reportedly rented a real ferry for two weeks of night shoots, and the rest will be filmed on a set built to match its corridors exactly.

## Why a ferry

The director said a ship is a closed world with too many doors, which is the perfect place for a story about people who all have something to hide.""",
        "",
    ),
    (
        "iu-drama-poster",
        "IU and Park Bo-gum share a sunlit first poster for their period drama",
        """The first poster for the period drama When Life Gives You Tangerines shows IU and Park Bo-gum sitting on a stone wall on Jeju Island, squinting into the afternoon sun.

The drama follows a couple across four seasons and four decades, from their teenage years in the 1960s to old age. The production said each season will have a different color palette, starting with the yellow of the poster.

[yt:Tg4nJ6wE2rY]

IU plays the quick-tempered daughter of a haenyeo diver, and Park plays the quiet boy who follows her around the village. Older versions of the characters are played by Moon So-ri and Park Hae-joon.

The series will be released in four parts, one for each season, a week apart.""",
        "",
    ),
    (
        "extraordinary-attorney-woo-musical",
        "Extraordinary Attorney Woo is coming to the stage as a musical",
        """A stage musical based on Extraordinary Attorney Woo will open in Seoul next spring, the production company announced on Thursday.

The musical will adapt four of the drama's cases and add original songs, including one built around the heroine's love of whales. Auditions for the lead role are open to actors of all backgrounds.

- Venue: a mid-sized theater in Jongno
- Run: twelve weeks
- Tickets: on sale two months before opening

The original writer is consulting on the script. Park Eun-bin, who played the lead on television, is not involved, but she sent a message of support that was read at the announcement.""",
        "",
    ),
    (
        "the-glory-stunt-team",
        "Stunt team of a revenge thriller explains the go board fight",
        """The stunt coordinator of The Glory spoke this week about the single fight scene in the drama that takes place around a go board, calling it the hardest two minutes he has ever planned.

Every move in the scene was tied to a move in the game, he said, so the actors had to learn the opening of a real professional match. Song Hye-kyo practiced the stone placement for a week until she could do it without looking down.

[yt:Gb5fP9sL3hU]

He added that nobody was actually hit during the scene and that the crash of the board was done in one take because the production only had one antique board.""",
        "",
    ),
    (
        "welcome-to-samdal-ri-ratings",
        "Welcome to Samdal-ri holds steady as the weekend race tightens",
        """Welcome to Samdal-ri held on to first place in its weekend slot with 9.3 percent, despite fresh competition from a new legal drama on a rival channel.

Ji Chang-wook and Shin Hye-sun drew praise for a long scene on the village pier, shot in a single take just after sunrise. The cast told reporters that the pier was so cold that they kept hand warmers in every pocket.

The legal drama opened with 7.8 percent, a strong start for its first weekend. Industry observers expect the two shows to trade places before the month ends.""",
        "",
    ),
    (
        "kingdom-prequel-update",
        "Writer offers an update on the zombie period drama's prequel",
        """The writer behind Kingdom said on a podcast this week that the long-rumored prequel is still alive, though she joked that the word alive means something different in her stories.

She described the prequel as a story set in the far north, a century before the original, and said she has finished outlines for six episodes.

> I am not going to start until I know exactly how it ends. That is a rule I learned the hard way.

Jun Ji-hyun, who appeared in a special episode that set up the prequel, is expected to return, though nothing has been signed. The writer asked fans to be patient.""",
        "",
    ),
    (
        "nevertheless-director-webtoon",
        "A romance webtoon with a cult following gets its drama adaptation",
        """The webtoon Paper Planes Over Hongdae, which has quietly gathered a cult following over five years, will be adapted into a ten-episode drama.

The story follows an illustrator and a delivery rider who keep meeting on the same rooftop. Han So-hee is being considered for the illustrator, according to two people close to the production, while the rider has not yet been cast.

The webtoon's author said she chose the production company because its team had read every chapter, including the side stories, before their first meeting.

[ytlazy:Pp3wH7kN5cB]

The production plans to film during the autumn so that the rooftop scenes can catch the early evening light.""",
        "",
    ),
    (
        "business-proposal-remake",
        "Business Proposal is getting a remake in another country",
        """The office romance Business Proposal will be remade abroad, its original production company confirmed on Monday, making it the latest Korean comedy to find a second life overseas.

The remake will keep the core premise, a blind date with a swapped identity, but move the setting from a food company to a family-run hotel. Its producers said they had watched the original with a notebook and a stopwatch to study its timing.

Ahn Hyo-seop and Kim Se-jeong, the leads of the original, sent a joint video message that was played at the contract signing.

The remake is expected to begin filming at the end of the year.""",
        "",
    ),
    (
        "squid-game-making-of",
        "Making-of video reveals how the glass bridge was built",
        """A new making-of video from the survival drama shows how the famous glass bridge set was built on a soundstage with safety nets only one meter below the panels.

Lee Jung-jae explained in the video that the height was created almost entirely by the lighting and the camera angles. The actors were never actually in danger, he said, but the set still made his knees shake.

[yt:Sq6mG2bR8vT]

## Inside the soundstage

The crew used more than two hundred lights hanging from the ceiling to fake the drop. Each panel was tested under a load of several hundred kilograms before anyone stepped on it.

The video also includes outtakes of the cast laughing through takes of the most tense scenes.""",
        "Sq6mG2bR8vT",
    ),
    (
        "reply-1988-reunion-variety",
        "Reply 1988 cast reunites for a travel variety special",
        """The cast of Reply 1988 gathered for a four-day trip to Jeju Island, and the resulting variety special will air over two weekends next month.

Hyeri, Ryu Jun-yeol and Park Bo-gum were all confirmed to take part, along with several members of the parents' cast. The production said the trip was planned around a single evening when everyone could sit down for dinner together.

[watch:https://www.viki.com/tv/37601c-reply-1988|Watch Now on Viki]

The special will include a segment in which the cast watches their old scenes for the first time in years.""",
        "",
    ),
    (
        "death-note-style-thriller-casting",
        "Nam Joo-hyuk and a rookie actress lead a campus mystery thriller",
        """Nam Joo-hyuk will lead the campus mystery thriller Lecture Hall Zero, in which a philosophy student finds his name on a list of people who are going to disappear.

The female lead goes to newcomer Bae Jin-ah, who won the role after an open audition that drew more than three thousand applicants. The director said she was chosen for the way she listened in the audition scene rather than the way she spoke.

- Genre: mystery thriller
- Episodes: 8
- Filming: this summer on a real university campus

The production said the campus will be named only in the credits, to avoid curious visitors during filming.""",
        "",
    ),
    (
        "mr-sunshine-costume-exhibition",
        "Costumes from the historical drama go on display in Seoul",
        """More than forty costumes from Mr. Sunshine will be shown at an exhibition in Seoul starting next week, including the heroine's wedding hanbok and the hero's naval uniform.

The costume designer said the most difficult piece was a coat that had to look both expensive and worn. It took three versions and several weeks of sanding the buttons by hand.

> We aged the fabric with tea, sunlight and a great deal of patience.

Kim Tae-ri visited the exhibition before it opened and wrote a message in the guest book. The exhibition runs for two months.""",
        "",
    ),
    (
        "strong-girl-nam-soon-teaser",
        "Character teaser introduces the new strong girl of the franchise",
        """A character teaser for Strong Girl Nam-soon dropped on Friday, showing Lee Yoo-mi lifting a delivery truck with one hand while finishing a phone call.

The drama is a spin-off of the earlier Strong Girl series, with a new heroine who grew up abroad and returns to Seoul to find her family. Kim Jung-eun plays her mother, who has the same strength and a very short temper.

[yt:Sn9tB4kH6mE]

Ong Seong-wu plays a detective who does not believe any of the witness reports about the truck. The producers promised that the action will be bigger and sillier than the original.""",
        "",
    ),
    (
        "hometown-cha-cha-filming-location",
        "Seaside village from a healing romance becomes a tourist favorite",
        """The seaside village where Hometown Cha-Cha-Cha was filmed has seen a steady stream of visitors since the drama aired, and local shop owners say the crowds have not slowed down.

The red lighthouse at the end of the harbor is now the most photographed spot in the area. A café that appeared in the drama has kept the menu board from the set, with the prices the characters paid.

Local officials added more parking and a walking trail connecting the main filming locations, with small signs describing each scene.

Visitors are asked to respect the privacy of residents, some of whose homes appeared in the drama.""",
        "",
    ),
    (
        "bloodhounds-season-two",
        "Boxing action drama confirms its second season and a new villain",
        """The boxing action drama Bloodhounds will return for a second season, the platform confirmed on Tuesday, with Woo Do-hwan and Lee Sang-yi back as the two fighters.

The new season adds a villain who runs an illegal fighting league, played by a veteran actor whose name will be revealed in a teaser next month.

[vimeo:902331584]

Woo said he has been training at a real boxing gym for four months and has gained six kilograms of muscle for the role. Filming begins in the summer.""",
        "",
    ),
    (
        "marry-my-husband-ratings-record",
        "Marry My Husband sets a new record for its channel",
        """Marry My Husband reached 12 percent on Tuesday night, the highest rating ever recorded by a Monday-Tuesday drama on its channel.

Park Min-young plays a woman who gets a second chance at life after being betrayed by her husband and her best friend. Na In-woo plays her boss, and the chemistry between the two has become a steady topic on social media.

## Behind the numbers

The production credited a strong word-of-mouth campaign and clips that spread widely on short-video apps. Over sixty percent of the audience watched on delayed viewing.

[yt:Mm1hW5qC7nD]

Lee Yi-kyung, who plays the cheating husband, said on a radio show that strangers now glare at him in supermarkets.""",
        "",
    ),
    (
        "pachinko-season-two-premiere",
        "Pachinko returns with a second season spanning three decades",
        """The second season of Pachinko premieres next month, picking up the family saga in the 1940s and following it into the late 1980s.

Youn Yuh-jung returns as the older Sunja, and Lee Min-ho is back as Hansu, a character the show expands well beyond the novel. The series was filmed in Korea, Japan and Canada.

> This season is about what people keep and what they let go of, said the showrunner.

[yt:Pc8sD2fV4gN]

The season will release one episode a week, with the first two arriving together.""",
        "",
    ),
    (
        "single-inferno-cast",
        "Dating show's new season reveals its cast in a sun-drenched trailer",
        """The dating reality show Single's Inferno introduced its new cast in a trailer filmed on a remote island, with twelve singles arriving by boat in the first minute.

The panel of hosts returns unchanged, and the show promised that the Paradise hotel will have a new twist this season: a date that can be stolen by another contestant.

[ytlazy:Si4rK8nP2xL]

The season releases on a weekly schedule starting next Tuesday.""",
        "",
    ),
    (
        "gyeongseong-creature-review",
        "A creature horror drama trades jump scares for slow dread",
        """Gyeongseong Creature takes a different route from most monster dramas: it spends almost an hour of its first episode on a pawnshop, a dance hall and a missing-person case before a single creature appears.

Park Seo-joon plays a wealthy pawnbroker who knows every secret in the city, and Han So-hee plays a tracker who finds people for a fee. Their first meeting is a negotiation, not a romance, and it works better for it.

The set design is the real star. The production built an entire street of 1940s shops, and the camera lingers on signs, stairs and shadows as if it knows what is hiding behind them.

## The verdict

The pacing will test some viewers, but those who stay will find a drama more interested in its characters than in its monster.""",
        "",
    ),
    (
        "true-beauty-webtoon-author-interview",
        "Webtoon author talks about watching her characters come alive",
        """The author of a long-running romance webtoon sat down with us to talk about seeing her work turned into a drama, and about the one scene she asked the producers to keep.

She said the hardest part was letting go of the way she had always heard the characters speak in her head. When Cha Eun-woo read the lead's lines for the first time, she realized his version was kinder than hers.

> I wrote him a little colder. Eun-woo found the warmth that was always under there.

She said the scene she insisted on was a short one in a convenience store, with no dialogue, which she called the heart of the story.

She is now working on a new webtoon set at a swimming club.""",
        "",
    ),
    (
        "taxi-driver-third-season",
        "Revenge-for-hire drama Taxi Driver confirms a third season",
        """Taxi Driver will return for a third season, with Lee Je-hoon back as the driver who takes revenge on behalf of victims the law has failed.

The production said the new season will take the Rainbow Taxi team abroad for the first time, with two episodes set in a port city in Southeast Asia.

- Returning cast: the full Rainbow Taxi team
- New director: joined from a hit crime film
- Filming: from this autumn

Lee said he keeps the taxi's steering wheel cover from the first season in his car as a good luck charm.""",
        "",
    ),
    (
        "start-up-director-short-film",
        "A drama director turns to short film with a story told in text messages",
        """A director best known for youthful office dramas has made a fifteen-minute short film told entirely through a phone screen, and it will premiere at a festival in Busan.

The film follows two former classmates who reconnect through a wrong-number message. Suzy and Kim Seon-ho lent their voices to the voice memos that appear on screen.

[vimeo:781245590]

The director said the whole film was shot in three days on a single laptop, and that he wanted to see how much emotion he could fit into a typing indicator.""",
        "",
    ),
    (
        "alchemy-of-souls-fantasy-world",
        "How the fantasy world of a sword-and-sorcery drama was mapped",
        """The team behind Alchemy of Souls drew a full map of its fictional country before writing a single scene, a production designer revealed at a design forum on Saturday.

The map included four mage families, their rivers and the roads between them, and it was pinned to the wall of every set so that actors knew which direction their characters were traveling.

Lee Jae-wook said the map helped him understand why his character was always tired: every journey was at least a day on horseback.

[yt:Al2cM7sK9wF]

The designer added that the lake at the center of the map was based on a real reservoir near the filming locations.""",
        "Al2cM7sK9wF",
    ),
    (
        "our-beloved-summer-documentary",
        "A drama about a documentary gets a documentary of its own",
        """In a twist that fits its premise, the romance Our Beloved Summer has been followed by a real documentary about its making, now streaming on the network's video service.

The hour-long film follows Choi Woo-shik and Kim Da-mi through the shooting of the summer school scenes, where both had to play their characters at eighteen and at twenty-eight on the same day.

> We kept two sets of costumes in one room and changed ages between lunch and dinner, Kim said.

The documentary also shows the animation team drawing the hero's illustrations, which appear throughout the drama.""",
        "",
    ),
    (
        "signal-sequel-walkie-talkie",
        "The time-crossing detective drama's sequel starts filming in Incheon",
        """The long-awaited sequel to the detective drama Signal has started filming, with the walkie-talkie that connects the past and the present once again at the center of the story.

Kim Hye-soo, Cho Jin-woong and Lee Je-hoon all return. The production said the sequel picks up several years later, with a new cold case set in a coastal town.

[yt:Sg3wT5kD8aR]

The writer has kept the script close, and even the cast received only the first four episodes before filming began.""",
        "",
    ),
    (
        "lee-min-ho-teaser-short",
        "Lee Min-ho's new series drops a 30-second teaser",
        """A thirty-second teaser for Lee Min-ho's space drama When the Stars Gossip arrived on Monday, showing him floating past a window with the Earth behind him.

[yt:Ls5tR7yU9iO]""",
        "",
    ),
    (
        "kim-go-eun-exhuma-interview",
        "Kim Go-eun on playing a shaman: I practiced the drum until my hands hurt",
        """Kim Go-eun says she spent three months learning the rhythms of a traditional exorcism ritual before filming began on the occult thriller Exhuma, and that her teacher refused to let her skip a single session.

In an interview at a café in Samcheong-dong, she described the first rehearsal as humbling. The drum patterns change with the mood of the ritual, she said, and the shamans she trained with could tell immediately when her mind drifted.

## The long take

The ritual scene at the grave site was filmed as a single long take. Choi Min-sik, who watched from behind the monitor, told her afterwards that he had forgotten he was on a set.

> I did not want the audience to see an actress doing a ritual. I wanted them to see a shaman doing her job, she said.

She also spoke about working with Yoo Hae-jin again, calling him the person who makes every set feel like a family dinner.

The film has passed eleven million admissions, and Kim said she plans to take a short break before choosing her next project.""",
        "",
    ),
    (
        "weekend-ratings-roundup",
        "Weekend ratings: a family drama surges while a thriller slips",
        """The family drama Beauty and Mr. Romantic rose to 19.6 percent on Sunday, its best result yet, as the story reached the long-awaited reunion between the heroine and her estranged father.

Im Soo-hyang and Ji Hyun-woo lead the cast, and the drama has now topped its slot for ten consecutive weeks.

On a rival channel, the thriller Flex x Cop slipped to 8.1 percent after a strong start, though it remained first among viewers aged twenty to forty-nine.

A Sunday variety show also saw a bump after a surprise appearance by the cast of a recently finished romance.""",
        "",
    ),
    (
        "daily-dose-of-hope-set-photos",
        "Behind-the-scenes photos show a cheerful set for a hospital drama",
        """Stills released on Wednesday show the cast of the psychiatric ward drama Ward Seven Sunrise laughing between takes, in contrast to the heavy subject matter of the series.

Park Bo-young is seen sharing snacks with the junior actors, and Yeon Woo-jin appears in one photo asleep in a folding chair, still in his doctor's coat.

The production said the crew deliberately kept the mood light because many scenes required long emotional takes.

[video:https://cdn.dramawire.example/clips/ward-seven-bts.mp4]

The drama will be released in its entirety on a single day next month.""",
        "",
    ),
    (
        "korean-charset-portal",
        "드라마 '선재 업고 튀어' 종영 기념 팬미팅 개최",
        """드라마 '선재 업고 튀어'의 주연 배우들이 종영을 기념하는 팬미팅을 연다고 소속사가 20일 밝혔다.

변우석과 김혜윤은 다음 달 서울의 한 공연장에서 팬들과 만나 촬영 뒷이야기를 나눌 예정이다. 극 중 밴드 이클립스의 무대도 다시 볼 수 있을 것으로 알려졌다.

제작진은 "시청자들의 사랑에 보답하기 위해 배우들이 직접 아이디어를 냈다"고 전했다.

티켓은 다음 주 화요일부터 예매할 수 있다.""",
        "",
    ),
]
