"""Attributed statements on short reports written for the test, and on the seed."""

import datetime as dt
import unicodedata

import pytest

from truceline.nlp.statements import find_quotes


def statements(analyzer, text, published=dt.date(2025, 11, 1)):
    return analyzer.analyze(text, published, "t").statements


def one(analyzer, text):
    found = statements(analyzer, text)
    assert len(found) == 1, [(s.speaker.name, s.content) for s in found]
    return found[0]


def test_cue_after_the_content(analyzer):
    s = one(analyzer, "The sanctions will stay in place until the fighting stops, Kaja Kallas told reporters.")
    assert (s.speaker.name, s.speaker.actor, s.cue, s.kind) == ("Kaja Kallas", "kaja-kallas", "tell", "indirect")
    assert s.content == "The sanctions will stay in place until the fighting stops"
    assert s.addressee == "reporters"


def test_cue_before_a_that_clause_with_a_role_and_a_date(analyzer):
    s = one(analyzer, "On October 20, Kremlin spokesman Dmitry Peskov said that no dates for a summit had been set.")
    assert s.speaker.actor == "dmitry-peskov" and s.cue == "say"
    assert s.content == "no dates for a summit had been set"
    assert s.date is not None and s.date.value == "2025-10-20"


def test_dialogue_dash_closed_by_a_quotation_mark(analyzer):
    text = ("Deputy Foreign Minister Sergei Ryabkov spoke to the newspaper.\n\n"
            "— We see no reason to change course. The ball is in their court,\" the diplomat said.")
    found = statements(analyzer, text)
    dash = found[-1]
    assert dash.kind == "direct" and dash.speaker.actor == "sergei-ryabkov"
    assert dash.content == "We see no reason to change course. The ball is in their court"


def test_curly_quotes_and_a_pronoun(analyzer):
    text = ("Ukrainian Foreign Minister Andrii Sybiha arrived in Ankara on Tuesday.\n\n"
            "“We are ready to meet at any level,” he said.")
    s = statements(analyzer, text)[-1]
    assert (s.speaker.actor, s.kind, s.content) == ("andrii-sybiha", "direct", "We are ready to meet at any level")


def test_according_to(analyzer):
    s = one(analyzer, "According to Axios, the White House has drafted a 28-point plan.")
    assert (s.speaker.actor, s.cue, s.content) == ("axios", "according to", "the White House has drafted a 28-point plan")


def test_mixed_quote_and_co_speakers(analyzer):
    s = one(analyzer, 'Yuri Ushakov and Kirill Dmitriev said the talks had been "useful and constructive".')
    assert s.kind == "mixed" and s.speaker.actor == "yuri-ushakov"
    assert [c.actor for c in s.co_speakers] == ["kirill-dmitriev"]


def test_a_new_person_is_learned_with_the_role_the_text_gives(analyzer):
    text = ("The talks have stalled, said Anna Petrova, a senior fellow at the Baltic Policy Institute.\n\n"
            "The next round will decide a lot, the analyst added.")
    first, second = statements(analyzer, text)
    assert first.speaker.name == "Anna Petrova" and first.speaker.actor == "anna-petrova"
    assert second.speaker.actor == "anna-petrova" and second.speaker.mention == "the analyst"


def test_leader_noun_resolves_to_the_leader_of_the_year(analyzer):
    s = one(analyzer, "The deal is very close, the American leader told journalists.")
    assert s.speaker.actor == "donald-trump"


@pytest.mark.parametrize("text", [
    "Will the Istanbul talks resume before the end of the year?",
    "Envoys arrive in Geneva for a new round",
    "The delegations met for four hours in the Ciragan Palace on Wednesday.",
])
def test_headlines_questions_and_narration_are_not_statements(analyzer, text):
    assert statements(analyzer, text) == []


def test_unclosed_quote_runs_to_the_end_of_the_paragraph():
    text = '"We are not going anywhere. The front will hold'
    (q,) = find_quotes(text, 0, len(text))
    assert (q.closed, text[q.start:q.end]) == (False, "We are not going anywhere. The front will hold")


def test_seed_galuzin_has_nine_statements_with_cues(analyzer, seed_path):
    from truceline.ingest.clean import clean_text

    cleaned = clean_text(seed_path.read_text(encoding="utf-8"))
    found = analyzer.analyze(cleaned.text, None, "seed").statements
    galuzin = [s for s in found if s.speaker.actor == "mikhail-galuzin"]
    assert [s.cue for s in galuzin] == ["tell", "say", "tell", "say", "stress", "say", "say", "according to",
                                        "conclude"]
    assert [s.speaker.mention for s in galuzin][:2] == ["Russian Deputy Foreign Minister Mikhail Galuzin",
                                                        "the diplomat"]


def test_a_quote_running_over_two_paragraphs_is_one_statement(analyzer):
    text = ("Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n"
            "“We are ready to continue the talks in Istanbul. The ball is in Kyiv's court.\n\n"
            "“But nobody should expect quick results,” Peskov said.")
    (s,) = statements(analyzer, text)
    assert s.kind == "direct" and s.speaker.actor == "dmitry-peskov"
    assert s.content.startswith("We are ready") and s.content.endswith("quick results")


def test_adding_that_is_a_second_statement(analyzer):
    first, second = statements(analyzer, "The talks were useful, the Kremlin said, adding that a new round "
                                         "could take place in Istanbul next month.")
    assert first.speaker.actor == second.speaker.actor == "russia"
    assert (first.cue, second.cue) == ("say", "add")
    assert second.content == "a new round could take place in Istanbul next month"


def test_role_in_apposition_and_possessive_titles(analyzer):
    a, b = statements(analyzer, "The EU's foreign policy chief, Kaja Kallas, said the plan was a basis for talks. "
                                "Ukraine's foreign minister said Kyiv would never give up its territory.")
    assert a.speaker.actor == "kaja-kallas" and b.speaker.actor == "andrii-sybiha"


def test_a_role_noun_means_the_subject_just_before_it_fits(analyzer):
    text = ("Donald Trump said he expects Kyiv's answer by Thursday. "
            "The next day, Zelensky held a phone call with Vice President JD Vance. "
            "The head of state said afterwards that Ukraine would work on the document honestly.")
    found = statements(analyzer, text)
    assert [(s.speaker.actor, s.speaker.mention) for s in found][-1] == ("volodymyr-zelensky", "The head of state")


def test_told_with_words_between_the_addressee_and_that(analyzer):
    s = one(analyzer, "Yermak told journalists after the session that the two teams had made very good progress.")
    assert (s.speaker.actor, s.cue, s.addressee) == ("andriy-yermak", "tell", "journalists")
    assert s.content == "the two teams had made very good progress"


def test_in_his_words_attributes_to_the_person_before(analyzer):
    found = statements(analyzer, "Sergei Ryabkov spoke to reporters on Monday. In his words, the new sanctions "
                                 "will not force Russia to change its position.")
    assert [(s.speaker.actor, s.kind) for s in found] == [("sergei-ryabkov", "indirect")]
    assert found[0].content.startswith("the new sanctions will not force Russia")


def test_a_dash_quote_closed_by_a_dash(analyzer):
    found = statements(analyzer, "Kremlin spokesman Dmitry Peskov spoke to reporters.\n\n"
                                 "— The presidents will first talk one on one, and then the delegations will join "
                                 "them, — the Kremlin spokesman said.")
    assert [(s.speaker.actor, s.kind) for s in found][-1] == ("dmitry-peskov", "direct")
    assert found[-1].content.startswith("The presidents will first talk") and "spokesman" not in found[-1].content


def test_a_dash_quote_whose_speaker_is_followed_by_titles_with_commas(analyzer):
    found = statements(analyzer, '"There can be no moratorium that protects only one side," Peskov said.\n\n'
                                 "– Ukraine has survived four winters of attacks on the grid, but the margins are "
                                 "now smaller than ever, says Karin Lindqvist, analyst at the Defence Research "
                                 "Agency, FOI.")
    assert (found[-1].speaker.name, found[-1].kind) == ("Karin Lindqvist", "direct"), found[-1]
    assert found[-1].content.endswith("smaller than ever")


def test_it_said_after_a_ministry_spoke_is_the_ministry(analyzer):
    found = statements(analyzer, "Some 84 soldiers came home, the Russian Defence Ministry said. "
                                 "It said the United Arab Emirates had again acted as a mediator.")
    assert [s.speaker.actor for s in found] == ["russian-defense-ministry"] * 2
    assert statements(analyzer, "It is believed that the talks will resume in December.") == []


def test_the_diplomat_after_an_unnamed_diplomat(analyzer):
    found = statements(analyzer, "The advisers held separate talks, a European diplomat told us. "
                                 "The Americans briefed them after the first session, the diplomat said.")
    assert [s.speaker.name for s in found] == ["European diplomat", "European diplomat"]


def test_a_second_reporting_verb_after_but(analyzer):
    found = statements(analyzer, "Vladimir Putin said the document might serve as a foundation, but cautioned "
                                 "that his army would press on should Kyiv say no.")
    assert [(s.cue, s.content) for s in found] == [
        ("say", "the document might serve as a foundation"),
        ("caution", "his army would press on should Kyiv say no")]


@pytest.mark.parametrize("text,speaker,content", [
    ("— Behind every body is a family that waits for an answer, — told the Ombudsman Dmytro Lubinets.",
     "Dmytro Lubinets", "Behind every body is a family that waits for an answer"),
    ("Ukraine returned 185 soldiers from captivity on Thursday. This was reported by the Coordination Headquarters.",
     "Coordination Headquarters for the Treatment of Prisoners of War",
     "Ukraine returned 185 soldiers from captivity on Thursday"),
    ("As informed the Coordination Headquarters, the exchange became possible thanks to the mediation of the UAE.",
     "Coordination Headquarters for the Treatment of Prisoners of War",
     "the exchange became possible thanks to the mediation of the UAE"),
    ("Dmytro Lubinets spoke on Monday. Moscow again ignored the proposal to release all prisoners, underlined Lubinets.",
     "Dmytro Lubinets", "Moscow again ignored the proposal to release all prisoners"),
])
def test_translated_word_orders(analyzer, text, speaker, content):
    found = statements(analyzer, text)
    assert (found[-1].speaker.name, found[-1].content) == (speaker, content), [(s.speaker.name, s.content) for s in found]


def test_he_after_a_quote_whose_speaker_the_parser_missed(analyzer):
    found = statements(analyzer, "The same evening Trump posted that he had urged Zelensky, as he had urged Vladimir "
                                 "Putin, to end the fighting. \"Go home to your families in peace,\" he wrote.")
    assert [s.speaker.actor for s in found] == ["donald-trump", "donald-trump"]


def test_an_appositive_place_is_not_the_speaker(analyzer):
    s = one(analyzer, "Rustem Umerov, the defence minister who led Kyiv's team, told reporters that the swap "
                      "would cover every captive.")
    assert s.speaker.actor == "rustem-umerov"


def test_a_quote_under_an_inline_label_is_the_speaker_just_told_of(analyzer):
    text = ("Details: Foreign Minister Andrii Sybiha told reporters in Kyiv that the talks would resume.\n\n"
            "Quote: \"We are ready to meet at any level, and we expect the same readiness from Moscow.\"\n")
    found = analyzer.analyze(text, dt.date(2025, 10, 1), "t").statements
    quote = next(s for s in found if "ready to meet at any level" in s.content)
    assert (quote.speaker.name, quote.kind) == ("Andrii Sybiha", "direct")


def test_summary_bullets_are_a_list_not_dialogue(analyzer):
    text = ("Summary:\n\n- Sybiha says Kyiv is ready for talks.\n\n- The meeting planned for Friday will not take place.\n\n"
            "Details: Foreign Minister Andrii Sybiha spoke in Kyiv on Monday.\n")
    found = analyzer.analyze(text, dt.date(2025, 10, 1), "t").statements
    assert not any("will not take place" in s.content for s in found), [(s.speaker.name, s.content) for s in found]


def test_in_someones_view_and_as_someone_explained_attribute_the_clause(analyzer):
    text = ("Marta Kowalska, an analyst at the Baltic Institute, follows the talks. In Kowalska's view, the memorandum "
            "is an opening bid. As the analyst explained, neither side expects a deal this year.")
    found = analyzer.analyze(text, dt.date(2025, 10, 1), "t").statements
    assert {(s.speaker.name, s.cue) for s in found} >= {("Marta Kowalska", "according to")}
    assert len([s for s in found if s.speaker.name == "Marta Kowalska"]) == 2


def test_names_the_model_cuts_or_misses_are_read_whole(analyzer):
    text = ("— The lists were changed until the last moment, but our people are home, — said the head of the GUR "
            "Kyrylo Budanov.\n\n"
            "Special presidential envoy, head of the Russian Direct Investment Fund Kirill Dmitriev, told journalists "
            "that he had held talks with Steve Witkoff.\n\n"
            "\"The money is there,\" said Commission President Ursula von der Leyen.\n")
    found = {s.content[:20]: s.speaker.name for s in analyzer.analyze(text, dt.date(2025, 10, 1), "t").statements}
    assert found == {"The lists were chang": "Kyrylo Budanov", "he had held talks wi": "Kirill Dmitriev",
                     "The money is there": "Ursula von der Leyen"}, found


def test_a_role_given_in_a_relative_clause_resolves_the_role_noun_later(analyzer):
    text = ("Marta Lindqvist, who was Sweden's ambassador in Moscow until 2020, follows the talks closely. "
            "\"Istanbul can provide the room but not the leverage,\" the former ambassador said.")
    (st,) = analyzer.analyze(text, dt.date(2025, 10, 1), "t").statements
    assert st.speaker.name == "Marta Lindqvist"


@pytest.mark.parametrize("text,speaker,key", [
    ("Drones struck the port of Izmail overnight, damaging two terminals, the regional governor, Oleh Kiper, said.",
     "Oleh Kiper", "Drones struck the port"),
    ("Moskalkova accused Kyiv of dragging out the process, saying Ukrainian officials had failed to deliver "
     "19 servicemen.", "Tatyana Moskalkova", "had failed to deliver"),
])
def test_attributions_the_parser_misreads_still_find_their_speaker(analyzer, text, speaker, key):
    found = [(s.speaker.name, s.content) for s in analyzer.analyze(text, dt.date(2025, 10, 1), "t").statements]
    assert any(name == speaker and key in content for name, content in found), found


@pytest.mark.parametrize("text,speaker,key", [
    ("Foreign Minister Andrii Sybiha called on Russia to accept a full 30-day ceasefire.",
     "Andrii Sybiha", "Russia to accept a full 30-day ceasefire"),
    ("Zelensky spoke in Kyiv on Sunday. He urged the United States to set a deadline for Moscow to respond.",
     "Volodymyr Zelensky", "the United States to set a deadline"),
    ("Sybiha thanked Spain and asked the European partners to approve the use of the frozen Russian assets.",
     "Andrii Sybiha", "the European partners to approve the use"),
    ("Erdogan spoke with Putin over the weekend, according to a statement from the Directorate of Communications.",
     "Directorate of Communications", "Erdogan spoke with Putin"),
])
def test_requests_and_issued_statements_are_attributed(analyzer, text, speaker, key):
    found = [(s.speaker.name, s.content) for s in analyzer.analyze(text, dt.date(2025, 10, 1), "t").statements]
    assert any(speaker in name and key in content for name, content in found), found


@pytest.mark.parametrize("text,speaker,key,kind", [
    ("Zelensky visited Kharkiv on Sunday. He accused Moscow of dragging its feet to buy time for an offensive.",
     "Volodymyr Zelensky", "Moscow of dragging its feet", "indirect"),
    ('Foreign Minister Andrii Sybiha accused Moscow of "playing for time" while its drones kept flying.',
     "Andrii Sybiha", 'Moscow of "playing for time', "mixed"),
])
def test_an_accusation_is_the_accusers_words(analyzer, text, speaker, key, kind):
    (s,) = statements(analyzer, text)
    assert (s.speaker.name, s.cue, s.kind) == (speaker, "accuse", kind) and s.content.startswith(key), s.content


@pytest.mark.parametrize("text,speaker,content", [
    ("The trip was however postponed at short notice, as the White House confirmed on Thursday evening.",
     "United States", "The trip was however postponed at short notice"),
    ("The Ukrainian delegation will be led by Rustem Umerov, as the presidential office in Kyiv announced.",
     "Ukraine", "The Ukrainian delegation will be led by Rustem Umerov"),
    ("In return, as reported by the Russian Ministry of Defence, 175 servicemen were handed over to Russia.",
     "Russian Ministry of Defence", "In return, as reported by the Russian Ministry of Defence, 175 servicemen were "
                                    "handed over to Russia"),
    ("Two people were injured in the port area, reported the regional military administration.",
     "regional military administration", "Two people were injured in the port area"),
    ("Three people were hurt, informed the press service of the State Emergency Service.",
     "press service of the State Emergency Service", "Three people were hurt"),
])
def test_a_source_named_after_what_it_said(analyzer, text, speaker, content):
    (s,) = statements(analyzer, text)
    assert (s.speaker.name, s.content) == (speaker, content)


def test_an_as_clause_of_no_saying_attributes_nothing(analyzer):
    assert not statements(analyzer, "Prices rose sharply, as analysts had predicted.")


@pytest.mark.parametrize("text", [
    "Kyiv has long been accused by Moscow of delaying the exchange of bodies.",
    "The views expressed are her own.",
    "Kyiv was informed of the decision on Monday.",
])
def test_being_accused_or_informed_or_views_expressed_say_nothing(analyzer, text):
    assert not statements(analyzer, text)


@pytest.mark.parametrize("text,speaker,key", [
    ("Foreign Minister Sybiha expressed Ukraine's readiness to extend the pause into a full 30-day ceasefire.",
     "Andrii Sybiha", "Ukraine's readiness to extend the pause"),
    ("Vladimir Putin informed his counterpart of the progress on the humanitarian track achieved in Abu Dhabi.",
     "Vladimir Putin", "the progress on the humanitarian track"),
    ("President Erdogan proposed that the next step should be an all-for-all exchange of prisoners of war.",
     "Recep Tayyip Erdogan", "the next step should be an all-for-all exchange"),
    ("Vladimir Putin reaffirmed that Russia favours a political settlement of the conflict.",
     "Vladimir Putin", "Russia favours a political settlement"),
    ("Kaja Kallas promised that Europe would not be a bystander in the negotiations.",
     "Kaja Kallas", "Europe would not be a bystander"),
])
def test_expressing_informing_proposing_reaffirming_or_promising_is_a_statement(analyzer, text, speaker, key):
    (s,) = statements(analyzer, text)
    assert s.speaker.name == speaker and s.content.startswith(key), s.content


def test_a_habit_of_calling_on_someone_is_no_statement(analyzer):
    text = "The American leader often calls on Russia to make concessions publicly."
    assert not analyzer.analyze(text, dt.date(2025, 10, 1), "t").statements


def test_an_interview_transcript_gives_the_answers_to_the_interviewee(analyzer):
    text = ("Finnish Foreign Minister Elina Valtonen spoke to our reporter Anna Berg in Helsinki on Monday.\n\n"
            "Berg: Minister, will the summit take place?\n\n"
            "Valtonen: Not this month. The Kremlin has given no answer, and without one there is nothing to prepare.\n")
    found = [(s.speaker.name, s.kind, s.content) for s in analyzer.analyze(text, dt.date(2026, 6, 1), "t").statements]
    assert found == [("Elina Valtonen", "direct",
                      "Not this month. The Kremlin has given no answer, and without one there is nothing to prepare")]


def test_an_unnamed_spokesperson_speaks_for_the_body(analyzer):
    found = statements(analyzer, "The video call has been moved to next week, the Russian Defence Ministry said. "
                                 "A spokesperson said the leaders would use the call to discuss financing. "
                                 "A Kremlin spokesman said the delay was technical.")
    assert [s.speaker.actor for s in found] == ["russian-defense-ministry", "russian-defense-ministry", "russia"]
    found = statements(analyzer, "Volodymyr Zelensky said the proposal was unacceptable to Ukraine. "
                                 "A spokesperson said it was too early to judge the plan.")
    assert found[1].speaker.actor is None  # whose spokesperson, the text does not say


def test_the_official_representative_is_the_spokeswoman_named_before(analyzer):
    found = statements(analyzer, "The plan is unacceptable, the official representative of the Russian Foreign "
                                 "Ministry Maria Zakharova said on Thursday.\n\n"
                                 "— We call on Washington to look at how Kiev keeps its promises, — the "
                                 "representative of the Foreign Ministry emphasized.")
    assert [s.speaker.actor for s in found] == ["maria-zakharova", "maria-zakharova"]


def test_a_quote_then_a_name_with_a_long_apposition(analyzer):
    s = one(analyzer, '"We came for a ceasefire and left with a prisoner list," Rustem Umerov, then Ukraine\'s '
                      'defence minister and head of its delegation, said afterwards.')
    assert (s.kind, s.speaker.name) == ("direct", "Rustem Umerov")


def test_a_short_quote_opening_its_sentence_is_a_statement(analyzer):
    found = statements(analyzer, 'Turkish Foreign Minister Hakan Fidan hosted the rounds. "Diplomacy is patience," '
                                 'the minister said.')
    assert [(s.content, s.speaker.name) for s in found] == [("Diplomacy is patience", "Hakan Fidan")]


def test_wrote_on_x_ends_a_sentence(analyzer):
    found = statements(analyzer, '"This is a strong signal," Ukrainian Foreign Minister Andriy Sybiha wrote on X. '
                                 'Kyiv would present its own amendments at the February summit, the minister said.')
    assert [s.content for s in found] == ["This is a strong signal",
                                          "Kyiv would present its own amendments at the February summit"]


def test_a_body_named_last_after_a_comma_speaks(analyzer):
    s = one(analyzer, "Last Friday, the two sides exchanged a further 185 prisoners each, with the United Arab "
                      "Emirates acting as mediator, the Coordination Headquarters for the Treatment of Prisoners of "
                      "War said.")
    assert "Coordination Headquarters" in s.speaker.name


def test_delegations_of_two_states_speak_together(analyzer):
    s = one(analyzer, "In a joint statement, the American and Ukrainian delegations said they had produced a "
                      "reworked framework for peace.")
    assert s.speaker.actor == "united-states"
    assert [c.actor for c in s.co_speakers] == ["ukraine"]


def test_a_name_beside_a_common_noun_subject_speaks(analyzer):
    s = one(analyzer, "The private energy company DTEK reported that two of its thermal power plants had been "
                      "damaged.")
    assert s.speaker.name == "DTEK"


def test_the_head_of_state_of_a_readout_is_the_one_it_opens_with(analyzer):
    text = ("Vladimir Putin held a telephone conversation with President of the United States Donald Trump.\n\n"
            "Donald Trump informed his Russian counterpart about the contacts of his envoy.\n\n"
            "The Head of State stressed that a lasting settlement is possible only if the root causes are "
            "eliminated.")
    found = {s.content: s.speaker.actor for s in statements(analyzer, text, dt.date(2026, 3, 6))}
    assert found == {"the contacts of his envoy": "donald-trump",
                     "a lasting settlement is possible only if the root causes are eliminated": "vladimir-putin"}


def test_both_sides_are_the_two_states_named_in_what_they_said(analyzer):
    s = one(analyzer, "Russia and Ukraine exchanged 1,000 prisoners of war for 1,000 on Friday, both sides said, in "
                      "the first stage of a swap agreed at talks in Abu Dhabi.")
    assert (s.speaker.actor, [c.actor for c in s.co_speakers]) == ("russia", ["ukraine"])


def test_this_was_announced_on_a_day_by_someone(analyzer):
    found = statements(analyzer, "The fourth round of talks in Istanbul has been postponed indefinitely. This was "
                                 "announced on Tuesday by Kremlin spokesman Dmitry Peskov.")
    assert [(s.speaker.actor, s.cue) for s in found] == [("dmitry-peskov", "announce")]
    assert found[0].content.startswith("The fourth round")


def test_two_speakers_joined_by_and_each_say_their_own(analyzer):
    found = statements(analyzer, "Trump said on Friday that he would have preferred to meet Putin first, and White "
                                 "House officials said no trilateral summit was planned for now.")
    assert [(s.speaker.name, s.content) for s in found] == [
        ("Donald Trump", "he would have preferred to meet Putin first"),
        ("White House officials", "no trilateral summit was planned for now")]


def test_a_title_opening_a_sentence_is_the_person_who_holds_it(analyzer):
    found = statements(analyzer, "\"Every stage takes months of work,\" Dmytro Lubinets, the Ukrainian Parliament "
                                 "Commissioner for Human Rights, said.\n\nThe Commissioner noted that new lists of "
                                 "civilians had been handed over.")
    assert [s.speaker.actor for s in found] == ["dmytro-lubinets", "dmytro-lubinets"]


def test_a_former_post_finds_the_person_named_who_held_it(analyzer):
    found = statements(analyzer, "Kaja Kallas spoke after a video call of EU foreign ministers. The former Estonian "
                                 "prime minister said the Commission would present a new sanctions package. Asked "
                                 "about Washington, the EU's top diplomat replied: \"We talk all the time.\"")
    assert [s.speaker.actor for s in found] == ["kaja-kallas", "kaja-kallas"]


def test_a_readout_speaks_for_the_body_that_issued_it(analyzer):
    s = one(analyzer, "According to the Kremlin's readout, Putin briefed Erdogan on contacts with the American side.")
    assert s.speaker.actor == "russia"


def test_a_quote_label_takes_its_speaker_from_the_line_above(analyzer):
    text = ("Zelensky held a call with Trump on Monday, the Office of the President reported.\n\n"
            "Source: Zelensky in his evening video address\n\nQuote:\n\n"
            "\"It was a long and substantive conversation about guarantees.\"\n\n"
            "Umerov confirmed the trip on Telegram.\n\nQuote:\n\n"
            "\"Our task is to work through the wording on security guarantees.\"")
    found = statements(analyzer, text)
    speakers = {s.content[:20]: s.speaker.actor for s in found if s.kind == "direct"}
    assert speakers == {"It was a long and su": "volodymyr-zelensky", "Our task is to work ": "rustem-umerov"}


def test_a_name_the_parser_sets_beside_a_fronted_place_still_speaks(analyzer):
    s = one(analyzer, "In Kyiv, Mr Zelensky, who spoke by phone with German Chancellor Friedrich Merz on Tuesday "
                      "morning, said Ukraine would not accept decisions about Ukraine without Ukraine.")
    assert s.speaker.actor == "volodymyr-zelensky"


def test_a_readout_cited_after_the_speaker_is_where_the_words_were_recorded(analyzer):
    s = one(analyzer, "Fidan told the delegations that the whole world was watching, according to a readout from "
                      "his ministry.")
    assert s.speaker.actor == "hakan-fidan" and s.content == "the whole world was watching"


def test_reminders_litotes_and_asides_are_statements(analyzer):
    text = ("Deputy Foreign Minister Sergei Ryabkov spoke to the agency.\n\n"
            "The diplomat reminded that on October 22 the US Treasury imposed restrictions against \"Rosneft\" and "
            "\"Lukoil\".\n\n"
            "Ryabkov did not exclude that a new round of talks in Istanbul could take place in December. The Turkish "
            "side, as Ryabkov noted, has confirmed its readiness to provide the platform.\n\n"
            "Ryabkov excluded any role for Europe.")
    found = statements(analyzer, text, dt.date(2025, 11, 14))
    got = [(s.cue, s.kind, s.speaker.actor) for s in found]
    assert got == [("remind", "indirect", "sergei-ryabkov"), ("exclude", "indirect", "sergei-ryabkov"),
                   ("note", "indirect", "sergei-ryabkov")]  # names in quotation marks quote no one's words


def test_said_at_the_time_that(analyzer):
    s = one(analyzer, "French President Emmanuel Macron said at the time that the force would not be sent to the "
                      "front line.")
    assert s.speaker.actor == "emmanuel-macron" and s.content.startswith("the force would not")


def test_what_was_announced_is_not_who_announced_it(analyzer):
    assert statements(analyzer, "After a telephone conversation on 16 October, a summit in Budapest was announced, "
                                "only to be shelved five days later.") == []


def test_the_unnamed_source_who_just_spoke_is_the_one_a_pronoun_or_role_noun_means(analyzer):
    text = ("Kremlin spokesman Dmitry Peskov said on Monday that Moscow had not received any documents.\n\n"
            "A US official told journalists that Washington was ready to give guarantees. The official warned "
            "that the offer would not stay on the table forever.\n\n"
            "Working groups will meet again this week, a member of the Ukrainian delegation told Podil Post. He "
            "said the next step could be a meeting of leaders.\n\n"
            "A Downing Street spokesman said Starmer had no plans to call Putin. \"The road to peace runs through "
            "pressure on Moscow,\" the spokesman said.")
    found = statements(analyzer, text, dt.date(2025, 12, 16))
    assert [s.speaker.name for s in found] == ["Dmitry Peskov", "US official", "US official",
                                                "member of the Ukrainian delegation",
                                                "member of the Ukrainian delegation", "Downing Street spokesman",
                                                "Downing Street spokesman"]


def test_one_of_a_group_speaks_for_the_group_and_a_named_subject_since_is_the_one_she_means(analyzer):
    text = ("The call ended without agreement, the sources said, speaking on condition of anonymity.\n\n"
            "\"There is no point in flying to Riyadh to shake hands and leave,\" one of them said.\n\n"
            "White House press secretary Karoline Leavitt did not confirm that the summit had been shelved. \"The "
            "President wants a meeting that ends this war,\" she told reporters.\n\n"
            "\"We will see,\" one of the negotiators said.")
    found = statements(analyzer, text, dt.date(2026, 3, 1))
    assert [s.speaker.name for s in found] == ["sources", "sources", "Karoline Leavitt", "one of the negotiators"]


def test_a_body_named_with_its_states_possessive_is_the_body_in_the_base(analyzer):
    text = ("Ukraine's coordination headquarters for the treatment of prisoners of war said 303 servicemen had "
            "returned home.\n\nRussia's Defence Ministry said the freed servicemen were being taken to Moscow.")
    assert [s.speaker.actor for s in statements(analyzer, text, dt.date(2026, 3, 1))] == [
        "coordination-headquarters", "russian-defense-ministry"]


def test_when_and_how_words_were_said_are_no_part_of_the_speakers_name(analyzer):
    text = ("A European diplomat involved in the Geneva talks said the answer was a yes-but.\n\n"
            "Two officials familiar with the plans said Witkoff is expected in Moscow.\n\n"
            "The Ukrainian foreign minister on Saturday said the talks must go on.\n\n"
            "The head of the Zaporizhzhia regional military administration Ivan Fedorov in Telegram said 612 strikes "
            "hit the region.")
    assert [s.speaker.name for s in statements(analyzer, text, dt.date(2026, 3, 1))] == [
        "European diplomat", "officials familiar with the plans", "Andrii Sybiha", "Ivan Fedorov"]


def test_the_name_beside_a_role_speaks_not_one_in_its_relative_clause(analyzer):
    text = ("Turkey's president, Recep Tayyip Erdogan, said Turkey was ready.\n\n"
            "His foreign minister, Hakan Fidan, who spoke to Sergei Lavrov by phone on Sunday, said Ankara saw a "
            "narrow window of opportunity.\n\n"
            "Kyiv's mayor, Vitali Klitschko, said seven people had been killed in the capital.")
    assert [s.speaker.name for s in statements(analyzer, text)] == [
        "Recep Tayyip Erdogan", "Hakan Fidan", "Vitali Klitschko"]


@pytest.mark.parametrize("text,speaker,start", [
    ("Türkiye is ready to host the negotiations in Istanbul, stated the President of Türkiye Recep Tayyip Erdogan "
     "during a telephone conversation with Volodymyr Zelensky.", "Recep Tayyip Erdogan", "Türkiye is ready"),
    ("The visit of Fidan to Kyiv, which was scheduled for this week, was cancelled, reported the Ministry of Foreign "
     "Affairs of Türkiye, without explaining the reasons.", "Ministry of Foreign Affairs of Türkiye", "The visit"),
    ("In the Coordination Headquarters for the Treatment of Prisoners of War informed that the agreements reached in "
     "Istanbul are ready to be fulfilled.", "Coordination Headquarters for the Treatment of Prisoners of War",
     "the agreements"),
    ("Energy expert Mykola Tkachuk considers that even a full truce will not quickly return the light.",
     "Mykola Tkachuk", "even a full truce"),
    ("The Russian foreign minister Sergei Lavrov warned that if the understandings reached in Alaska were watered "
     "down, the situation would be different.", "Sergei Lavrov", "if the understandings"),
])
def test_translated_word_orders_and_conditions(analyzer, text, speaker, start):
    s = one(analyzer, text)
    assert s.speaker.name == speaker and s.content.startswith(start), (s.speaker.name, s.content)


def test_a_fronted_participle_is_not_what_was_said(analyzer):
    s = one(analyzer, "Speaking at a news conference following talks in Moscow on 8 April, Sergey Lavrov said the "
                      "so-called reassurance force which London and Paris intend to deploy after a ceasefire was "
                      "absolutely unacceptable to Russia.")
    assert s.content.startswith("the so-called reassurance force") and s.content.endswith("unacceptable to Russia")


def test_a_sentence_that_announces_an_event_says_nothing(analyzer):
    assert statements(analyzer, "In March 2025, after a telephone conversation between Donald Trump and Vladimir "
                                "Putin, the two sides announced a 30-day moratorium on strikes.") == []


def test_they_after_a_joint_statement_are_its_speakers(analyzer):
    text = ("Officials met in Berlin to draft the text, according to two European diplomats.\n\n"
            "\"Europe is not a spectator in this war,\" Emmanuel Macron and Keir Starmer said in a joint statement on "
            "Saturday. \"We call on Russia to accept an unconditional ceasefire,\" they added.")
    found = statements(analyzer, text)
    assert [s.speaker.actor for s in found if s.kind == "direct"] == ["emmanuel-macron", "emmanuel-macron"]


def test_a_quoted_tail_of_reported_speech_stays_in_it(analyzer):
    s = one(analyzer, "Maria Zakharova said on Thursday that the Ukrainian side had postponed the third round of "
                      "negotiations, which was to take place in Geneva on March 17, \"under a far-fetched pretext\".")
    assert s.kind == "mixed" and s.content.startswith("the Ukrainian side had postponed")


@pytest.mark.parametrize("text", [
    "Nothing in the Abu Dhabi readouts suggests that the sides are that close.",
    "On the humanitarian track, work continues, and the lists are being checked.",
])
def test_no_one_speaks(analyzer, text):
    assert statements(analyzer, text) == []


def test_german_quotation_marks_after_a_sentence_and_a_speaker_set_after_the_verb(analyzer):
    text = ("The three leaders agreed to coordinate closely. „We will not allow decisions about Ukraine to be taken "
            "over the heads of the Ukrainians“, said Merz in the afternoon.\n\n"
            "The Americans are losing patience with both sides, said a senior European diplomat to our newspaper.")
    found = statements(analyzer, text)
    assert [(s.speaker.name, s.kind) for s in found] == [("Friedrich Merz", "direct"),
                                                         ("senior European diplomat", "indirect")]


def test_a_known_negotiator_named_in_apposition_to_his_role_speaks(analyzer):
    s = one(analyzer, "Ukraine's chief negotiator, Rustem Umerov, said the sides had narrowed their differences.")
    assert (s.speaker.actor, s.content) == ("rustem-umerov", "the sides had narrowed their differences")


def test_words_reported_inside_a_relative_clause_and_a_description_in_quotes(analyzer):
    s = one(analyzer, 'Delegations agreed on Monday to a prisoner exchange, which Umerov said would be carried out '
                      '"within the next ten days."')
    assert (s.speaker.actor, s.kind) == ("rustem-umerov", "mixed") and "within the next ten days" in s.content
    s = one(analyzer, 'Kremlin aide Yuri Ushakov described the call as "frank and businesslike."')
    assert (s.speaker.actor, s.cue, s.kind) == ("yuri-ushakov", "describe", "mixed")
    assert "frank and businesslike" in s.content
    assert not statements(analyzer, "The exchange, which took place on Friday, was the largest this year.")


def test_a_transcript_label_is_not_the_speaker_of_what_the_host_reports(analyzer):
    found = statements(analyzer, 'HOST: Donald Trump has said he wants "Putin and Zelensky in the same room."\n\n'
                                 "HOST: The EU's foreign policy chief Kaja Kallas says Brussels will present a package.\n\n"
                                 "HOST: Marta Kovalenko, thank you.\n", dt.date(2026, 3, 28))
    assert [s.speaker.name for s in found] == ["Donald Trump", "Kaja Kallas"]


def test_a_numbered_digest_item_opens_with_who_said_it(analyzer):
    found = statements(analyzer, "4. The head of the Russian delegation Vladimir Medinsky: the next round of negotiations "
                                 "in Istanbul is postponed at the request of the Ukrainian side.\n\n"
                                 "7. Peskov about the proposal of Orban to hold a summit in Budapest: \"The idea is not "
                                 "new, but the question is the content.\" The press secretary added that Putin has "
                                 "\"no plans yet\" for contacts with Trump.\n", dt.date(2026, 10, 20))
    assert [(s.speaker.actor, s.kind) for s in found] == [
        ("vladimir-medinsky", "indirect"), ("dmitry-peskov", "direct"), ("dmitry-peskov", "mixed")]
    assert found[1].content.startswith("The idea is not new") and "press secretary" not in found[1].content


def test_a_second_cue_under_the_reported_clause_and_a_speaker_with_the_place_he_spoke_at(analyzer):
    found = statements(analyzer, 'On Wednesday, Kremlin spokesman Dmitry Peskov said the exchange could take place "as '
                                 'early as next week", while stressing that the main issues remained unresolved.')
    assert [(s.cue, s.content) for s in found][1] == ("stress", "the main issues remained unresolved")
    found = statements(analyzer, "Russian Foreign Minister Sergei Lavrov spoke in Moscow on Tuesday. Any foreign troops "
                                 "in Ukraine would be a legitimate target, said the minister at a press conference.")
    assert [s.speaker.actor for s in found] == ["sergei-lavrov"]


def test_a_chronology_led_by_dates_is_not_dialogue(analyzer):
    text = ("On January 26, Zelensky announced that documents for a swap were being drawn up.\n\n"
            "How did we get here?\n\n"
            "- May 16, 2025: First direct talks in three years take place in Istanbul.\n\n"
            "- June 2025: Ukraine receives 6,057 bodies of fallen soldiers.\n\n"
            "- July 23, 2025: Third Istanbul round lasts less than an hour.")
    found = statements(analyzer, text)
    assert [s.speaker.name for s in found] == ["Volodymyr Zelensky"]
    assert "drawn up" in found[0].content


def test_a_speakers_undated_words_after_dated_ones_are_from_the_same_occasion(analyzer):
    text = ("Maria Zakharova said on Wednesday that the EU was stealing Russian assets.\n\n"
            "\"Whoever touches Russian property will be held to account,\" the diplomat said.")
    found = statements(analyzer, text, dt.date(2025, 12, 19))
    assert [s.speaker.name for s in found] == ["Maria Zakharova", "Maria Zakharova"]
    assert [s.date.value if s.date else None for s in found] == ["2025-12-17", "2025-12-17"]
    threat = next(e for e in analyzer.analyze(text, dt.date(2025, 12, 19), "t").events if e.type == "threat")
    assert threat.date.value == "2025-12-17"


def test_a_transcript_turn_labelled_with_a_role_and_the_name_in_brackets(analyzer):
    text = ("Host Daniel Reyes is joined by Iryna Maksymenko, a former Ukrainian diplomat.\n\n"
            "HOST: Is anything actually moving?\n\n"
            "GUEST (Maksymenko): Less than the headlines suggest. People forget how early this started.")
    found = statements(analyzer, text)
    assert [(s.speaker.name, s.content[:27]) for s in found] == [("Iryna Maksymenko", "Less than the headlines sug")]


def test_the_representative_of_a_state_is_that_states_not_the_last_representative_named(analyzer):
    text = ("The representative of China, Fu Cong, said that dialogue was the only way out.\n\n"
            "The representative of the United Kingdom said London would continue to tighten sanctions.")
    assert [s.speaker.name for s in statements(analyzer, text)] == ["Fu Cong", "United Kingdom"]


COUNCIL = ("Briefing the Council this morning, a senior United Nations official warned that the strikes risked "
           "undermining the talks.\n\n"
           "MIROSLAV JENČA, Assistant Secretary-General for Europe, said that the attack on Kyiv, which involved more "
           "than 800 drones according to Ukrainian authorities, was the largest of the war.\n\n"
           "ANDRII MELNYK (Ukraine) accused the Russian Federation of targeting civilian infrastructure and said that "
           "Moscow was answering every peace initiative with new missiles.\n\n"
           "VASSILY NEBENZIA (Russian Federation) said that the strikes had targeted military facilities.\n\n"
           "The representative of the United States said that the President wanted the killing to stop. She recalled "
           "that the President had met Vladimir Putin in Anchorage.\n")


def test_a_council_meetings_speakers_set_in_capitals_with_their_country_and_delegates_left_unnamed(analyzer):
    found = statements(analyzer, COUNCIL, dt.date(2025, 9, 19))

    def said(opening: str) -> str:
        return next(s.speaker.name for s in found if s.content.startswith(opening))

    assert said("the attack on Kyiv") == "Miroslav Jenča"  # not "Ukrainian authorities", who are sourced inside
    assert said("Moscow was answering") == "Andrii Melnyk"
    assert said("the strikes had targeted") == "Vassily Nebenzia"
    assert said("the President had met") == "United States"  # "she": the delegate who spoke last


def test_an_interviews_answers_are_by_the_person_its_introduction_names_most(analyzer):
    text = ("Jonathan Powell, the prime minister's national security adviser, spent the week in Geneva. Downing Street "
            "said on Tuesday that the prime minister had spoken with the president.\n\n"
            "The Dispatch spoke to Powell in London on Monday.\n\n"
            "Q: What changed in Geneva?\n\n"
            "A: For the first time the Americans put in writing what they would contribute.\n\n"
            "Q: And the troops?\n\n"
            "A: The planning figure is somewhere between 15,000 and 20,000.\n")
    answers = [s for s in statements(analyzer, text) if s.content.startswith(("For the first", "The planning"))]
    assert [s.speaker.name for s in answers] == ["Jonathan Powell", "Jonathan Powell"], [s.speaker for s in answers]


def test_a_press_conference_transcript_names_its_speaker_once_and_goes_on_in_her_voice(analyzer):
    text = ("NATO Spokesperson Allison Hart: Good afternoon. Foreign Ministers will meet here on Thursday.\n\n"
            "Let me start with Ukraine. We condemn the overnight attack on Kharkiv.\n\n"
            "Moderator: We'll start with Deutsche Welle.\n\n"
            "Question (Deutsche Welle): Will Ministers discuss sending troops to Ukraine?\n\n"
            "NATO Spokesperson: Let me be very clear. NATO has no plans to deploy troops to Ukraine.\n\n"
            "The briefing ended at 15:40, the alliance said.\n")
    found = [(s.speaker.name, s.content[:20]) for s in statements(analyzer, text)]
    assert ("Allison Hart", "Good afternoon. Fore") in found
    assert ("Allison Hart", "Let me start with Uk") in found
    assert ("Allison Hart", "Let me be very clear") in found
    assert not any(name == "Allison Hart" and content.startswith("The briefing") for name, content in found)
    assert not any(content.startswith("We'll start") for _, content in found)


def test_a_transcript_turn_labelled_with_a_surname_is_the_speaker_its_list_named(analyzer):
    text = ("Speakers: Government Spokesman Stefan Kornelius; Anneliese Hofmeister (Federal Foreign Office)\n\n"
            "KORNELIUS: The Chancellor spoke with President Zelensky yesterday for forty minutes.\n\n"
            "QUESTION LEHMANN: Does the Foreign Office support new sanctions on Moscow?\n\n"
            "HOFMEISTER: Discussions on a further package are under way in Brussels.\n\n"
            "QUESTION LEHMANN: And the children?\n\n"
            "HOFMEISTER: The deportation of children is a grave violation of international law.\n")
    found = [(s.speaker.name, s.content[:16]) for s in statements(analyzer, text)]
    assert ("Anneliese Hofmeister", "Discussions on a") in found, found
    assert ("Anneliese Hofmeister", "The deportation ") in found, found
    assert ("Stefan Kornelius", "The Chancellor s") in found, found


def test_the_chairs_courtesies_in_a_press_conference_are_no_statements(analyzer):
    text = ("NATO Spokesperson Allison Hart: Good afternoon. The Secretary General will begin with some opening "
            "remarks, and then we will take your questions.\n\n"
            "Secretary General Mark Rutte: Russia launched one of its largest attacks of the year on Ukraine.\n\n"
            "NATO Spokesperson: Thank you. We'll start with Reuters.\n\n"
            "Question (Reuters): Will Allies send more air defence?\n\n"
            "Secretary General Mark Rutte: Allies have funded nine packages already.\n\n"
            "NATO Spokesperson: Last question, Deutsche Welle, please.\n\n"
            "Question (Deutsche Welle): Is a ceasefire near?\n\n"
            "Secretary General Mark Rutte: That is for Russia to decide.\n\n"
            "NATO Spokesperson: Thank you very much. This concludes the press conference.\n")
    found = [(s.speaker.name, s.content[:16]) for s in statements(analyzer, text)]
    assert [name for name, _ in found] == ["Mark Rutte"] * 3, found


def test_a_dateline_with_a_colon_is_no_speakers_label(analyzer):
    found = statements(analyzer, "ABU DHABI: The UAE has mediated a new exchange of captives between Russia and "
                                 "Ukraine, according to Ukrainian officials.")
    assert [s.speaker.name for s in found] == ["Ukrainian officials"], [s.speaker for s in found]


def test_a_commons_statement_and_members_turns_are_theirs(analyzer):
    text = ("The Secretary of State for Foreign, Commonwealth and Development Affairs (Yvette Cooper): With "
            "permission, Mr Speaker, I will make a statement on the talks in Geneva. We are raising the cost of "
            "Russia's intransigence.\n\n"
            "Priti Patel (Witham) (Con): I thank the Foreign Secretary for advance sight of her statement. The "
            "Government have been too slow. Will she press for tougher sanctions?\n\n"
            "Yvette Cooper: We will keep the pressure on Moscow until there is a ceasefire.\n\n"
            "Dame Emily Thornberry (Islington South and Finsbury) (Lab): Can the Foreign Secretary tell the House "
            "what happened to the children?\n")
    found = [(s.speaker.name, s.content[:22]) for s in statements(analyzer, text)]
    assert ("Yvette Cooper", "With permission, Mr Sp") in found, found
    assert ("Yvette Cooper", "We will keep the press") in found, found
    assert not any(content.startswith("Can the Foreign") for _, content in found)


def test_a_podcast_host_asks_and_the_guest_named_in_capitals_answers(analyzer):
    text = ("This week the host talks to Oksana Holub, a researcher who follows the Geneva talks.\n\n"
            "MARA LINDQVIST: Who actually sat at the table in Geneva?\n\n"
            "OKSANA HOLUB: On the Ukrainian side it was Rustem Umerov again. I read the result as a polite no.\n\n"
            "MARA LINDQVIST: And the exchange on Saturday?\n\n"
            "OKSANA HOLUB: It is real. Our sources say the lists are still being argued over.\n")
    found = [(s.speaker.name, s.content[:20]) for s in statements(analyzer, text)]
    assert ("Oksana Holub", "On the Ukrainian sid") in found, found
    assert ("Oksana Holub", "It is real. Our sour") in found, found
    assert not any(name == "Mara Lindqvist" for name, _ in found)


def test_what_a_reporters_question_reports_is_read_and_us_is_no_first_person(analyzer):
    text = ("Moderator: We take questions now.\n\n"
            "NATO Spokesperson Allison Hart: Good afternoon. We condemn the overnight attack on Kharkiv.\n\n"
            "Question (Deutsche Welle): The Kremlin said today that Ministers will discuss sending troops to "
            "Ukraine. Will troops be on the agenda?\n\n"
            "NATO Spokesperson: Let me be very clear. There are no such plans.\n\n"
            "The alliance also confirmed that US President Donald Trump had spoken to the Secretary General by "
            "phone on Sunday.\n")
    found = [(s.speaker.name, s.content[:20], s.kind) for s in statements(analyzer, text)]
    assert any(name == "Russia" and content.startswith("Ministers will") for name, content, _ in found), found
    assert not any(name == "Allison Hart" and content.startswith("US President") for name, content, _ in found), found


def test_the_paper_is_the_outlet_that_spoke_last(analyzer):
    text = ("Kommersant wrote that the Kremlin has no intention of accepting the plan. According to the paper, "
            "Sergei Lavrov and Marco Rubio discussed the energy proposal by telephone on Friday.\n\n"
            "The Times reported that Washington had drafted a new truce. Washington put that truce to the Kremlin "
            "last Thursday, according to the London paper.\n")
    found = [(s.speaker.name, s.content[:20]) for s in statements(analyzer, text, dt.date(2026, 3, 22))]
    assert ("Kommersant", "Sergei Lavrov and Ma") in found
    assert ("Times", "Washington put that ") in found


def test_an_agency_of_the_state_is_not_the_outlet_that_spoke_last(analyzer):
    text = ("Kommersant wrote that the Kremlin has no intention of accepting the plan. The talks will resume in "
            "March, according to the intelligence agency.\n")
    found = [s.speaker.name for s in statements(analyzer, text, dt.date(2026, 3, 22))]
    assert found[:1] == ["Kommersant"] and "Kommersant" not in found[1:], found


@pytest.mark.parametrize("text, speaker, start", [
    # French word order kept by a machine translation: the auxiliary, the day, then the speaker
    ("Maria Zakharova held her briefing. «Brussels wants a seat at the table only to arm Kiev further», has "
     "declared Thursday evening the spokeswoman of the Russian ministry, Maria Zakharova, during her briefing.",
     "Maria Zakharova", "Brussels wants a seat"),
    # Hungarian word order: the quote, a dash, then "he formulated" / "he summed up"
    ("Péter Szijjártó posted a video on Sunday. „Budapest is the only place where both sides can come with good heart”"
     " – he formulated.", "Péter Szijjártó", "Budapest is the only place"),
    ("Péter Szijjártó posted a video on Sunday. We are on the side of peace from the first minute, and the families pay "
     "the bill – he summed up.", "Péter Szijjártó", "We are on the side of peace"),
    # German word order: "…, so Kickl" (says Kickl)
    ("Herbert Kickl spoke in the National Council. Only a state that does not take sides can mediate credibly, so Kickl.",
     "Herbert Kickl", "Only a state that does not take sides"),
])
def test_translated_word_orders_of_the_cue(analyzer, text, speaker, start):
    found = statements(analyzer, text)
    plain = lambda name: unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # noqa: E731
    assert any(s.content.startswith(start) and plain(s.speaker.name) == plain(speaker)
               for s in found), [(s.speaker.name, s.content[:40]) for s in found]


def test_the_numbered_points_of_a_resolution_are_the_bodys_words(analyzer):
    text = ("The Committee on Energy and Security of the Sejm met on Friday to consider the strike on Rzeszow.\n\n"
            "Having heard the minister, the Committee:\n\n"
            "1) strongly condemns the drone incursion into Polish airspace;\n\n"
            "2) stresses that such provocations endanger the talks in Geneva;\n\n"
            "3) appeals to the allies to deploy additional air defence systems on the eastern flank.\n\n"
            "The chair of the committee said the vote was unanimous.")
    found = statements(analyzer, text)
    points = [s for s in found if s.speaker.name == "Committee on Energy and Security of the Sejm"]
    assert [(s.cue, s.content.split()[0]) for s in points] == [("condemn", "the"), ("stress", "such"),
                                                                ("appeal", "the")]


def test_a_quote_right_after_an_attributed_one_is_the_same_speakers(analyzer):
    text = ('"Dialogue is the only way out of the crisis," Guo said. "China will keep playing a constructive role in '
            'its own way." The briefing then turned to trade.')
    found = statements(analyzer, text)
    assert [(s.speaker.name, s.content.split()[0]) for s in found] == [("Guo", "Dialogue"), ("Guo", "China")]


def test_a_person_the_model_tags_as_a_body_with_his_titles_is_still_he(analyzer):
    text = ("Federal Councillor Ignazio Cassis, head of the FDFA, thanked the delegations. “Every prisoner who returns "
            "home is a human being and not a bargaining chip,” he stated.")
    (s,) = statements(analyzer, text)
    assert s.speaker.name == "Ignazio Cassis"


def test_qualifying_something_as_a_quoted_phrase_is_said(analyzer):
    text = "Earlier, Maria Zakharova qualified similar protests by Chisinau as „russophobic theatre”."
    assert any(s.speaker.name == "Maria Zakharova" and "russophobic theatre" in s.content
               for s in statements(analyzer, text))


def test_in_someones_words_and_expressed_that(analyzer):
    found = statements(analyzer, 'A sit-down between Putin and Trump, in Peskov\'s words, "is not on the agenda yet."')
    assert [s.speaker.name for s in found] == ["Dmitry Peskov"]
    (s,) = statements(analyzer, "On the sanctions, Guo Jiakun expressed that China firmly opposes unilateral sanctions.")
    assert (s.speaker.name, s.content) == ("Guo Jiakun", "China firmly opposes unilateral sanctions")
    assert statements(analyzer, "Marta Kowalczyk is a senior fellow. The views expressed are her own.") == []
    (s,) = statements(analyzer, "Sergei Lavrov expressed hope that the dialogue with Washington would continue.")
    assert s.content == "the dialogue with Washington would continue"


def test_a_transcript_turn_cut_off_by_a_question_is_still_said_but_a_bare_fragment_is_not(analyzer):
    text = ("MODERATOR: Good evening. Our guests are two senators.\n\n"
            "QUESTION: Is there going to be a leaders' meeting?\n\n"
            "SECRETARY RUBIO: Well, I'd agree that it is early. Nobody has scheduled anything, and –\n\n"
            "QUESTION: In July?\n\n"
            "SENATOR PRUITT: (CROSSTALK) -- that is not --\n\n"
            "SECRETARY RUBIO: Let me finish. When there is something to sign, not before.")
    found = statements(analyzer, text)
    assert any(s.content.startswith("Well, I'd agree") for s in found)
    assert not any("that is not" in s.content for s in found)


def test_an_interview_in_dialogue_dashes_is_the_interviewees(analyzer):
    """Questions set as paragraphs (or as dashes) and answers as dashes: the answers are the person the
    introduction presents, not whoever a question names; the questions are no statements."""
    text = ("Kyiv's human-rights commissioner Dmytro Lubinets spoke to us after the last repatriation.\n\n"
            "The Russian side said last week that Kyiv is slowing down the next exchange. Is that so?\n\n"
            "— No. We handed over our lists in March and are still waiting for an answer.\n\n"
            "— And the children?\n\n"
            "— Eleven came home through Qatar this month, and we are working on every other name.")
    found = statements(analyzer, text)
    answers = [s for s in found if s.kind == "direct"]
    assert [s.speaker.actor for s in answers] == ["dmytro-lubinets", "dmytro-lubinets"], \
        [(s.speaker.name, s.content) for s in found]
    assert not any(s.content.rstrip().endswith("?") for s in found)


def test_one_question_put_to_a_witness_is_answered_by_the_witness(analyzer):
    text = ("Governor Alexander Khinshtein said the buses had crossed the border at dawn.\n\n"
            "— I did not sleep all night. When I saw him I could not speak, — says Natalia Petrovna.\n\n"
            "— What now?\n\n"
            "— First the hospital, the doctors will look at him. Then we will see what comes next.")
    found = statements(analyzer, text)
    assert found[-1].content.startswith("First the hospital") and found[-1].speaker.name == "Natalia Petrovna"


def test_a_threads_post_counter_is_no_part_of_the_speakers_name(analyzer):
    (s,) = statements(analyzer, "4/9 Ukraine's air force says it shot down 61 of the 80 drones launched overnight.")
    assert s.speaker.name.startswith("Ukraine") and "4/9" not in s.speaker.mention


def test_an_automatic_transcripts_numbered_speakers_are_named(analyzer):
    """"Speaker 1" is who says "I'm …"; "Speaker 2" is the guest the introduction names and the host calls by
    first name. The host's questions are no statements."""
    text = ("Episode 41: After the Doha round\n\n"
            "This week Marta Keller talks to Ruslan Dovbysh, a former negotiator, about what the Doha round left open.\n\n"
            "[00:00] Speaker 1: Welcome to Frontline Diplomacy. I'm Marta Keller. Ruslan, good to have you back.\n\n"
            "[00:07] Speaker 2: Thank you, Marta.\n\n"
            "[01:12] Speaker 1: Did anything move on the prisoner lists?\n\n"
            "[01:15] Speaker 2: Very little. The Russian side still will not put civilians on the lists, and that blocks everything else.\n\n"
            "[03:40] Speaker 1: And the energy pause?\n\n"
            "[03:43] Speaker 2: It holds on paper. In practice both sides are testing it every night.")
    found = statements(analyzer, text)
    turns = [s for s in found if s.kind == "direct"]
    assert [s.speaker.name for s in turns] == ["Ruslan Dovbysh", "Ruslan Dovbysh"], [(s.speaker.name, s.content) for s in found]
    assert turns[0].content.startswith("Very little")


def test_an_honorific_and_a_surname_are_the_person_named_before(analyzer):
    text = ("Ombudsman Dmytro Lubinets returned from Geneva on Friday.\n\n"
            "Mr Lubinets said that the Russian side had again refused to put civilians on the lists.")
    s = statements(analyzer, text)[-1]
    assert s.speaker.actor == "dmytro-lubinets" and s.speaker.name == "Dmytro Lubinets"


BARE_INTERVIEW = (
    "Alina Novak\n\n"
    "Jonas Berg has followed the talks between Moscow and Kyiv for a decade at the Nordic Institute in Oslo. We "
    "talked with him about what the October round changed.\n\n"
    "What did the round in Geneva achieve?\n\n"
    "Very little on paper. The sides agreed to swap the bodies of the fallen, and that is all.\n\n"
    "And the meeting of the leaders?\n\n"
    "It is not on the agenda. Moscow wants a signed text first, and Kyiv wants a ceasefire first.\n\n"
    "What comes next?\n\n"
    "Another round in Istanbul, probably in November. I would not expect a breakthrough there.\n\n"
    "Thank you for the conversation.")


def test_a_bare_interviews_answers_are_the_interviewees_and_its_questions_are_no_statements(analyzer):
    found = statements(analyzer, BARE_INTERVIEW, dt.date(2026, 10, 20))
    answers = [s for s in found if s.speaker.name == "Jonas Berg"]
    assert len(answers) == 3 and all(s.kind == "direct" for s in answers), [(s.speaker.name, s.content) for s in found]
    assert answers[1].content.startswith("It is not on the agenda.")
    assert not any(s.content.rstrip().endswith("?") for s in found)


def test_questions_and_answers_without_an_interview_are_read_as_any_report(analyzer):
    text = BARE_INTERVIEW.replace("We talked with him about", "This explainer sets out")
    found = statements(analyzer, text, dt.date(2026, 10, 20))
    assert not [s for s in found if s.speaker.name == "Jonas Berg" and s.content.startswith("Very little")]


def test_a_dashed_quote_attributed_after_the_verb_with_a_papers_name_in_quotes_is_the_named_persons(analyzer):
    text = ("The spokeswoman of the ministry Maria Zakharova called the plan then „a document for internal use”.\n\n"
            "– Moscow does not reject talks, it postpones them – says in conversation with \"Horyzont\" dr hab. "
            "Jarosław Mielczarek from the Institute of Eastern Studies in Lublin.\n\n"
            "– The date of talks becomes a bargaining chip – explains the expert.")
    found = statements(analyzer, text, dt.date(2026, 2, 23))
    by = {s.content[:28]: s.speaker.name for s in found}
    assert by.get("Moscow does not reject talks") == "Jarosław Mielczarek", by
    assert by.get("The date of talks becomes a ") == "Jarosław Mielczarek", by  # "the expert" is he, not Zakharova


def test_whom_a_named_official_spoke_with_is_not_the_speaker(analyzer):
    text = ("As Kurs was told by a source familiar with the negotiations, the parties agreed to meet in Geneva.\n\n"
            "Director of the Second European Department of the Russian Foreign Ministry Yuri Belyakov in a conversation "
            "with Kurs confirmed that Moscow is ready to go to Geneva.\n\n"
            "— We never refused the Geneva format, — the diplomat said.")
    found = statements(analyzer, text, dt.date(2026, 3, 12))
    by = {s.content[:25]: s.speaker.name for s in found}
    assert by.get("Moscow is ready to go to ") == "Yuri Belyakov", by
    assert by.get("We never refused the Gene") == "Yuri Belyakov", by  # "the diplomat" is he, not the paper


def test_a_briefings_answerer_is_a_speaker_though_the_parse_does_not_know_the_name(analyzer):
    # the answerer's label has several turns and never asks; the reporters' outlets ask once each
    text = ("Foreign Ministry Spokesperson Mei Qiaolan's Regular Press Conference on March 3, 2026\n\n"
            "Mei Qiaolan: State Councilor Zhao will travel to Geneva next week for consultations.\n\n"
            "Harbor Wire Service: Kyiv and Moscow swapped prisoners on Sunday. What is China's comment?\n\n"
            "Mei Qiaolan: China welcomes every step that builds trust between the parties. Foreign Minister Wang Yi "
            "said that dialogue is the only way out of the crisis.\n\n"
            "Lakeside Daily: Will China send observers to a ceasefire line?\n\n"
            "Mei Qiaolan: We have no such plan at present.")
    found = statements(analyzer, text, dt.date(2026, 3, 3))
    by = {s.content[:30]: s.speaker.name for s in found}
    assert by.get("State Councilor Zhao will trav") == "Mei Qiaolan", by
    assert by.get("China welcomes every step that") == "Mei Qiaolan", by
    assert by.get("dialogue is the only way out o") == "Wang Yi", by  # the words the answer reports are his
    assert by.get("We have no such plan at presen") == "Mei Qiaolan", by


@pytest.mark.parametrize("text,speaker,content", [
    # French and Italian machine translations keep the compound past before an inverted speaker
    ("— Europe has no seat at this table. They chose the war, has declared Dmitri Peskov, spokesman of the "
     "Kremlin, during his morning briefing.",
     "Dmitry Peskov", "Europe has no seat at this table. They chose the war"),
    ("The working group met yesterday for the first time by video, has announced its spokesman Lars Vinter.",
     "Lars Vinter", "The working group met yesterday for the first time by video"),
    ("Moscow will hand over 3,000 bodies, has specified a source of the Ukrainian delegation to our agency.",
     None, "Moscow will hand over 3,000 bodies"),
    ("Closing the talks, Oleh Marchuk has said to the journalists that Ukraine «has obtained what was possible.",
     "Oleh Marchuk", "Ukraine «has obtained what was possible"),
    ("President of Belarus Alexander Lukashenko, being on Saturday with a working trip in the Gomel region, declared "
     "that Minsk is ready to host the next round.",
     "Alexander Lukashenko", "Minsk is ready to host the next round"),
    ("The third stage should take place before the end of the month, assured the Ukrainian ombudsman, Dmytro "
     "Lubinets.", "Dmytro Lubinets", "The third stage should take place before the end of the month"),
])
def test_more_translated_word_orders(analyzer, text, speaker, content):
    found = statements(analyzer, text, dt.date(2026, 11, 20))
    assert found, text
    assert found[-1].content == content, [(s.speaker.name, s.content) for s in found]
    if speaker is None:
        assert "source" in found[-1].speaker.name
    else:
        assert found[-1].speaker.name == speaker


def test_a_colon_quote_after_a_clause_without_a_reporting_verb_is_the_subjects(analyzer):
    text = ("Asked on the radio about the threats, the foreign minister, Claire Duvernet, has shown herself firm: "
            "«If the strikes go on, we will go further in the sanctions.\n\n"
            "She has called Moscow to accept «without delay» the moratorium proposed by Kyiv.")
    found = statements(analyzer, text, dt.date(2026, 11, 25))
    assert [s.speaker.name for s in found] == ["Claire Duvernet", "Claire Duvernet"], [(s.speaker.name, s.content) for s in found]
    assert found[0].content.startswith("If the strikes go on")


def test_she_skips_a_man_the_text_called_spokesman(analyzer):
    text = ("The foreign minister, Claire Duvernet, spoke in Brussels on Monday.\n\n"
            "Kremlin spokesman Dmitry Peskov said the next round would take place in December.\n\n"
            "She said that sanctions would follow.")
    found = statements(analyzer, text, dt.date(2026, 11, 25))
    assert found[-1].content == "sanctions would follow" and found[-1].speaker.name == "Claire Duvernet"


def test_relayed_by_an_agency_is_the_speakers_but_according_to_a_source_stays_the_sources(analyzer):
    relayed = statements(analyzer, "Then, according to the Russian agency Novosti Dnya, Gennady Zorin has affirmed "
                                   "that Moscow is ready to examine the proposal.", dt.date(2026, 11, 12))
    assert [(s.speaker.name, s.content) for s in relayed] == [("Gennady Zorin", "Moscow is ready to examine the proposal")]
    sourced = statements(analyzer, "Kirill Dmitriev met Steve Witkoff in Miami. According to a person briefed on the "
                                   "discussions, the Russian envoy insisted on a ceasefire line.", dt.date(2026, 11, 12))
    assert sourced and all(s.speaker.name != "Kirill Dmitriev" for s in sourced), [(s.speaker.name, s.content) for s in sourced]


def test_an_interview_whose_first_question_is_a_crosshead(analyzer):
    text = ("The government approved the aid package on Thursday.\n\n"
            "What changes after Geneva?\n\n"
            "Our newsroom asked Kadri Lepik, a research fellow at a Tallinn institute, what the memorandum means.\n\n"
            "Is the memorandum a step towards peace?\n\n"
            "\"It is a step towards fewer prisoners, which matters. On the substance nothing moved.\"\n\n"
            "Why should Estonia care?\n\n"
            "\"Because the military working group will decide who watches a ceasefire line.\"\n\n"
            "Will the leaders meet this year?\n\n"
            "\"I doubt it. The Kremlin wants a summit to look like a victory.\"")
    found = statements(analyzer, text, dt.date(2026, 11, 13))
    answers = [s for s in found if s.speaker.name == "Kadri Lepik"]
    assert len(answers) == 3, [(s.speaker.name, s.content) for s in found]
    assert answers[2].content.startswith("I doubt it.")


def test_dash_quotes_inside_a_paragraph_and_views_opened_by_for(analyzer):
    text = ("For Teresa Almagro, researcher of the Institute of Strategic Studies, the plan «is written for "
            "Washington». —Europe must show that it has a plan of its own. Russia knew it and answered fast —explains "
            "the expert.\n\n"
            "Oleh Marchuk presented a counterproposal on Friday. – Humanitarian questions cannot be hostage to politics – "
            "he said to journalists.")
    found = statements(analyzer, text, dt.date(2026, 1, 9))
    by = {s.content[:28]: (s.speaker.name, s.kind) for s in found}
    assert by.get("the plan «is written for Was") == ("Teresa Almagro", "mixed"), by
    assert by.get("Europe must show that it has") == ("Teresa Almagro", "direct"), by
    assert by.get("Humanitarian questions canno") == ("Oleh Marchuk", "direct"), by


def test_a_channels_emoji_led_items_and_a_releases_credit_line(analyzer):
    text = ("❗️Lubinets: «We demand that Russia give the ICRC access to all our prisoners»\n\n"
            "📌 Coordination Headquarters: Russia received the same number — 300 for 300.")
    found = statements(analyzer, text, dt.date(2026, 1, 29))
    assert [(s.speaker.name, s.content[:9]) for s in found] == [
        ("Dmytro Lubinets", "We demand"), ("Coordination Headquarters for the Treatment of Prisoners of War", "Russia re")]
    release = ("Today, the Prime Minister, Mark Carney, spoke with President Zelenskyy.\n\n"
               "The Prime Minister announced that Canada will fund air defence.\n\n"
               "“Every prisoner who comes home is proof that pressure and diplomacy work.”\n"
               "— The Rt. Hon. Mark Carney, Prime Minister of Canada")
    found = statements(analyzer, release, dt.date(2026, 1, 12))
    assert [s.speaker.name for s in found] == ["Mark Carney", "Mark Carney"], [(s.speaker.name, s.content) for s in found]
    assert found[1].kind == "direct" and found[1].content.startswith("Every prisoner")


def test_initials_in_transcript_labels_and_translated_closing_marks(analyzer):
    text = ("Vladimir Putin answered questions from journalists after the meeting.\n\n"
            "Question (Interfax): Vladimir Vladimirovich, will there be a truce at Christmas?\n\n"
            "V.Putin: We are not against peace. We are against pauses used to rearm.\n\n"
            "Question (TASS): And the delegations?\n\n"
            "V.Putin: Our representatives are ready to meet in January.\n\n"
            "„The points on the size of the army we have removed,\" said Oleh Marchuk to public television.")
    found = statements(analyzer, text, dt.date(2025, 12, 23))
    by = {s.content[:24]: s.speaker.name for s in found}
    assert by.get("We are not against peace") == "Vladimir Putin", by
    assert by.get("Our representatives are ") == "Vladimir Putin", by
    assert by.get("The points on the size o") == "Oleh Marchuk", by  # „…" closed by a straight mark



@pytest.mark.parametrize("text, speaker, content", [
    ("According to Ukrainian sources Kyiv asked for new Patriot systems, the American side did not promise anything.",
     "Ukrainian sources", "Kyiv asked for new Patriot systems"),
    ("According to Kyiv it was Moscow, who asked for the postponement.", "Ukraine", "it was Moscow"),
])
def test_according_to_without_a_comma_after_the_source_ends_the_source_at_its_noun(analyzer, text, speaker, content):
    # a translation that sets no comma after the source: the clause after it is what the source says
    (s,) = [s for s in statements(analyzer, text) if s.cue == "according to"]
    assert s.speaker.name == speaker and s.content.startswith(content)


def test_this_one_after_a_quote_is_the_person_named_last(analyzer):
    text = ("The political analyst Sorin Manolache considers that the postponement of the round was a test of force. "
            "\"The Kremlin wanted to show that it sets the calendar\", declared this one for Meridian24.")
    found = [s for s in statements(analyzer, text) if "sets the calendar" in s.content]
    assert [s.speaker.name for s in found] == ["Sorin Manolache"]


@pytest.mark.parametrize("text, content, speaker", [
    # "according to his estimate", "according to its statement": whoever the pronoun stands for
    ("Economist Pavol Rusnak of the Bratislava Institute expects losses. According to his estimate, the budget can "
     "lose 90 million euros.", "the budget can lose", "Pavol Rusnak"),
    ("The office of the Ukrainian president informed about the call differently. According to its statement "
     "Zelensky thanked the premier for the humanitarian aid.", "Zelensky thanked", "office of the Ukrainian president"),
    # for whom, in which turn, from where and by which means the words came are not who said them
    ("\"We cannot stop it in winter,\" said Hudak for Denník Sever.", "We cannot stop", "Hudak"),
    ("The Ministry of Energy of Kazakhstan in its turn reported that exports may fall by up to a million tonnes.",
     "exports may fall", "Ministry of Energy of Kazakhstan"),
    ("The Ukrainian negotiator Rustem Umerov rejected this condition, according to a member of the Ukrainian "
     "delegation reached by telephone.", "rejected this condition", "member of the Ukrainian delegation"),
    ("The International Committee of the Red Cross in Geneva confirmed on request that the soldier is registered as "
     "a prisoner of war.", "the soldier is registered", "International Committee of the Red Cross"),
    ("The State Department in its readout said that the secretary \"stressed the need for a ceasefire\" and raised the "
     "question of the next exchange.", "stressed the need", "US State Department"),
    ("The Union of Bulk Carriers with an announcement of its press office warned that the insurance premiums have "
     "already increased by up to 40%.", "insurance premiums", "Union of Bulk Carriers"),
    # a known person's name that the model took, with its title, for a body; and "he" after it
    ("Zelensky said on Thursday that Kyiv was ready for a truce. «A truce of some days does not bring the peace "
     "closer», declared the spokesman of the Kremlin Dmitry Peskov. Russia, he added, \"is not contrary to a truce in "
     "principle\".", "is not contrary to a truce", "Dmitry Peskov"),
])
def test_the_speaker_is_who_spoke_not_for_whom_where_or_through_what(analyzer, text, content, speaker):
    found = [s for s in statements(analyzer, text) if content in s.content]
    assert [s.speaker.name for s in found][:1] == [speaker], [(s.speaker, s.content) for s in statements(analyzer, text)]


def test_the_official_after_an_unnamed_official_with_a_description_is_that_official(analyzer):
    text = ("A Ukrainian official familiar with the talks said the deal was close. The official, who spoke on condition "
            "of anonymity, said about 900 names per side had been agreed in principle.")
    found = statements(analyzer, text)
    assert [s.speaker.name for s in found if "900 names" in s.content] == ["Ukrainian official familiar with the talks"]


def test_but_he_said_is_a_second_statement_of_the_same_speaker(analyzer):
    text = ("Kremlin spokesman Dmitry Peskov told reporters that the completion of the swap showed that \"humanitarian "
            "issues can be solved\", but he said no date had been set for a new round of direct talks.")
    found = statements(analyzer, text)
    assert [(s.speaker.name, "no date" in s.content) for s in found] == [("Dmitry Peskov", False), ("Dmitry Peskov", True)]
    text = ("Trump posted on his social network that the meeting had been \"very cordial\" but that he had told "
            "Zelensky it was time to make a deal.")
    assert len(statements(analyzer, text)) == 1  # "but that he had told …" is still what was posted


@pytest.mark.parametrize("text, content, speaker", [
    ("The Russian Ministry of Defence communicated, in its turn, that 150 Russian servicemen were returned.",
     "150 Russian servicemen", "Russian Ministry of Defence"),
    ("With this operation, 2 000 bodies were handed over, « far from the account », regrets the Ukrainian ombudsman "
     "Dmytro Lubinets.", "far from the account", "Dmytro Lubinets"),
    # "The same added that …" is the person named last; "limited himself to saying that …" is his
    ("Ushakov said that no ceasefire can be durable. The same added that the conversation was \"useful and "
     "substantial\".", "useful and substantial", "Yuri Ushakov"),
    ("Medinsky, who headed the Russian delegation, limited himself to saying that all the proposals «will be studied "
     "in Moscow».", "will be studied", "Vladimir Medinsky"),
])
def test_translated_cue_verbs_and_speakers(analyzer, text, content, speaker):
    found = [s for s in statements(analyzer, text) if content in s.content]
    assert [s.speaker.name for s in found] == [speaker]


def test_initials_and_a_known_surname_name_that_person(analyzer):
    found = statements(analyzer, "V.V.Putin said that the talks were useful. K.A. Dmitriev said that contacts continued.")
    assert [s.speaker.name for s in found] == ["Vladimir Putin", "Kirill Dmitriev"]


def test_a_nationality_after_a_known_name_is_not_part_of_it(analyzer):
    found = statements(analyzer, "Moscow rejected the counter-proposal. Sergei Lavrov Russian foreign minister called "
                                 "the document „unserious” and stated that Russia would not negotiate on it.")
    assert {s.speaker.name for s in found} == {"Sergei Lavrov"} and {s.speaker.actor for s in found} == {"sergei-lavrov"}


def test_a_weekday_after_the_speakers_name_is_not_part_of_it(analyzer):
    text = ("Kremlin spokesman Dmitry Peskov spoke to reporters. \"We will continue,\" said Peskov Tuesday.\n\n"
            "Ukrainian ombudsman Dmytro Lubinets spoke on television.\n\n"
            "- It is a cynical game, said Lubinets Saturday to Ukrainian television.")
    found = statements(analyzer, text)
    assert [s.speaker.name for s in found] == ["Dmitry Peskov", "Dmytro Lubinets"]


def test_a_briefing_turn_labelled_with_a_role_is_the_person_the_page_named_in_it(analyzer):
    text = ("The following is a transcript of today's noon briefing by Marisol Quenneville, Spokesperson for the "
            "Secretary-General.\n\n"
            "Spokesperson: Good afternoon. Happy Friday. Questions.\n\n"
            "Question (Beatriz Olmedo, Agencia Cono Sur): Maria Zakharova, the Russian Foreign Ministry spokeswoman, "
            "said yesterday that Kyiv had \"sabotaged\" a planned exchange of bodies. Do you have any information?\n\n"
            "Spokesperson: I don't have any information on that. I would refer you to the parties.")
    found = statements(analyzer, text)
    assert [(s.speaker.name, s.content[:20]) for s in found] == [
        ("Maria Zakharova", "Kyiv had \"sabotaged\""), ("Marisol Quenneville", "I don't have any inf")]


def test_an_encyclopedias_sentences_with_their_reference_marks_are_read(analyzer):
    text = ("Qatar has acted as a go-between since 2023.[4] The Ukrainian government says some 19,500 children were "
            "deported.[4]\n\n"
            "13 March – Eleven children were handed over in Doha.[9] Sorokina said that a further group could follow "
            "before Easter.[9]")
    found = statements(analyzer, text, dt.date(2026, 3, 20))
    assert [s.speaker.name for s in found] == ["Ukraine", "Sorokina"]
