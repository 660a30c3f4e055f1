"""Cleaning a scraped page: furniture out, body kept in order, translation notice recorded."""

import pytest

from truceline.ingest.clean import clean_text, is_furniture, language_of

PAGE = """Skip to main content
Advertisement
Live broadcast

Envoys meet again in Geneva

Why the third round matters
12
Photo: AGENCY/Jane Doe
Озвучить текст
Select important
On
Off

Delegations from both sides met on Tuesday, the foreign ministry said.

— We are ready for a long—range plan," the envoy told reporters.

Переведено сервисом «Яндекс Переводчик»

Live broadcast
"""


def test_furniture_lines_are_removed_and_body_kept_in_order():
    cleaned = clean_text(PAGE)
    lines = cleaned.text.split("\n\n")
    assert lines == [
        "Why the third round matters",
        "Delegations from both sides met on Tuesday, the foreign ministry said.",
        "— We are ready for a long—range plan,\" the envoy told reporters.",
    ]
    for gone in ("Skip to main content", "Advertisement", "Live broadcast", "Photo: AGENCY/Jane Doe", "12",
                 "Select important", "On", "Off", "Озвучить текст"):
        assert gone not in lines


def test_headline_becomes_the_title():
    assert clean_text(PAGE).title == "Envoys meet again in Geneva"


def test_translation_notice_is_recorded_with_service_and_source_language():
    cleaned = clean_text(PAGE)
    assert "Яндекс" not in cleaned.text
    assert cleaned.translation is not None
    assert cleaned.translation.machine is True
    assert cleaned.translation.service == "Yandex Translator"
    assert cleaned.translation.source_language == "ru"


def test_google_notice_names_its_source_language():
    cleaned = clean_text("Talks resumed in Istanbul on Monday.\n\nTranslated from Ukrainian by Google Translate")
    assert cleaned.translation.service == "Google Translate"
    assert cleaned.translation.source_language == "uk"
    assert cleaned.text == "Talks resumed in Istanbul on Monday."


@pytest.mark.parametrize("notice, language", [
    ("This article was automatically translated from Portuguese. In case of doubt, the original prevails.", "pt"),
    ("This text has been machine translated from Swedish.", "sv"),
    ("Machine translated from Lithuanian. The text may contain inaccuracies.", "lt"),
    ("Automatically translated from Greek by Google Translate.", "el"),
])
def test_a_notice_names_any_source_language_by_its_english_name(notice, language):
    cleaned = clean_text(f"{notice}\n\nTalks resumed in Riyadh on Monday, officials said.")
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (True, language)
    assert notice not in cleaned.text


@pytest.mark.parametrize("notice, language", [
    ("Ovaj članak je strojno preveden s hrvatskog jezika. This article was machine translated from Croatian using "
     "Google Translate.", "hr"),
    ("Tento článek byl strojově přeložen z češtiny. / This article was machine translated from Czech.", "cs"),
    ("Dit artikel is automatisch vertaald uit het Nederlands. This article has been automatically translated from "
     "Dutch.", "nl"),
    ("Translated from Ukrainian · See original", "uk"),
    # in the source's own language alone
    ("Acest articol a fost tradus automat din limba română.", "ro"),
    ("Tekst przetłumaczony maszynowo z języka polskiego.", "pl"),
    ("Cet article a été traduit automatiquement.", "fr"),  # names no language: the notice's own
    ("Articolo tradotto automaticamente dall'italiano", "it"),
    ("Το άρθρο μεταφράστηκε αυτόματα από τα ελληνικά.", "el"),
    ("Tämä artikkeli on konekäännetty suomesta.", "fi"),
    ("Gépi fordítás magyarból.", "hu"),
    ("Strojovo preložené zo slovenčiny.", "sk"),
    ("English version generated automatically from the Latvian original.", "lv"),
    # the service named in the notice's own language, the language too
    ("Prevedeno s jezika: hrvatski · Google Prevoditelj", "hr"),
    ("Переведено: русский → английский · Яндекс Переводчик", "ru"),
    ("Ovaj tekst je mašinski preveden sa srpskog jezika.", "sr"),
])
def test_a_notice_in_two_languages_or_a_platforms_own_or_in_the_sources_language_is_read(notice, language):
    cleaned = clean_text(f"{notice}\n\nTalks resumed in Riyadh on Monday, officials said.")
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (True, language)
    assert notice not in cleaned.text


def test_a_translation_by_hand_that_names_its_original_records_the_source_language():
    cleaned = clean_text("Talks resumed in Riyadh on Monday, officials said.\n\n"
                         "The Japanese original of this article appeared in the Oct. 9 evening edition.")
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (False, "ja")
    assert "original" not in cleaned.text
    assert clean_text("The Minsk original text was never published, he said.").translation is None


@pytest.mark.parametrize("line", [
    "Audio clip (0:52)", "Listen: Elina Valtonen on the Jeddah talks", "Time: 19:41", "912-13-05-2026",
    "Laad eerdere berichten", "Join our members' webinar on Tuesday 14 July: What next for talks? Register here",
])
def test_players_stamps_numbers_load_more_and_sign_ups_are_furniture(line):
    page = f"Talks resume in Riyadh\n\n{line}\n\nThe delegations met in Riyadh on Monday, officials said.\n"
    assert line not in clean_text(page).text


@pytest.mark.parametrize("line", [
    "The Romanian foreign ministry said the text had been translated automatically, and “errors are possible”.",
    "Die Regierung bestätigte, dass das Abkommen „maschinell übersetzt“ worden sei.",
])
def test_a_sentence_about_translating_with_quotes_or_a_question_is_no_notice(line):
    cleaned = clean_text(f"Talks resume in Riyadh\n\n{line}\n\nTalks resumed in Riyadh on Monday, officials said.")
    assert cleaned.translation is None and line in cleaned.text


def test_a_reports_sentence_after_a_sentence_about_translating_is_no_notice():
    text = "The minister said the text was read out in Ukrainian. This article was written in Kyiv."
    assert clean_text(f"{text}\n\nTalks resumed in Riyadh on Monday, officials said.").translation is None


@pytest.mark.parametrize("line", [
    "Lue myös: Analysis: What does the reassurance force mean for Finland?",
    "Pročitajte još: Zagreb hosts a conference on rebuilding Ukraine",
    "Čtěte také: Storms will hit Moravia on Monday",
    "Source: Rossiya 1 TV, Moscow, in Russian 1830 gmt 19 Mar 27",
    "NBG official exchange rates",
    "USD 2.6415 ▲ 0.0032",
    "LIVE • 18:05 City Hall announces road closures • 17:52 Wine exports up 9% in February",
    "Updated at 18.42 BST",
])
def test_foreign_read_also_lines_monitoring_sources_rates_and_tickers_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Source: the ministry, in a statement on Monday, said that talks would resume in Geneva.",
    "Exchange rates for the hryvnia fell by 2% after the strike.",
])
def test_sentences_about_sources_or_rates_are_kept(line):
    assert not is_furniture(line)


def test_a_posts_stamp_is_no_headline():
    cleaned = clean_text("Oleh Marchenko\n\n16 March at 09:14 · 🌐\n\nA hard night for Kremenchuk. The enemy "
                         "attacked the power plant with 46 drones, the regional head said.")
    assert cleaned.title != "16 March at 09:14 · 🌐"


def test_report_without_notice_has_no_translation():
    assert clean_text("Talks resumed in Istanbul on Monday, officials said.").translation is None


def test_hard_wrapped_lines_join_into_one_paragraph():
    cleaned = clean_text("The delegations met for two hours and agreed\nto exchange 1,000 prisoners each.\n\nNext.",
                         find_title=False)
    assert cleaned.text.split("\n\n")[0] == ("The delegations met for two hours and agreed to exchange "
                                             "1,000 prisoners each.")


def test_a_sentence_is_not_furniture_even_if_it_starts_like_a_button():
    assert not is_furniture("Share prices fell as the talks stalled, traders said.")
    assert is_furniture("Share")


def test_language_by_script():
    assert language_of("Переговоры в Стамбуле") == "ru"
    assert language_of("Talks in Istanbul") == "en"


def test_a_translated_page_takes_its_source_language_from_the_language_switcher():
    page = ("Translated by Google\nRU | EN\nListen to the text\nFont size A A A\n\n"
            "Talks stalled again\n\nThe envoys left Istanbul without a date, the ministry said.\n\nAdvertising\n")
    cleaned = clean_text(page)
    assert cleaned.translation.service == "Google Translate"
    assert cleaned.translation.source_language == "ru"
    assert cleaned.text == "The envoys left Istanbul without a date, the ministry said."


def test_a_ukrainian_google_notice_records_ukrainian_and_the_masthead_goes():
    page = ("Перекладено Google\nVISTI PODILLIA\nMain | News | War\nUA | EN\n\n"
            "205 Ukrainians are at home\n\nThe exchange took place on Thursday, the headquarters said.\n")
    cleaned = clean_text(page)
    assert (cleaned.translation.service, cleaned.translation.source_language) == ("Google Translate", "uk")
    assert cleaned.masthead == "VISTI PODILLIA"
    assert cleaned.text == "The exchange took place on Thursday, the headquarters said."


def test_menus_and_share_bars_laid_out_one_item_a_line_are_furniture():
    page = ("Daily Courier\nNews\nPolitics\nIn the world\nEconomy\nLog in\n\n"
            "Envoys agree to meet again\n\n"
            "Oleh Marchenko — Tuesday, 30 September 2025, 18:42\nFacebook\nX\nTelegram\nCopy link\n\n"
            "The envoys met in Geneva on Monday, officials said.\n\n"
            "Share  Tweet  WhatsApp\n\nComments (12)\n\nFound a mistake? Select it and press Ctrl+Enter\n")
    lines = clean_text(page).text.split("\n\n")
    assert lines == ["Oleh Marchenko — Tuesday, 30 September 2025, 18:42",
                     "The envoys met in Geneva on Monday, officials said."]


def test_the_rest_of_a_menu_the_model_took_part_of_is_furniture_too():
    from truceline.ingest.clean import _drop_menus
    body = [f"Paragraph {i} of the report, which runs on for a while." for i in range(5)]
    blocks = [["SECURITY COUNCIL", "MEETINGS COVERAGE", *body]]
    # the model took off "Home" and "General Assembly" right above the two labels left
    assert _drop_menus([list(b) for b in blocks], [], {(0, 0): 2}) == [body]
    # two labels with nothing taken off before them are no menu
    assert _drop_menus([list(b) for b in blocks], []) == blocks


def test_short_lines_inside_the_body_are_kept():
    page = "\n".join(["Talks resume", "", *[f"Paragraph {i} of the report says something, he said." for i in range(30)],
                      "", "Kyiv", "Moscow", "Ankara", "",
                      *[f"Later paragraph {i} goes on with the story, she added." for i in range(30)]])
    kept = clean_text(page).text
    assert "Kyiv" in kept and "Ankara" in kept  # mid-report, far from both ends: not a menu


def test_labels_above_the_headline_breadcrumbs_and_related_headlines_are_furniture():
    page = ("Harbour Courier\nWorld Politics\nHome › World › Europe\n\nEnvoys agree to meet again in Geneva next week\n\n"
            "The envoys met in Geneva on Monday, officials said.\n\n"
            "Related News\nCeasefire talks stall over energy strikes\nSwap brings 300 home\n\nDownload PDF\n")
    cleaned = clean_text(page)
    assert cleaned.title == "Envoys agree to meet again in Geneva next week"
    assert cleaned.text.split("\n\n") == ["The envoys met in Geneva on Monday, officials said."]


def test_a_translated_page_notice_gives_the_source_language():
    cleaned = clean_text("This page has been translated from Ukrainian automatically. Show original\n\n"
                         "Envoys meet again\n\nThe envoys met on Monday, officials said.\n")
    assert cleaned.translation is not None and cleaned.translation.source_language == "uk"


def test_related_headlines_under_a_heading_and_page_controls_are_furniture():
    page = ("Envoys agree to meet again in Geneva next week\n\nThe envoys met in Geneva on Monday, officials said.\n\n"
            "Related\nBlackouts return after overnight strike\nMinister: Europe must have a seat\n\nRefresh\n\n"
            "Back to news\n\nPrint version\n")
    assert clean_text(page).text.split("\n\n") == ["The envoys met in Geneva on Monday, officials said."]


def test_an_unofficial_translation_is_a_human_one_from_its_language():
    cleaned = clean_text("Unofficial translation from Russian\n\nTalks held\n\nThe sides met on Monday, the embassy said.\n")
    assert cleaned.translation is not None
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (False, "ru")


def test_counters_credits_and_section_lines_are_furniture():
    for line in ("Views: 4 812", "Photograph: Anna Petrova for the Courier", "Comments are closed for this article",
                 "More on Ukraine", "Publication status: Published in sections: News, Transcripts"):
        assert is_furniture(line), line
    assert not is_furniture("More on that later, the minister said.")


def test_translation_notices_automatic_and_by_an_office():
    body = "Talks resumed in Istanbul on Monday, the ministry said."
    cleaned = clean_text(body + "\n\nThis material was translated automatically from Russian")
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (True, "ru")
    assert cleaned.text == body
    cleaned = clean_text(body + "\n\nTranslated from Russian by the Presidential Press and Information Office")
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (False, "ru")
    assert cleaned.text == body
    cleaned = clean_text(body + "\n\nTranslated from Ukrainian by Google Translate")
    assert cleaned.translation.machine is True


@pytest.mark.parametrize("notice, language", [
    ("Maskinöversatt från svenska. Läs originalartikeln på svenska", "sv"),
    ("Maskinoversat fra dansk", "da"),
    ("Dieser Artikel wurde maschinenübersetzt.", "de"),
])
def test_notices_that_say_machine_translated_in_one_word(notice, language):
    body = "Talks resumed in Istanbul on Monday, the ministry said."
    cleaned = clean_text(body + "\n\n" + notice)
    assert cleaned.translation is not None and cleaned.translation.machine
    assert cleaned.translation.source_language == language
    assert cleaned.text == body


PORTAL = """NWA
Politics
World
Sign in

9 March, 08:10
Politics

Envoys to meet again in Riyadh, ministry says

Maria Novak. Photo: Press service of the ministry
Reading time: 4 min

The envoys will meet in Riyadh next week, the ministry said on Monday.

"The venue is agreed," the deputy minister said.

Read Next
World
Ministers argue over the "frozen assets"
Markets
Grain prices ease as shipping resumes
What comes after a ceasefire?

About the author
Share this commentary
Privacy policy | Cookie settings
Ads
Northwire Agency. All rights reserved. Reproduction only with a link.
Machine translation. The text was translated by the service "Google Translate"
Переведено сервисом «Google Переводчик»
"""


def test_a_portal_page_keeps_only_the_report():
    cleaned = clean_text(PORTAL)
    assert cleaned.text.split("\n\n") == [
        "9 March, 08:10",
        "The envoys will meet in Riyadh next week, the ministry said on Monday.",
        "\"The venue is agreed,\" the deputy minister said.",
    ]


def test_a_line_that_is_only_a_date_is_not_the_headline():
    assert clean_text(PORTAL).title == "Envoys to meet again in Riyadh, ministry says"


def test_a_notice_of_a_translation_service_in_either_language_is_recorded():
    cleaned = clean_text(PORTAL)
    assert cleaned.translation is not None and cleaned.translation.machine
    assert cleaned.translation.service == "Google Translate"
    assert cleaned.translation.source_language == "ru"


def test_two_sentence_notice_names_the_service():
    cleaned = clean_text("This page has been translated from Ukrainian automatically. Translated by Google\n\n"
                         "Talks resumed in Istanbul on Monday.")
    assert cleaned.translation.service == "Google Translate"
    assert cleaned.translation.source_language == "uk"
    assert cleaned.text == "Talks resumed in Istanbul on Monday."


def test_a_notice_right_after_a_related_list_is_still_read():
    page = ("Talks resumed in Istanbul on Monday.\n\nRead also:\nFarmers bring in a record harvest\n"
            "Translated by Yandex Translator\n")
    cleaned = clean_text(page)
    assert cleaned.text == "Talks resumed in Istanbul on Monday."
    assert cleaned.translation is not None and cleaned.translation.service == "Yandex Translator"
    assert cleaned.translation.source_language == "ru"


def test_newsletter_podcast_and_comment_furniture():
    for line in ("Forward to a friend", "Support our work — become a member", "Read the full analysis on our website →",
                 "You are receiving this email because you subscribed to the Daily Brief.", "Add comment",
                 "▶ Play episode", "Download MP3", "Add to playlist", "Episode 87 · 31 min", "18+",
                 "Share via Email", "2,310 comments", "Related: Kremlin rules out troops", "Explore more on these topics"):
        assert is_furniture(line), line
    assert not is_furniture("Support for the plan is growing in Kyiv, the minister said.")
    assert not is_furniture("Related talks are expected in Geneva.")


def test_notices_that_say_automatically_after_translated_or_name_the_service_in_russian():
    body = "Talks resumed in Istanbul on Monday, the ministry said."
    cleaned = clean_text(body + "\n\nTranslated automatically from Polish. The original text is available in the "
                                "Polish version of the portal.")
    assert (cleaned.translation.machine, cleaned.translation.source_language, cleaned.text) == (True, "pl", body)
    cleaned = clean_text(body + "\n\nАвтоматический перевод: Google Переводчик")
    assert (cleaned.translation.service, cleaned.translation.source_language, cleaned.text) == \
        ("Google Translate", "ru", body)


def test_wire_credits_excerpt_notes_and_a_notice_that_apologises():
    for line in ("Reporting by Olga Petrenko in Kyiv; Writing by Tom Harding; Editing by Clare Fielding",
                 "This article has been excerpted. Read the full story in the print edition.",
                 "Photograph by Emre Yildiz for The Review", "Text version"):
        assert is_furniture(line), line
    assert not is_furniture("Editing by hand took the diplomats a week, Medinsky said.")
    body = "Talks resumed in Istanbul on Monday."
    cleaned = clean_text(body + "\n\nThis material is translated automatically from Ukrainian with the help of machine "
                                "translation. We apologize for possible inaccuracies.")
    assert (cleaned.translation.machine, cleaned.translation.source_language, cleaned.text) == (True, "uk", body)


def test_contributor_lines_follow_links_comment_counters_and_sign_up_boxes():
    for line in ("Wire writers Anna Koval in Kyiv and Peter Lund in Washington contributed to this report.",
                 "Follow our coverage of the war at https://example.org/hub/ukraine",
                 "Read Vestnik Daily in Telegram", "Vestnik24 in Telegram", "Comment 214", "View 214 Comments",
                 "Gift Article", "Our best columns, delivered to your inbox every weekday.", "Enter your email address",
                 "By signing up you agree to our Terms of Use and Privacy Policy.", "Listen to text", "Share article",
                 "Sergey Lavrov, Russian foreign minister. Archive photo", "Diplomatic Telegraph | Subscribe",
                 "For information media. Not an official record.", "02:31 - Source: ACN"):
        assert is_furniture(line), line
    for line in ("Reporters from both sides contributed questions to the briefing.",
                 "Zelensky said he would follow the talks closely.",
                 "The ministry said 214 comments had been received on the draft."):
        assert not is_furniture(line), line


def test_machine_translation_notice_with_language_and_service():
    cleaned = clean_text("Talks resumed in Istanbul on Monday.\n\nMachine translation from Russian: Google Translate")
    t = cleaned.translation
    assert (t.machine, t.source_language, t.service) == (True, "ru", "Google Translate")
    assert cleaned.text == "Talks resumed in Istanbul on Monday."


def test_a_caption_above_its_credit_and_the_outlet_under_the_date_line_are_dropped():
    page = ("Swap brings 390 captives home\n\nUpdated 27 February 2026\nGulf Courier\n\n"
            "The first trilateral talks between Ukraine, Russia and the US ended without a deal on territory.\n\n"
            "Ukraine's chief negotiator led the delegation in Abu Dhabi\nImage: Presidential Press Service/AFP\n\n"
            "The delegations will meet again next week, officials said.")
    cleaned = clean_text(page)
    assert cleaned.title == "Swap brings 390 captives home"
    assert "Gulf Courier" not in cleaned.text and "led the delegation in Abu Dhabi" not in cleaned.text
    assert cleaned.text.endswith("The delegations will meet again next week, officials said.")
    assert "ended without a deal on territory." in cleaned.text


def test_a_headline_above_a_photo_credit_is_kept():
    cleaned = clean_text("Envoys meet again in Geneva\nPhoto: Jane Doe/Agency\n\nDelegations met on Tuesday, "
                         "the foreign ministry said in a statement on its website.")
    assert cleaned.title == "Envoys meet again in Geneva"


def test_notices_of_an_official_and_a_polish_machine_translation_and_more_furniture():
    body = "Talks resumed in Istanbul on Monday."
    human = clean_text(body + "\n\nUnofficial translation. Only the German version is authoritative.")
    assert (human.translation.machine, human.translation.source_language, human.text) == (False, "de", body)
    mt = clean_text(body + "\n\nArtykuł został przetłumaczony automatycznie z języka polskiego (Tłumacz Google).")
    assert (mt.translation.machine, mt.translation.source_language, mt.translation.service) == (True, "pl", "Google Translate")
    for line in ("Print page", "LEARN MORE", "Click here to share on social media",
                 "Have a confidential tip for our reporters? Get in touch",
                 "Our diplomatic team’s pick of the day’s biggest stories, every weekday morning."):
        assert is_furniture(line), line


def test_a_yandex_credit_a_notice_pointing_to_the_original_an_authors_note_and_a_sites_name_and_section():
    body = "Talks resumed in Istanbul on Monday, the ministry said in a statement on its website."
    yandex = clean_text(body + "\n\nTranslation made by the service «Yandex Translator»")
    assert (yandex.translation.machine, yandex.translation.service, yandex.text) == (True, "Yandex Translator", body)
    uk = clean_text("This text was translated automatically from Ukrainian. The original is available here.\n\n" + body)
    assert (uk.translation.machine, uk.translation.source_language) == (True, "uk")
    assert is_furniture("Claire Dumont is the European Courier's Europe correspondent, based in Brussels. "
                        "She previously reported from Moscow and Kyiv.")
    assert not is_furniture("Kaja Kallas is the EU's foreign policy chief, based in Brussels.")
    page = clean_text("Centre for Eastern Security Studies\n\nCommentary\n\n"
                      "Istanbul, interrupted: what the direct talks achieved, and what could bring them back\n\n" + body)
    assert page.title.startswith("Istanbul, interrupted") and page.text == body
    agency = clean_text("Ukrainski Visti\n\nPolitics\n\n23.03.2026 11:42\n\nNext round of negotiations is planned "
                        "in Abu Dhabi\n\n" + body)
    assert "Politics" not in agency.text and agency.title.startswith("Next round")


def test_a_machine_translation_service_named_in_brackets_and_a_sign_up_footer():
    body = "Talks resumed in Istanbul on Monday."
    cleaned = clean_text(body + "\n\nThis text was translated from Russian by a machine translation service "
                         "(Google Translate).\n\nYou are receiving this because you signed up at peacedesk.example.")
    t = cleaned.translation
    assert (t.machine, t.source_language, t.service) == (True, "ru", "Google Translate")
    assert cleaned.text == body
    human = clean_text(body + "\n\nThis text was translated from Ukrainian by the press office of the ministry.")
    assert (human.translation.machine, human.translation.source_language) == (False, "uk")


def test_furniture_of_live_blogs_transcripts_channels_comment_threads_and_ministry_pages():
    for line in ("Key events", "5h ago Delegations break for lunch in Istanbul", "[09:41:07]",
                 "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.", "News / Politics",
                 "Home › World", "[2/5] Envoys arrive at the venue in Abu Dhabi", "olena_k · 2 h", "Reply | 👍 7",
                 "#talks #Geneva #ceasefire", "12.4K views  edited 19:05", "Persons: Lavrov Sergey",
                 "Publication date: March 3, 2026, 11:05", "Version for the visually impaired",
                 "Figure 2: Rounds of talks, 2025. Source: own compilation.", "Most read in Opinion",
                 "Read further with Plus", "The Kyiv Brief newsletter brings you the week's diplomacy. Sign up here."):
        assert is_furniture(line), line
    for line in ("Reply to the memorandum came on Friday, the ministry said.", "Talks resumed in Geneva on Monday.",
                 "Figure skaters and diplomats met in Milan.", "5 prisoners were freed two hours ago, officials said."):
        assert not is_furniture(line), line


@pytest.mark.parametrize("notice, source, service", [
    ("The material was translated automatically from Ukrainian. The editors are not responsible for possible "
     "translation errors.", "uk", None),
    ("This article was translated automatically from the Polish language. We apologise for possible errors.", "pl",
     None),
    ("This page is translated from Ukrainian by Google Translate. Show original | Turn off translation", "uk",
     "Google Translate"),
    ("Artykuł został przetłumaczony maszynowo.", "pl", None),
])
def test_more_machine_translation_notices(notice, source, service):
    cleaned = clean_text("Talks resumed in Istanbul on Monday.\n\n" + notice)
    t = cleaned.translation
    assert (t.machine, t.source_language, t.service) == (True, source, service)
    assert cleaned.text == "Talks resumed in Istanbul on Monday."


AGGREGATOR = """Skip to main content
Daily market news for professionals
World
Europe
War in Ukraine

Kremlin confirms a long call between the presidents

12 Nov, 09:41 | Updated 2 hours ago
Share: Facebook | X | Telegram
Kremlin spokesman Dmitry Peskov at a briefing in Moscow (archive).
Photo: Pool/Agency via Hub

The two presidents spoke by telephone on Wednesday evening, an aide told reporters.

We and our 214 trusted partners use cookies and similar technologies to store information on your device.
Accept all | Manage settings

Peskov said there were no concrete dates for a summit.

Photo: Agency/John Doe
Prime Minister Donald Tusk at the press conference in Paris

Related publications
The Black Sea after the grain corridor
Sanctions that bite: lessons from the price cap

Share this article
Copy link
Facebook
X

47 comments
Sort by: Best | Newest | Oldest
ivan_k1979 · 1 h
Again nothing will happen. Four years of talking already.
Reply | 12
Show 44 more comments
"""


def test_section_labels_captions_consent_banners_related_lists_and_reader_comments_are_dropped():
    cleaned = clean_text(AGGREGATOR)
    assert cleaned.title == "Kremlin confirms a long call between the presidents"
    assert cleaned.text.split("\n\n") == [
        "12 Nov, 09:41 | Updated 2 hours ago",
        "The two presidents spoke by telephone on Wednesday evening, an aide told reporters.",
        "Peskov said there were no concrete dates for a summit.",
    ]


def test_a_date_line_above_a_share_bar_and_a_credit_is_no_caption():
    page = ("Kyiv Chronicle\nNews\nPolitics\nUkraine brings home 303 defenders\n24 August 2026, 14:52\nShare\n"
            "Photo: Coordination Headquarters\n\nUkraine returned 303 servicemen on Monday, the president said.\n")
    assert "24 August 2026, 14:52" in clean_text(page).text.split("\n\n")


@pytest.mark.parametrize("line", ["wschod24.pl", "SETTINGS", "WT+", "Read further with WT+",
                                  "Get the Morning Brief: the day's top stories in your inbox.",
                                  "Minister Hakan Fidan addresses the delegations in Istanbul, April 14, 2026. (AA Photo)",
                                  "Emner: Ukraine  Rusland  Krigen i Ukraine  Forsvar",  # topics, in Danish
                                  "ksy@hanbitnews.kr",
                                  "Thanks for reading The Long Table! Subscribe for free to receive new posts.",
                                  "MPA Editorial Standards",
                                  "Снимка: Архив / Vestnik Plus",
                                  "Komentari su stavovi njihovih autora i ne odražavaju stavove uredništva portala.",
                                  "Partilhar",
                                  "Actualizat: 26.02.2026, 16:05",
                                  "Posted 24 Sep 2026, updated 24 Sep 2026",
                                  "Kommentointi on suljettu tässä jutussa.",
                                  "(Photo caption) The minister with his Russian counterpart in Moscow",
                                  "ABN News acknowledges Aboriginal and Torres Strait Islander peoples",
                                  "AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT",
                                  "Ezt is ajánljuk: az olaj újra megérkezett",
                                  "(Agencia Sud) POL/mar 14-GEN-26 09:12 NNNN",
                                  "Residents queue for water in Odesa on March 2, 2026. | PHOTO | COURTESY",
                                  "Our evening newsletter rounds up the day's diplomacy",
                                  "3 hours ago", "an hour ago",
                                  "Baltic Defence Letter is published by the Narva Policy Forum. Views are its own.",
                                  "Views expressed by the panellists are their own.",
                                  "Press releases, 02.03.2026", "Address for enquiries:", "Publisher:",
                                  "👁 41.7K  edited  08:15", "Updated: Friday, 09:40",
                                  "Sur le même sujet", "Tagovi:", "#POW swap", "#Ukraine #Russia",
                                  "Transcript is auto-generated and may contain errors.",
                                  "(Transcript edited for length and clarity.)",
                                  "Our live coverage has ended. Follow the latest on the talks here.",
                                  "The views expressed are those of the authors and do not necessarily reflect the "
                                  "position of the institute.",
                                  ])
def test_more_furniture_lines(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["The ceasefire is OK, the envoy said.", "Russia and Ukraine swapped 300 prisoners.",
                                  "Aired 09/13/26",
                                  "Write to ksy@hanbitnews.kr for tips on the talks, the agency said.",
                                  "The editorial standards of the broadcaster were questioned by the minister.",
                                  "The minister posted 24 messages on Monday.",
                                  "The decree is published by the presidential office.",
                                  "Talks resumed 3 hours ago in Geneva, the ministry said.",
                                  "Press releases on 2 March said the talks would resume.",
                                  ])
def test_body_and_date_lines_are_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("notice,machine,source", [
    ("This news was translated automatically from Turkish with machine translation.", True, "tr"),
    ("Machine translation from Russian. The original text is available on the website.", True, "ru"),
    ("(Unofficial translation of the German-language passages. The spoken word applies.)", False, "de"),
    ("Note: This page is machine translated from the Japanese original. Refer to the original in case of doubt.",
     True, "ja"),
    ("🌐 Post texts are auto-translated from Russian. Show original", True, "ru"),
    ("Translated from: Hungarian · Show original · Microsoft Translator", True, "hu"),
    ("Automatski prevod: Google Prevodilac (srpski → engleski)", True, "sr"),
    ("Этот текст переведён автоматически сервисом «Яндекс Переводчик»", True, "ru"),
    ("Cet article a été traduit automatiquement depuis le français. Seule la version originale fait foi.", True, "fr"),
    ("Traduzione automatica dal testo originale in italiano. L'agenzia non risponde di eventuali errori.", True, "it"),
    ("Dieser Artikel wurde automatisch aus dem Deutschen übersetzt.", True, "de"),
    ("This text was translated from Russian by our English desk. Read the original in Russian →", False, "ru"),
    ("Traducción automática. This news item has been automatically translated from Spanish.", True, "es"),
    ("Translated from: Russian", True, "ru")])
def test_a_translation_notice_in_words_no_pattern_knows(notice, machine, source):
    cleaned = clean_text(f"Talks resume in Geneva\n\n{notice}\n\nThe delegations met on Monday, officials said.\n")
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (machine, source)
    assert notice not in cleaned.text


def test_a_reports_own_sentence_about_a_translation_is_no_notice():
    line = "The translated text was published automatically, officials said."
    assert clean_text(f"Talks resume\n\n{line}\n").translation is None


MAGAZINE = """The long table

“We came to talk about the line, and we spent most of the time talking about the talks,” Umerov told me. Nobody in that room believes the war ends on paper first, he added.

“Nobody in that room believes the war ends on paper first.”

Freed prisoners wrap themselves in flags after crossing the border, March 12, 2026.
Meridian Wire/Olena Harbar

Leaders pose for the family photo at the Europa building. © European Union

The swap on February 5 brought 157 prisoners home.

More from NBN News
Senate panel advances air defense bill

Also in Interviews
Why Ankara matters: a scholar on the Istanbul format
"""


def test_pull_quotes_credited_captions_and_related_lists_of_a_magazine_page_are_dropped():
    text = clean_text(MAGAZINE).text
    assert text.split("\n\n") == [MAGAZINE.split("\n\n")[1], "The swap on February 5 brought 157 prisoners home."]


@pytest.mark.parametrize("line", [
    "2/9", "[4] https://example.org/posts/4471", "[Font: Large Small]  [Print]  [Close]", "👁 18.2K",
    "👍 1.1K  🔥 204", "Share this item via Telegram", "Back to top", "Swipe for more photos",
    "Story continues below advertisement", "View this email in your browser", "Next debate: Points of Order",
    "Editor: Wang Mei", "Anzeige", "Reklama", "Kommentare (12)", "Lire aussi | Ce que contient le plan"])
def test_gallery_counters_footnote_addresses_counters_and_foreign_ad_words_are_furniture(line):
    assert is_furniture(line)


def test_players_newsletter_boxes_pagers_and_paywall_lines_are_furniture():
    for line in ("Direct link: en.kremlin.ru/d/70001", 'Play video, "Delegations arrive", Duration 1:42',
                 "Media caption, Delegations arrive for talks", "Watch the press conference (23:41)",
                 "Enjoying The Brief? Forward it to a colleague or sign up free.",
                 "Was this digest useful? Yes / No", "[Chart unavailable in plain-text version]",
                 "(The rest of this article is for members only)", "Items 1-6 of 48 | Next page »",
                 "Powered by FeedKeeper · Terms · Report a feed problem", "Comentarios (48)", "👁 4 512"):
        assert is_furniture(line), line
    for line in ("Watch the ceasefire line, the general said.", "The talks produced 4 512 pages of notes.",
                 "Items discussed included the 1-for-1 exchange of prisoners."):
        assert not is_furniture(line), line


def test_a_feed_scraped_with_its_entities_reads_as_text():
    cleaned = clean_text("Kyiv&#8217;s envoy said the talks in Geneva &amp; Abu Dhabi were &quot;useful&quot;.\n\n"
                         "&laquo; Previous | Next page &raquo;\n")
    assert cleaned.text == "Kyiv’s envoy said the talks in Geneva & Abu Dhabi were \"useful\"."


def test_a_spanish_notice_with_its_english_twin_is_one_machine_translation_from_spanish():
    cleaned = clean_text("Leaders met in Brussels on Thursday, the Council said.\n\nEste artículo ha sido traducido "
                         "automáticamente del español. This article was machine-translated from Spanish.\n")
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (True, "es")
    assert cleaned.text == "Leaders met in Brussels on Thursday, the Council said."


# A page whose closing promo and imprint no furniture rule knows: the learned furniture model (ingest/lines.py)
# takes them off.
UNRULED_PAGE = """Envoys agree to meet again in Vienna after a long day of talks

By Marta Kowal
17 March 2026, 18:05

Negotiators from Kyiv and Moscow spent nine hours in the Austrian capital on Monday, the foreign ministry in Vienna said.

The Ukrainian delegation said the next round would take place within two weeks.

Want the morning briefing in your inbox? Subscribe here
Northgate Courier Ltd, 12 Harbour Road, Gdansk
"""


def test_the_learned_model_removes_furniture_no_rule_knows_and_keeps_the_body():
    promo, imprint = "Want the morning briefing in your inbox? Subscribe here", "Northgate Courier Ltd, 12 Harbour Road, Gdansk"
    rules_alone = clean_text(UNRULED_PAGE, line_model=None).text.split("\n\n")
    assert promo in rules_alone and imprint in rules_alone
    cleaned = clean_text(UNRULED_PAGE)
    paragraphs = cleaned.text.split("\n\n")
    assert promo not in paragraphs and imprint not in paragraphs
    assert promo in cleaned.removed and imprint in cleaned.removed
    assert paragraphs == [
        "By Marta Kowal",
        "17 March 2026, 18:05",
        "Negotiators from Kyiv and Moscow spent nine hours in the Austrian capital on Monday, the foreign ministry in "
        "Vienna said.",
        "The Ukrainian delegation said the next round would take place within two weeks.",
    ]
    assert cleaned.title == "Envoys agree to meet again in Vienna after a long day of talks"


def test_the_masthead_and_the_headline_stay_and_date_lines_stay_stamps_whatever_the_model_says(monkeypatch):
    from truceline.ingest import clean

    monkeypatch.setattr(clean, "furniture_scores", lambda lines, model: [1.0] * len(lines))
    page = ("NORTHGATE COURIER\n\nEnvoys meet in Vienna for a third round\n\n17 March 2026, 18:05\n\n"
            "Publié le 17 mars 2026 à 19h10, mis à jour à 20h02\n\nNegotiators met on Monday, officials said.\n")
    cleaned = clean.clean_text(page)
    assert cleaned.masthead == "NORTHGATE COURIER"
    assert cleaned.title == "Envoys meet in Vienna for a third round"
    # a date line is never lost: where the model takes it off it is kept as one of the page's stamps
    assert "17 March 2026, 18:05" in cleaned.header
    assert "Publié le 17 mars 2026 à 19h10, mis à jour à 20h02" in cleaned.header + cleaned.text.split("\n\n")
    assert "Negotiators met on Monday, officials said." not in cleaned.text  # the model's word is taken for the rest


@pytest.mark.parametrize("line", [
    "Publicidad", "Noticias relacionadas", "Pubblicità", "Leggi anche:",
    "P.IVA IT01234567890 - © Copyright Agenzia - Tutti i diritti riservati",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    "Category: Europe", "Enclosure: image/jpeg, 48213 bytes", "Video 1:14", "LINE", "Key event", "Previous", "Next",
    "Tel. +32 (0)2 555 01 99", "PRESENTED BY A PRIVATE BANK", "The Herald is funded by its readers. Help us keep going.",
    "The two ministers shake hands before their talks in Ankara. (Anadolu Agency)", "A+ A-",
    "Acest site folosește cookie-uri pentru o experiență de navigare mai bună.", "Ova stranica koristi kolačiće.",
    "Reklāma", "Hirdetés", "Czas czytania: 7 min", "Lesezeit: 4 Minuten", "Suscríbete por 1 € el primer mes",
    "This transcript was produced by an automated speech-to-text service. It may not be fully accurate.",
])
def test_foreign_ad_and_cookie_lines_feed_metadata_credits_sponsors_and_contacts_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Supported by the United States, Kyiv proposed a thirty-day truce.",
    "Next week the delegations meet again in Geneva.",
    "Tel Aviv hosted a round of talks on 5 May between the two sides.",
    "The category of prisoners to be exchanged was not agreed, the ministry said.",
    "The talks would end on Friday, the envoy said.", "Moscow labelled the outlet a foreign agent in 2024.",
    "Zelensky spoke with Trump at 14:05, his office said.", "The vote was 21-6 in favour of the package.",
    "REPORTER: The delegations met for nine hours in the Hofburg.", "Zelensky spoke with Putin's envoy (June 2, 2026).",
    "The talks, written off by many as doomed, resumed on Monday.",
])
def test_report_sentences_that_open_like_furniture_stay(line):
    assert not is_furniture(line)


def test_short_lines_in_another_script_on_an_english_page_are_furniture():
    page = ("Gulf mediators host a new round\n\n\u200fمشاركة\n\n"
            "Saudi Arabia hosted Russian and Ukrainian officials in Riyadh on Monday, the foreign ministry said.\n\n"
            "\u200fاقرأ أيضا\n\nПоделиться\n")
    cleaned = clean_text(page, line_model=None)
    assert cleaned.text == ("Saudi Arabia hosted Russian and Ukrainian officials in Riyadh on Monday, the foreign "
                            "ministry said.")
    assert cleaned.title == "Gulf mediators host a new round"


@pytest.mark.parametrize("line", [
    "00:00 / 04:37", "Item ID: MON-UA-TV-261002-0117", "Press release No. 118/26",
    "USDUAH 41.280 +0.045   EURUAH 47.910 -0.120   BRENT 69.85 -0.32",
    "<HELP> for explanation.  <MENU> to return.", "Anna Berg in Brussels at ABERG7 <GO>",
    "1) Set Alert   2) Translate   3) Send   4) Related News", "2026-10-02 06:15:03.118 GMT", "Top Headlines",
    "--With assistance from Oksana Lyt.", "To contact the editor responsible for this story:", "# # #", "-30-", "END",
    "[Responsible editor: Li Ming]", "(COMMERCIAL BREAK)", "▶ Video: the minister at the border crossing (2:41)",
    "PUBLICITATE", "Reklama", "pk/ ms/", "Agency correspondent Jan Nowak/ js/",
    "Europe after the armistice | 14 October 2026", "First published on: 02-10-2026 at 09:15 IST",
    "Last modification 21.09.2026",
    "A MESSAGE FROM A GRID COMPANY: Europe's power lines are its front line. Find out more.",
    "The Courier exists thanks to readers like you. Support our work.",
    "The Courier has been declared an undesirable organization in Russia. If you are reading us from Russia, do not "
    "repost our articles.",
    "@frontline_notes", "Compiled by Ana Ruiz in Geneva and Taras Bilyk in Kyiv; Editing by Tom Hale",
    "All quotes delayed a minimum of 15 minutes.", "Temas relacionados", "Contenido patrocinado",
    "Archivo - El ministro de Exteriores ucraniano - MINISTERIO/CONTACTO",
    "Treasury Sanctions Russian Coal Traders (September 24, 2026)", "Follow our English service on:",
    "Swipe for next ›", "Foto: Abendkurier/Max Huber", "Source: Kadri Tamm/ERR", "Options",
    "The envoy arrives at the monastery in Moscow (@Vatican Voice)", "[CAM 2 — ANNA]", "[ROLL PKG]",
    "LOWER THIRD: Rustem Umerov | Head of Ukraine's delegation", "SLUG: VIENNA-TALKS / INTRO + PKG",
    "PRESENTER: ANNA HOLT", "REPORTER: JONAS PRIEST (VIENNA)", "STATUS: READY TO AIR", "-----------", "==Kaiyo",
])
def test_terminal_wire_transcript_agency_and_exile_outlet_furniture(line):
    assert is_furniture(line)


def test_a_monitors_comment_heading_keeps_its_paragraph_and_related_items_go():
    page = ("Russian TV on the Paris meeting\n\nChannel One led its bulletin with the Paris meeting, calling it a "
            "gathering of those who want the war to go on.\n\nThe channel quoted the foreign ministry as saying "
            "Moscow saw no role for European observers.\n\nComment\n\nAs after the first round, the channels spared "
            "the US side any criticism, while the French and British leaders were shown in unflattering "
            "close-ups.\n\nRelated items\nKyiv TV hails the Paris pledges (12 Jun)\nAgencies: no date for the next "
            "round (11 Jun)\n")
    cleaned = clean_text(page)
    assert "the channels spared the US side any criticism" in cleaned.text
    assert "Kyiv TV hails" not in cleaned.text and "no date for the next round" not in cleaned.text


def test_a_french_pages_read_also_list_goes_and_its_stamp_under_the_standfirst_dates_it():
    page = ("Ukraine: Paris wants a seat at the Geneva table\nANALYSIS - The French diplomacy pleads for a European "
            "presence in the talks between Russians and Ukrainians; the Kremlin will not hear of it.\n"
            "Published on 12/06/2026 at 19:14, updated on 12/06/2026 at 21:02\n\nThe Quai d'Orsay said on Thursday "
            "it wished to see European observers at the talks, and Moscow answered within hours.\n\nÀ lire aussi\n"
            "Ukraine: in Geneva, the patience of the Swiss mediators\nWhat France could send to Ukraine\n")
    cleaned = clean_text(page)
    assert cleaned.header == ["Published on 12/06/2026 at 19:14, updated on 12/06/2026 at 21:02"]
    assert "Swiss mediators" not in cleaned.text and "What France could send" not in cleaned.text


def test_a_caption_credited_to_a_photographer_and_outlet_goes_with_its_credit():
    page = ("Tallinn presses for a 22nd package\n\nEstonia's foreign minister said on Monday that the EU must list "
            "more shadow-fleet tankers.\n\nForeign Minister Margus Tsahkna arriving at the Council in Brussels on "
            "Monday.\nSource: Kadri Tamm/ERR\n\nHe said the package should be agreed before the winter.\n")
    cleaned = clean_text(page)
    assert "arriving at the Council" not in cleaned.text and "must list more shadow-fleet tankers" in cleaned.text


def test_a_bylines_updated_stamp_on_an_app_page_dates_it():
    page = ("Brieflet\nFor You | Top | World | Live | Saved\n5 THINGS TO KNOW\nThe Vienna talks: what happened\n"
            "By the Brieflet World Desk · Updated Sat, Nov 21, 2026 · 7:05 AM ET\n\n1. A swap, finally on paper\n\n"
            "Two days of talks in Vienna ended Friday with a joint statement from the three delegations.\n\n"
            "A meeting of the leaders could happen before Christmas, Trump wrote.\n")
    assert clean_text(page).header == ["By the Brieflet World Desk · Updated Sat, Nov 21, 2026 · 7:05 AM ET"]


def test_a_forum_threads_depth_markers_and_community_box_are_furniture():
    page = ("Live thread: the Geneva round, day two\n\n"
            "level 1\nu/odesa_watch · 3 hr\n"
            "The delegations met for six hours on Tuesday, the Swiss foreign ministry said.\n"
            "level 2\nu/kyiv_reader · 2 hr\n"
            "Umerov told reporters the talks would resume on Wednesday morning.\n"
            "About Community\n31.4k Members\n912 Online\nCreated Apr 9, 2022\n")
    cleaned = clean_text(page)
    lines = cleaned.text.splitlines()
    for gone in ("level 1", "level 2", "31.4k Members", "Created Apr 9, 2022"):
        assert gone not in lines
    assert "Umerov told reporters the talks would resume on Wednesday morning." in lines


def test_a_players_switches_and_links_set_off_by_an_arrow_are_furniture():
    page = ("Bodies of 1,000 soldiers returned to Ukraine\n\nHD\nTranscript\n5-day forecast »\nAll regional news ›\n"
            "The handover took place on Wednesday, the coordination headquarters said.\n"
            "«We will bring everyone home», the commissioner said.\n")
    lines = clean_text(page).text.splitlines()
    for gone in ("HD", "Transcript", "5-day forecast »", "All regional news ›"):
        assert gone not in lines
    assert "«We will bring everyone home», the commissioner said." in lines


@pytest.mark.parametrize("heading, comments", [
    ("Další zprávy", "Komentáře (12)"),
    ("Prečítajte si aj", "Komentáre (3)"),
    ("Lees ook", "Reacties"),
    ("Διαβάστε επίσης", "Σχόλια"),
])
def test_a_related_list_and_comments_headed_in_the_sources_language_go(heading, comments):
    page = ("Talks resume in Riyadh\n\nThe delegations met in Riyadh on Monday for a third round, officials said.\n\n"
            "The next meeting is planned for early December, the ministry added in a statement.\n\n"
            f"{heading}\nPrague hosts a conference on reconstruction\nStorms expected in Moravia on Monday\n\n"
            f"{comments}\nGreat article, thanks\nJan K.: another round of talk, nothing changes")
    text = clean_text(page).text
    assert "Prague hosts" not in text and "Storms expected" not in text and "Great article" not in text
    assert "planned for early December" in text


def test_a_report_that_mentions_cookies_keeps_its_sentence():
    line = "Nuland handed out cookies on the Maidan in 2013, the diplomat recalled."
    assert not is_furniture(line)


def test_the_model_needs_less_doubt_to_drop_a_label_than_a_sentence(monkeypatch):
    from truceline.ingest import clean

    page = ("Envoys meet in Vienna for a third round\n\nNegotiators met on Monday, officials said.\n\n"
            "Weekly digest for subscribers\n\nThe next round is due in two weeks, the ministry said.\n")
    doubtful = {"Weekly digest for subscribers", "The next round is due in two weeks, the ministry said."}
    monkeypatch.setattr(clean, "furniture_scores", lambda lines, model: [0.75 if s in doubtful else 0.0 for s in lines])
    text = clean.clean_text(page).text
    assert "Weekly digest for subscribers" not in text  # a line that does not end as a sentence: 0.75 is enough
    assert "The next round is due in two weeks, the ministry said." in text  # a sentence needs more


def test_a_date_line_the_model_calls_furniture_above_the_body_goes_and_dates_the_page(monkeypatch):
    from truceline.ingest import clean

    page = ("Kremlin turns down the deadline\n\nMoscow says it will not talk under pressure.\n\n"
            "14.03.2026 | 11:20 horas\n\n"
            "The Kremlin on Saturday turned down the deadline set by Washington, its spokesman told reporters.\n\n"
            "The spokesman said contacts with the American side would go on at every level.\n\n"
            "Reader comment, 15.03.2026 | 09:00\n")
    dated = {"14.03.2026 | 11:20 horas", "Reader comment, 15.03.2026 | 09:00"}
    monkeypatch.setattr(clean, "furniture_scores", lambda lines, model: [0.95 if s in dated else 0.0 for s in lines])
    cleaned = clean.clean_text(page)
    assert "14.03.2026 | 11:20 horas" not in cleaned.text  # above the body: gone, and kept as the page's stamp
    assert cleaned.header == ["14.03.2026 | 11:20 horas"]
    assert "Reader comment, 15.03.2026 | 09:00" in cleaned.text  # below it a dated line stays (a last-edited line)


@pytest.mark.parametrize("heading", ["Komentarji (2)", "Komentāri (2)", "Kommentaarid (2)", "Article reactions"])
def test_reader_comments_under_a_heading_in_the_sources_language_go_and_bound_the_date(heading):
    page = ("Talks resume in Riyadh\n\nThe delegations met in Riyadh on Monday for a third round, officials said.\n\n"
            "The next meeting is planned for early December, the ministry added in a statement.\n\n"
            "The Kremlin did not say who would lead its delegation, and Kyiv has not named its team either.\n\n"
            "Saudi officials said the venue would again be a palace in the diplomatic quarter of the capital.\n\n"
            "A prisoner exchange agreed at the last round is still to take place, the ombudsman said.\n\n"
            "Neither side has published the list of names, and the timing of the swap remains unclear.\n\n"
            "European diplomats said they had not been invited, though they would be briefed afterwards.\n\n"
            "The American envoy is expected in the Saudi capital on Sunday evening, a day before the round.\n\n"
            "In Kyiv, the foreign minister said Ukraine would not discuss territory before a ceasefire.\n\n"
            f"{heading}\n\nmarko_77 · 12.11.2025 at 19:12\n\nAnother round, and again no ceasefire in sight.\n\n"
            "vesna.r · 13.11.2025 at 08:03\n\nRiyadh would be a good place for it, let them all come.\n")
    cleaned = clean_text(page)
    assert "Another round, and again no ceasefire in sight." not in cleaned.text
    assert "Riyadh would be a good place for it, let them all come." not in cleaned.text
    assert cleaned.commented[0] == "marko_77 · 12.11.2025 at 19:12"
    assert "planned for early December" in cleaned.text


def test_reader_comments_right_under_a_tag_list_go_with_their_usernames():
    body = ("The coalition of the willing met in Paris on Thursday, and 26 countries committed themselves to the "
            "guarantees, the French president said after the summit.\n\nThe Kremlin rejected any foreign troops.\n\n"
            "The analyst said the guarantees remain on paper without the Americans.\n\n") * 3
    page = body + ("Pročitajte još\nKremlj: O stranim vojnicima u Ukrajini nema razgovora\nTagovi\nUkrajina\nRusija\n"
                   "Emmanuel Macron\nkoalicija voljnih\nKomentari (23)\nKomentari su stavovi njihovih autora i ne "
                   "odražavaju stavove uredništva portala.\nmarko_st\nOpet se Europljani "
                   "dogovaraju bez Amerikanaca, ništa od toga.\nprije 3 sata\nOdgovori\nDubravka Z.\nDobro je da "
                   "nećemo slati vojnike.\nprije 2 sata\nOdgovori\n")
    cleaned = clean_text(page)
    assert "marko_st" not in cleaned.text and "Dubravka" not in cleaned.text and "Europljani" not in cleaned.text
    assert "The analyst said the guarantees remain on paper" in cleaned.text


def test_a_notice_naming_the_original_language_on_its_line_gives_it():
    cleaned = clean_text("Original text: Finnish · Translated by Google\n\nThe president met the envoy in Helsinki on "
                         "Friday, his office said.")
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (True, "fi")


def test_a_notice_naming_no_language_takes_the_language_of_the_pages_own_furniture():
    page = ("MAGYAR HÍRKAPU\nCímlap  Belföld  Külföld  Gazdaság  Vélemény\nEz a weboldal sütiket használ. Elfogadom | "
            "Beállítások\nSzerző: Farkas Dóra\nMegosztás\nNyomtatás\nHirdetés\n\nThe Hungarian government will not "
            "support the sanctions package in its present form, the minister said on Thursday.\n\nEzt is ajánljuk: "
            "az olaj újra megérkezett, és a kormány szerint ez nem változik meg a következő hetekben sem.\n"
            "Translated with DeepL.com (free version)\n")
    cleaned = clean_text(page)
    assert (cleaned.translation.machine, cleaned.translation.source_language) == (True, "hu")


def test_a_discussion_heading_with_its_count_opens_the_reader_comments():
    body = ("The fifth round of talks in Istanbul lasted two hours, and the delegations agreed to exchange 300 "
            "prisoners for 300, the Turkish foreign minister said on Wednesday.\n\n") * 4
    page = body + ("Discussion (14 contributions)\nPetr_K.: Again they talked, and the drones fly further.\n"
                   "Marie N.: At least the prisoners return home, that is what counts.\n")
    cleaned = clean_text(page)
    assert "Petr_K." not in cleaned.text and "Marie N." not in cleaned.text
    assert "fifth round of talks" in cleaned.text


def _published_of(page: str):
    from truceline.ingest.sources import RawReport
    from truceline.pipeline import prepare
    return prepare(RawReport("page.txt", "text", page)).article.published


def test_a_live_flag_over_a_promo_is_no_masthead_and_its_day_no_page_stamp():
    page = ("News | Politics | World\nLIVE | Parliamentary elections of 28 September: follow our live blog\n\n"
            "Sandu meets Zelensky in New York\n\n25.09.2025, 11:20\n\n"
            "President Maia Sandu met Ukrainian President Volodymyr Zelensky on Wednesday on the sidelines of the UN "
            "General Assembly in New York, the presidential press service announced.")
    assert _published_of(page).value == "2025-09-25"


def test_an_agencys_dateline_set_off_with_a_double_dash_dates_the_report():
    page = ("Foreign minister chairs delegation talks\n\nRiyadh, Jumada Al-Awwal 16, 1448, October 27, 2026, SGPA -- "
            "The Minister of Foreign Affairs chaired yesterday in Riyadh the opening session of the talks between the "
            "delegations, which will continue on Thursday.")
    assert _published_of(page).value == "2026-10-27"


def test_a_bylines_day_set_off_by_slashes_under_a_standfirst_dates_the_report():
    page = ("The Harbour Herald\nHome\nWorld\nOpinion\n\nKyiv and Moscow trade 150 prisoners each at the border\n\n"
            "The swap, brokered by the United Arab Emirates, had been delayed twice this month. Manila welcomed the step.\n\n"
            "Ana Reyes\nManila / Tue, March 10, 2026 / 09:41 am\nShare This Article\n\n"
            "Russia and Ukraine each handed over 150 prisoners of war on Monday, both sides said.")
    assert _published_of(page).value == "2026-03-10"


def test_a_bylines_day_set_off_by_bars_dates_the_report():
    page = ("La Voz del Sur\nInternational\n\nUkraine receives the bodies of 500 soldiers\n\n"
            "The handover, planned for Monday, took place this Wednesday\n\n"
            "Lucía Fernández | Buenos Aires | Thursday, March 12, 2026 | 07:15 hrs\n\n"
            "Ukraine received on Wednesday the bodies of 500 soldiers killed in combat, the coordination "
            "headquarters said.")
    assert _published_of(page).value == "2026-03-12"


def test_a_weekday_the_year_named_does_not_fit_dates_an_undated_report_in_a_later_year_it_fits():
    page = ("Crews leave the line after shelling\n\n"
            "VIENNA (Wire) - Repair crews at the plant, under Russian control since March 2022, withdrew after shelling "
            "hit the area on Friday, Oct. 23, the agency said. The truce had been agreed on Oct. 21.")
    # 23 October was a Sunday in 2022 and a Friday in 2026 (and in 2020, before the year the report names)
    assert _published_of(page).value == "2026-10-23"


def test_captions_closed_by_a_slashed_source_or_a_courtesy_line_and_a_player_at_zero_are_furniture():
    page = ("Tallinn backs the new package\n\nEstonia's foreign minister said on Monday the package must pass this "
            "month.\n\nThe foreign minister in Tallinn. Source: Mart Kask/EAM\n\n00:00\n\n"
            "Released soldiers arrive at a hospital in Chernihiv on Sunday. (Courtesy of the Ukrainian ombudsman)\n\n"
            "He added that Estonia would press for more listed tankers.")
    cleaned = clean_text(page)
    assert "Mart Kask" not in cleaned.text and "Courtesy" not in cleaned.text and "00:00" not in cleaned.text
    assert "must pass this month" in cleaned.text and "more listed tankers" in cleaned.text


def test_a_sponsors_line_a_galleries_buttons_a_polls_label_and_a_bare_read_also_are_furniture():
    page = ("Ukraine and Russia swap prisoners\n\nUkraine and Russia exchanged 84 prisoners each on Friday, the "
            "ombudsman said.\n\nSPONSORED\nBriefings Live — join our analysts on 3 December, 15:00 CET.\n\n"
            "Fullscreen\nShow captions\n\nAnonymous Poll\n\nČtěte také\n\n"
            "The next exchange is expected before the end of the year, he added.")
    cleaned = clean_text(page)
    for gone in ("Briefings Live", "Fullscreen", "Show captions", "Anonymous Poll", "Čtěte také"):
        assert gone not in cleaned.text
    assert "exchanged 84 prisoners" in cleaned.text and "before the end of the year" in cleaned.text


def test_an_advertisements_label_leaves_the_paragraph_under_it():
    page = ("Talks resume in Geneva\n\nThe delegations met on Tuesday in Geneva, officials said.\n\nAdvertisement\n"
            "The next round is planned for March, the ministry said.\n\nIt gave no other details.")
    assert "The next round is planned for March" in clean_text(page).text


def test_a_numbered_table_of_contents_does_not_date_an_encyclopedia_page_nor_do_its_references():
    page = ("Main menu\nContents\n1 Background\n2 February 2026\n3 March 2026\n4 Reactions\n\n"
            "Timeline of the humanitarian contacts (2026)\n\n"
            "The humanitarian contacts are a series of meetings in 2026 in which Qatar mediated between Russia and "
            "Ukraine.[1]\n\n"
            "February 2026[edit]\n3 February – The envoys met in Doha.[2]\n\n"
            "March 2026[edit]\n20 March – The Holy See announced that the meeting would take place on 26 March.[3] "
            "A further group of children could follow before Easter.[3]\n\n"
            "References[edit]\n^ a b The Ledger, 28 February 2026.\n^ Press Office, bulletin, 20 March 2026.")
    published = _published_of(page)
    assert published.value == "2026-03-20" and published.mod == "ON_OR_AFTER"


def test_a_standfirsts_day_gives_way_to_the_stamp_with_its_year_under_it():
    page = ("Children of Ukraine: the envoys will not meet Thursday\n\n"
            "The new date indicated by the Holy See is 5 March. Meanwhile in Doha 23 minors have returned home\n\n"
            "di Chiara Valsecchi\n\n17 February 2026 | 09:42\n\n"
            "The meeting in Rome between the envoys of Russia and Ukraine, due this Thursday, slips, the Holy See said.")
    assert _published_of(page).value == "2026-02-17"
