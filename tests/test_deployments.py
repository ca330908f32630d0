from explainer.articles import clean_article
from explainer.deployments import extract_deployments


def test_seed_deployments_match_the_annotated_facts(seed_article, reference, seed_facts):
    facts = extract_deployments(seed_article, reference)
    by_kind = {f.kind: f for f in facts}
    assert sorted(by_kind) == ["convoy", "observation_posts", "reinforcements"]
    assert len(facts) == len(seed_facts["deployments"])

    posts = by_kind["observation_posts"]
    assert (posts.count, posts.side, posts.place) == (12, "turkey", "Idlib")

    reinforcements = by_kind["reinforcements"]
    assert (reinforcements.claimant, reinforcements.date, reinforcements.side) == ("Turkish media", "2020-02-02",
                                                                                   "turkey")
    convoy = by_kind["convoy"]
    assert convoy.what == "military convoy of tanks and armoured vehicles"
    assert (convoy.place, convoy.date, convoy.claimant, convoy.block) == ("Dana", "2020-02-02", "AFP photo caption",
                                                                         "caption")


def test_deployment_quotes_point_into_the_article(seed_article, reference):
    for fact in extract_deployments(seed_article, reference):
        assert seed_article.text[fact.quote_start:fact.quote_end] == fact.quote


def test_a_count_before_military_observation_posts(tmp_path, reference):
    path = tmp_path / "posts.txt"
    path.write_text("Turkey in Idlib\n\nTurkey has 12 military observation posts around Idlib.\n", encoding="utf-8")
    facts = extract_deployments(clean_article(path, reference), reference)
    assert [(f.kind, f.count) for f in facts] == [("observation_posts", 12)]


def test_a_party_named_after_the_troops_is_not_theirs(tmp_path, reference):
    """A new-user trial: "Our troops deployed to Idlib came under the regime's attack" was published as troops the
    regime deployed. A party named after the phrase is no deployer; "our" troops are the speaker's."""
    path = tmp_path / "troops.txt"
    path.write_text("Strike in Idlib\n\n“Our troops deployed to Idlib came under the Assad regime's attack,” the "
                    "tweet reads.\n\nTurkey's defence ministry said: “Our troops deployed near Saraqib are "
                    "safe.”\n", encoding="utf-8")
    facts = extract_deployments(clean_article(path, reference), reference)
    assert [(f.kind, f.side) for f in facts] == [("troops_deployed", "unspecified"), ("troops_deployed", "turkey")]


def test_the_deployer_is_the_party_named_nearest_before_the_phrase(tmp_path, reference):
    """A new-user trial: "President Erdogan wants the Syrian government forces to pull back from positions where
    Turkey has set up observation posts" was published as Erdogan's posts. The party or nationality nearest before
    the phrase deploys; a possessive before a place ("Syria's Idlib province") names a country, not a deployer."""
    path = tmp_path / "posts.txt"
    path.write_text("Posts in Idlib\n\nPresident Erdogan wants Syrian government forces to pull back from positions "
                    "where Turkey has set up military observation posts.\n\nThe ministry said the shelling in Syria's "
                    "Idlib province hit the Turkish forces that were sent to Saraqeb as reinforcements.\n",
                    encoding="utf-8")
    facts = extract_deployments(clean_article(path, reference), reference)
    assert [(f.kind, f.actor, f.side) for f in facts] == [("observation_posts", "Turkey", "turkey"),
                                                          ("reinforcements", "Turkey", "turkey")]


def test_our_forces_sent_as_reinforcements_are_the_speakers_even_after_the_other_side(tmp_path, reference):
    """A new-user trial: "The shelling by Syrian government forces was carried out 'against our elements sent as
    reinforcements'", the Turkish ministry said, was published as the Syrian government's reinforcements. "our" a
    few words before the phrase is the speaker's, whoever the sentence named before it."""
    path = tmp_path / "reinforcements.txt"
    path.write_text("Shelling in Idlib\n\nThe attack by Russian jets targeted “our units dispatched as reinforcements "
                    "to Atarib,” the Turkish defence ministry said.\n\nThe Syrian army then sent reinforcements to "
                    "the town.\n", encoding="utf-8")
    facts = extract_deployments(clean_article(path, reference), reference)
    assert [(f.kind, f.actor, f.side) for f in facts] == [("reinforcements", "Turkey", "turkey"),
                                                          ("reinforcements", "Syrian government", "syria_government")]


def test_it_opening_a_sentence_deploys_for_the_party_opening_the_sentence_before(tmp_path, reference):
    """A new-user trial: "Turkey ... fears a fresh wave of migrants. It has 12 military observation posts" gave posts
    of no one. "It" takes the party that opens the sentence before; no party there, no deployer."""
    path = tmp_path / "posts.txt"
    path.write_text("Posts in Idlib\n\nRussia, which backs the offensive, denies any attack on civilians. It has sent "
                    "reinforcements to Hama.\n\nThe army said the road was cut. It has 12 observation posts.\n",
                    encoding="utf-8")
    facts = extract_deployments(clean_article(path, reference), reference)
    assert [(f.kind, f.side) for f in facts] == [("reinforcements", "russia"), ("observation_posts", "unspecified")]


def test_troops_sent_in_the_active_voice_are_a_deployment_with_their_count(tmp_path, reference):
    """A new-user trial: "Turkey has sent thousands of troops ... into Idlib" was no deployment (only "troops were
    sent" was). The count is the troops' where the sentence gives a number; a plan to send them is none."""
    path = tmp_path / "troops.txt"
    path.write_text("Troops in Idlib\n\nRussia has dispatched thousands of troops to Hama. Ankara deployed 2,500 "
                    "more soldiers near Atarib on Monday. Turkey plans to send troops to Libya.\n", encoding="utf-8")
    facts = extract_deployments(clean_article(path, reference), reference)
    assert [(f.kind, f.count, f.side) for f in facts] == [("troops_deployed", None, "russia"),
                                                          ("troops_deployed", 2500, "turkey")]


def test_a_quote_cut_inside_a_quotation_never_shows_a_mark_it_does_not_close(tmp_path, reference):
    """Trial 28: 'carried out "against our elements sent as reinforcements ... in Idlib' opened a quotation mark it
    never closed. A clause cut inside a quotation starts after its opening mark, or ends before its closing one."""
    path = tmp_path / "marks.txt"
    path.write_text("Posts\n\nThe attack was carried out \"against our units sent as reinforcements to the posts near "
                    "Atarib, despite their positions being shared beforehand,\" the Turkish defence ministry said.\n\n"
                    "The ministry said that “the convoy of tanks reached the posts near Saraqib and the troops there "
                    "will stay on until the regime withdraws from the whole area,” adding nothing.\n", encoding="utf-8")
    quotes = [f.quote for f in extract_deployments(clean_article(path, reference), reference)]
    assert quotes[0] == "against our units sent as reinforcements to the posts near Atarib"
    assert all(q.count('"') % 2 == 0 and q.count("“") == q.count("”") for q in quotes), quotes


def test_whose_forces_are_a_state_for_its_own_bodies_and_an_ally_by_its_name(tmp_path, reference):
    """The Deployments page names a state's forces by the state ("Turkey", not "Turkish National Defence Ministry"),
    never an ally of a side by that side's name (Hezbollah's convoy is not the Syrian government's)."""
    path = tmp_path / "whose.txt"
    path.write_text("Convoys\n\nThe Syrian Arab Army brought reinforcements to Hama.\n\nIsraeli jets struck a "
                    "Hezbollah convoy near Qusayr.\n", encoding="utf-8")
    facts = extract_deployments(clean_article(path, reference), reference)
    assert [(f.kind, f.actor) for f in facts] == [("reinforcements", "Syrian government"), ("convoy", "Hezbollah")]
