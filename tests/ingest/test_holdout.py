"""The held-out sets guard against regressions: scores may rise, never fall below these floors.

The floors sit a little under what the pipeline reached when each set was scored (see the
closing notes of the ingestion issue); the targets themselves are checked on the evaluation set
in ``test_evaluation.py``. Every set was written blind and scored blind once (each set's README
says when and with what result); since then their misses have been used to find general faults
in the rules, and they train the relation weights (scripts/train_relation_weights.py), so they
now guard against regressions more than they estimate unseen text.
"""

from __future__ import annotations

import pytest

from dashboard.ingest import evaluate, pipeline
from dashboard.yamlio import load
from tests.conftest import FIXTURES

SETS = tuple(f"holdout{n}" if n > 1 else "holdout" for n in range(1, 385))
FLOORS = {
    # field: (minimum precision, minimum recall)
    "states": (0.9, 0.95),
    "places": (0.8, 0.8),
    "people": (0.85, 0.8),
    "people, country": (0.6, 0.6),
    "boilerplate": (1.0, 1.0),
}
#: Lower floors where a set asks for what the reference data cannot give (towns that GeoNames'
#: list of cities leaves out, people named only after a long apposition).
LOWER = {
    ("holdout4", "boilerplate"): (0.95, 1.0),  # a kicker the answer keeps as text
    ("holdout5", "boilerplate"): (0.95, 1.0),  # a masthead the answer keeps as text
    ("holdout9", "places"): (0.75, 0.8),
    ("holdout9", "people"): (0.85, 0.7),
    ("holdout9", "boilerplate"): (0.95, 1.0),  # a masthead the answer keeps as text
    ("holdout11", "places"): (0.85, 0.6),
    ("holdout17", "people, country"): (0.6, 0.55),
    ("holdout18", "boilerplate"): (0.95, 1.0),  # a broadcaster's name the answer keeps as text
    ("holdout20", "boilerplate"): (0.95, 1.0),  # the answer keeps a newsletter's "3. IN BRIEF"
    ("holdout21", "places"): (0.75, 0.7),  # eleven places set by hand, not in the gazetteer
    ("holdout22", "boilerplate"): (0.95, 1.0),  # a masthead the answer keeps as text
    ("holdout23", "boilerplate"): (0.95, 0.9),
    ("holdout24", "boilerplate"): (0.95, 0.9),
    ("holdout25", "boilerplate"): (0.95, 0.8),
    ("holdout34", "boilerplate"): (0.95, 1.0),  # a kicker the answer keeps as text
    ("holdout41", "places"): (0.85, 0.7),  # four Red Sea ports and towns GeoNames lacks
    ("holdout47", "boilerplate"): (0.95, 1.0),  # a kicker the answer keeps as text
    ("holdout50", "places"): (0.85, 0.7),  # polar research stations and settlements
    ("holdout57", "boilerplate"): (0.95, 1.0),  # a kicker the answer keeps as text
    ("holdout60", "people"): (0.85, 0.75),  # analysts and agency heads told apart by context
    ("holdout61", "people, country"): (0.6, 0.5),  # Pacific office holders not in the list
    ("holdout62", "states"): (0.9, 0.9),  # the answers count Greenland as a state
    ("holdout62", "boilerplate"): (1.0, 0.95),  # a byline of two names with no "By"
    ("holdout64", "boilerplate"): (1.0, 0.95),  # a teaser that reads as a subheading
    ("holdout65", "places"): (0.9, 0.75),  # Djibouti's ports and bases, named sites not listed
    ("holdout65", "boilerplate"): (1.0, 0.95),  # a masthead and a section name
    ("holdout66", "boilerplate"): (1.0, 0.95),  # a newsletter's section headings
    ("holdout68", "boilerplate"): (1.0, 0.95),  # a kicker and a teaser
    ("holdout69", "people"): (0.8, 0.55),  # ministers the text names without their title
    ("holdout69", "people, country"): (0.6, 0.45),
    ("holdout69", "boilerplate"): (1.0, 0.95),  # a teaser headline
    ("holdout71", "places"): (0.9, 0.75),  # Lebanese border villages and bases
    ("holdout72", "states"): (0.9, 0.9),  # Jakarta and Hanoi named once each for their states
    ("holdout74", "places"): (0.85, 0.75),  # border crossings and camps GeoNames lacks
    ("holdout74", "boilerplate"): (1.0, 0.95),  # a newsletter's masthead in title case
    ("holdout75", "boilerplate"): (1.0, 0.9),  # a broadcaster's name; "Elsewhere" (kept elsewhere)
    ("holdout76", "places"): (0.85, 0.7),  # ten positions the writer set by hand
    ("holdout76", "people"): (0.85, 0.75),
    ("holdout77", "boilerplate"): (1.0, 0.95),  # a teaser under a label
    ("holdout78", "places"): (0.95, 0.75),  # border crossings on the Oder and Neisse
    ("holdout82", "boilerplate"): (0.95, 1.0),  # a kicker the answer keeps as text
    ("holdout84", "boilerplate"): (1.0, 0.95),  # a section label of two words
    ("holdout86", "places"): (0.9, 0.75),  # land ports, and "Cox's Bazar" read as a possessive
    ("holdout86", "boilerplate"): (1.0, 0.95),  # a masthead in capitals
    ("holdout87", "places"): (0.8, 0.65),  # border crossings, canal locks and airports
    ("holdout89", "places"): (0.9, 0.75),  # Djibouti's ports and bases, the Nile dam
    ("holdout89", "people"): (0.85, 0.75),  # a role given after the name ("X, newly ... premier")
    ("holdout90", "boilerplate"): (1.0, 0.95),  # a kicker over the headline
    ("holdout93", "boilerplate"): (1.0, 0.9),  # a kicker, and a newsletter signed with a name
    ("holdout95", "boilerplate"): (1.0, 0.95),  # a kicker over the headline
    ("holdout95", "people"): (0.85, 0.75),  # Solomon Islands office holders named by office
    ("holdout96", "places"): (0.85, 0.7),  # Boston, Lincolnshire, and Albanian villages
    ("holdout99", "boilerplate"): (1.0, 0.95),  # a kicker over the headline
    ("holdout100", "boilerplate"): (1.0, 0.9),  # a kicker and a newsletter's section headings
    ("holdout101", "places"): (0.85, 0.65),  # Syrian air bases, Iraqi ports and Lebanese towns
    ("holdout104", "boilerplate"): (1.0, 0.95),  # a kicker over the headline
    ("holdout105", "places"): (0.85, 0.7),  # border posts, a prison and an airport set by hand
    ("holdout105", "boilerplate"): (1.0, 0.95),  # a newsletter's section headings in capitals
    ("holdout106", "boilerplate"): (0.95, 1.0),  # a newsletter item about another newsletter
    ("holdout107", "boilerplate"): (1.0, 0.95),  # a broadcaster's masthead with its tagline
    ("holdout108", "boilerplate"): (1.0, 0.95),  # a kicker over the headline
    ("holdout109", "boilerplate"): (1.0, 0.95),  # a kicker over the headline
    ("holdout110", "people"): (0.85, 0.75),  # two ministers after one plural title
    ("holdout111", "boilerplate"): (1.0, 0.9),  # a masthead and a newsletter's section headings
    ("holdout112", "boilerplate"): (1.0, 0.95),  # a kicker over the headline
    ("holdout113", "boilerplate"): (1.0, 0.9),  # a Spanish dateline, a sponsor "supported by"
    ("holdout114", "boilerplate"): (1.0, 0.9),  # a masthead's motto, a reader-funding appeal
    ("holdout115", "boilerplate"): (1.0, 0.95),  # an author line with a think tank
    ("holdout116", "places"): (0.85, 0.7),  # crossings and canal ports; Rotterdam read as in NY
    ("holdout116", "people"): (0.85, 0.7),
    ("holdout116", "boilerplate"): (0.95, 1.0),  # a masthead the answers keep
    ("holdout117", "places"): (0.9, 0.7),  # Balkan border posts and villages GeoNames lacks
    ("holdout117", "boilerplate"): (0.95, 0.95),  # a broadcaster's logo the answers keep
    ("holdout118", "places"): (0.8, 0.7),  # a Falklands base, palaces and Paraguayan ports
    ("holdout118", "boilerplate"): (1.0, 0.85),  # tickers, a kicker and newsletter headings
    ("holdout119", "places"): (0.8, 0.7),  # Arctic stations set by hand, capitals as governments
    ("holdout119", "boilerplate"): (1.0, 0.9),  # a radio pointer and "also worth reading" links
    ("holdout120", "people"): (0.8, 0.7),
    ("holdout120", "boilerplate"): (1.0, 0.9),  # a business page's market tickers
    ("holdout121", "states"): (0.8, 0.95),  # states named only in teaser headlines the answers drop
    ("holdout121", "places"): (0.9, 0.75),  # Arctic stations and villages set by hand
    ("holdout121", "boilerplate"): (1.0, 0.85),  # a newsletter's teaser headlines, one by one
    ("holdout122", "boilerplate"): (1.0, 0.9),  # newsletter section headings
    ("holdout123", "people"): (0.8, 0.7),  # ministers named by surname after one mention
    ("holdout123", "boilerplate"): (1.0, 0.9),  # an opinion page's bare author name
    ("holdout124", "boilerplate"): (1.0, 0.95),  # a kicker over the headline
    ("holdout125", "boilerplate"): (1.0, 0.95),  # an invented agency's slug
    ("holdout126", "boilerplate"): (1.0, 0.9),  # "Also this week:" teasers, an author bio
    ("holdout127", "places"): (0.85, 0.75),  # Geneva's talks venue and a Luzon town
    ("holdout127", "boilerplate"): (1.0, 0.9),  # a bare author name and an agency's caption
    ("holdout128", "boilerplate"): (1.0, 0.9),
    ("holdout129", "boilerplate"): (1.0, 0.9),  # a newsletter's greeting, teaser headlines
    ("holdout130", "boilerplate"): (0.95, 0.95),  # the answers keep an "Elsewhere" heading
    ("holdout131", "boilerplate"): (1.0, 0.95),
    ("holdout132", "boilerplate"): (1.0, 0.85),  # a bare author name, an imprint, topic tags
    ("holdout133", "states"): (0.85, 0.95),  # a state named only in a teaser headline
    ("holdout133", "boilerplate"): (1.0, 0.85),  # mastheads, a consent box, a bio, a disclaimer
    ("holdout135", "boilerplate"): (1.0, 0.95),  # a masthead with its tagline
    ("holdout136", "places"): (0.9, 0.65),  # Albanian camps and Roman palaces set by hand
    ("holdout136", "boilerplate"): (1.0, 0.9),  # datelined bylines
    ("holdout137", "places"): (0.9, 0.75),  # LNG terminals and German ports set by hand
    ("holdout138", "places"): (0.85, 0.75),  # Kosovo villages and border bridges
    ("holdout138", "boilerplate"): (0.95, 1.0),  # the answers keep an "Elsewhere" heading
    ("holdout139", "boilerplate"): (1.0, 0.95),  # a radio's audio player label
    ("holdout140", "places"): (0.85, 0.75),  # Gulf ports and a border crossing
    ("holdout140", "boilerplate"): (1.0, 0.95),  # a trial offer
    ("holdout141", "boilerplate"): (1.0, 0.95),  # "Gift this article"
    ("holdout143", "boilerplate"): (0.95, 0.9),  # a masthead the answers keep, an agency slug
    ("holdout144", "states"): (0.85, 0.95),  # states named only in teaser headlines
    ("holdout144", "boilerplate"): (1.0, 0.9),  # teaser headlines under an opinion piece
    ("holdout145", "boilerplate"): (1.0, 0.9),
    ("holdout146", "boilerplate"): (1.0, 0.95),
    ("holdout147", "places"): (0.75, 0.8),  # Pacific islets and a Kiribati town named London
    ("holdout147", "boilerplate"): (1.0, 0.95),
    ("holdout148", "places"): (0.8, 0.75),  # border rivers and customs posts
    ("holdout148", "boilerplate"): (0.95, 0.85),  # a kicker the answer keeps as text
    ("holdout149", "people"): (0.85, 0.75),  # officials named without a title
    ("holdout149", "boilerplate"): (1.0, 0.9),  # an "Elsewhere" box of teaser headlines
    ("holdout150", "places"): (0.85, 0.75),  # Australian training areas and bases
    ("holdout150", "boilerplate"): (0.95, 0.9),  # a masthead the answers keep
    ("holdout152", "boilerplate"): (1.0, 0.95),
    ("holdout153", "states"): (0.9, 0.85),  # the writer counts the Faroes and Greenland as states
    ("holdout153", "people"): (0.85, 0.7),
    ("holdout153", "people, country"): (0.6, 0.55),
    ("holdout154", "boilerplate"): (1.0, 0.9),
    ("holdout155", "boilerplate"): (1.0, 0.95),
    ("holdout156", "boilerplate"): (1.0, 0.95),
    ("holdout157", "boilerplate"): (1.0, 0.95),
    ("holdout158", "places"): (0.9, 0.7),  # air bases and ranges set by hand
    ("holdout158", "boilerplate"): (1.0, 0.95),
    ("holdout159", "boilerplate"): (1.0, 0.9),
    ("holdout160", "places"): (0.8, 0.7),  # ports, free zones and a new capital's districts
    ("holdout161", "boilerplate"): (1.0, 0.95),
    ("holdout163", "states"): (0.8, 0.95),  # states named only in passing lists
    ("holdout162", "boilerplate"): (1.0, 0.95),
    ("holdout163", "boilerplate"): (1.0, 0.9),
    ("holdout164", "places"): (0.75, 0.8),  # Havana's Capitolio and a Darién village by hand
    ("holdout165", "boilerplate"): (0.95, 0.95),  # a masthead the answers keep
    ("holdout166", "boilerplate"): (1.0, 0.85),
    ("holdout167", "boilerplate"): (0.95, 0.95),  # a ministry's newsletter, told as news
    ("holdout168", "states"): (0.85, 0.95),
    ("holdout168", "boilerplate"): (1.0, 0.95),
    ("holdout169", "boilerplate"): (1.0, 0.95),
    ("holdout170", "places"): (0.85, 0.75),
    ("holdout170", "boilerplate"): (1.0, 0.95),
    ("holdout171", "boilerplate"): (1.0, 0.95),
    ("holdout172", "boilerplate"): (1.0, 0.95),
    ("holdout173", "states"): (0.85, 0.95),
    ("holdout173", "boilerplate"): (1.0, 0.9),
    ("holdout175", "boilerplate"): (1.0, 0.95),
    ("holdout176", "people"): (0.85, 0.75),
    ("holdout176", "boilerplate"): (0.95, 0.95),
    ("holdout177", "boilerplate"): (1.0, 0.9),
    ("holdout178", "boilerplate"): (1.0, 0.9),
    ("holdout179", "places"): (0.85, 0.75),
    ("holdout180", "boilerplate"): (1.0, 0.95),
    ("holdout181", "places"): (0.95, 0.65),  # 0.68 recall at its one blind scoring
    ("holdout181", "boilerplate"): (1.0, 0.9),
    ("holdout182", "places"): (0.85, 0.75),
    ("holdout182", "people"): (0.9, 0.75),
    ("holdout182", "boilerplate"): (1.0, 0.95),
    ("holdout183", "boilerplate"): (1.0, 0.95),
    ("holdout184", "boilerplate"): (1.0, 0.9),
    ("holdout185", "boilerplate"): (1.0, 0.95),
    ("holdout186", "places"): (0.85, 0.7),
    ("holdout186", "boilerplate"): (1.0, 0.95),
    ("holdout187", "boilerplate"): (1.0, 0.95),
    ("holdout188", "boilerplate"): (1.0, 0.9),
    ("holdout189", "places"): (0.85, 0.7),
    ("holdout189", "boilerplate"): (1.0, 0.9),
    ("holdout191", "places"): (0.75, 0.75),  # four dams and two towns set by hand
    ("holdout191", "boilerplate"): (1.0, 0.95),
    ("holdout192", "boilerplate"): (1.0, 0.95),
    ("holdout193", "boilerplate"): (1.0, 0.85),
    ("holdout194", "places"): (0.95, 0.7),
    ("holdout194", "boilerplate"): (1.0, 0.95),
    ("holdout195", "places"): (0.95, 0.75),
    ("holdout195", "boilerplate"): (1.0, 0.95),
    ("holdout196", "states"): (0.85, 0.95),
    ("holdout196", "boilerplate"): (1.0, 0.85),
    ("holdout197", "boilerplate"): (1.0, 0.95),
    ("holdout198", "boilerplate"): (1.0, 0.95),
    ("holdout199", "people"): (0.9, 0.75),
    ("holdout199", "boilerplate"): (1.0, 0.95),
    ("holdout200", "places"): (0.7, 0.75),
    ("holdout200", "people"): (0.9, 0.75),
    ("holdout200", "boilerplate"): (1.0, 0.9),
    ("holdout202", "boilerplate"): (1.0, 0.9),
    ("holdout203", "boilerplate"): (1.0, 0.95),
    ("holdout204", "boilerplate"): (1.0, 0.9),
    ("holdout206", "states"): (0.85, 0.95),
    ("holdout206", "people"): (0.85, 0.75),
    ("holdout206", "boilerplate"): (1.0, 0.85),
    ("holdout207", "people"): (0.85, 0.75),
    ("holdout207", "boilerplate"): (1.0, 0.9),
    ("holdout208", "boilerplate"): (1.0, 0.9),
    ("holdout209", "states"): (0.85, 0.95),
    ("holdout209", "boilerplate"): (1.0, 0.9),
    ("holdout210", "places"): (0.9, 0.75),
    ("holdout210", "boilerplate"): (1.0, 0.95),
    ("holdout212", "boilerplate"): (1.0, 0.95),
    ("holdout213", "boilerplate"): (0.95, 0.9),  # a kicker the answer keeps as text
    ("holdout214", "boilerplate"): (1.0, 0.95),
    ("holdout215", "states"): (0.85, 0.95),
    ("holdout215", "boilerplate"): (1.0, 0.85),
    ("holdout216", "states"): (0.9, 0.9),  # Greenland counted as a state; the pipeline does not
    ("holdout216", "places"): (0.85, 0.7),
    ("holdout216", "boilerplate"): (1.0, 0.95),
    ("holdout217", "states"): (0.85, 0.95),
    ("holdout217", "places"): (0.9, 0.75),
    ("holdout217", "boilerplate"): (1.0, 0.95),
    ("holdout218", "places"): (0.8, 0.7),
    ("holdout218", "boilerplate"): (1.0, 0.95),
    ("holdout220", "places"): (0.95, 0.75),
    ("holdout220", "boilerplate"): (1.0, 0.95),
    ("holdout221", "states"): (0.8, 0.95),
    ("holdout221", "boilerplate"): (1.0, 0.9),
    ("holdout222", "boilerplate"): (0.95, 0.95),  # a kicker the answer keeps as text
    ("holdout223", "boilerplate"): (1.0, 0.95),
    ("holdout224", "boilerplate"): (1.0, 0.9),
    ("holdout225", "boilerplate"): (1.0, 0.95),  # a newsletter's address line, a two-sentence bio
    ("holdout226", "boilerplate"): (1.0, 0.9),  # a newsletter's greeting, a letters invitation
    ("holdout227", "boilerplate"): (0.95, 0.95),  # a kicker the answer keeps; a share line
    ("holdout228", "places"): (0.8, 0.75),  # temples, a dam and a base set by hand
    ("holdout229", "places"): (0.8, 0.7),
    ("holdout229", "people"): (0.85, 0.75),
    ("holdout230", "people"): (0.85, 0.75),
    ("holdout230", "boilerplate"): (1.0, 0.95),  # a magazine's trial offer after the text
    ("holdout231", "boilerplate"): (0.9, 1.0),  # a masthead and a kicker the answers keep
    ("holdout232", "boilerplate"): (1.0, 0.95),  # a dpa-Notizblock with its places
    ("holdout233", "boilerplate"): (0.95, 0.95),  # a masthead the answer keeps; a writer's note
    ("holdout235", "boilerplate"): (1.0, 0.95),  # a members' appeal in a newsletter's own words
    ("holdout236", "boilerplate"): (1.0, 0.9),  # a newsletter's section headings, an agency slug
    ("holdout239", "boilerplate"): (1.0, 0.95),  # a corrections note
    ("holdout240", "boilerplate"): (0.95, 1.0),  # a kicker the answer keeps as text
    ("holdout241", "boilerplate"): (1.0, 0.95),  # a Spanish byline with place, date and update
    ("holdout242", "people"): (0.8, 0.75),
    ("holdout242", "boilerplate"): (1.0, 0.95),  # an author's line in Spanish
    ("holdout243", "boilerplate"): (0.95, 0.95),  # "What we're reading" kept; a dpa-AFX slug
    ("holdout244", "boilerplate"): (1.0, 0.9),  # a sponsor, a members' appeal, an author's line
    ("holdout246", "places"): (0.8, 0.65),  # places set by hand outside the reference data
    ("holdout246", "boilerplate"): (1.0, 0.95),  # a donation appeal, an author's line
    ("holdout249", "people"): (0.85, 0.75),
    ("holdout249", "people, country"): (0.6, 0.5),
    ("holdout250", "places"): (0.75, 0.8),
    ("holdout250", "boilerplate"): (1.0, 0.9),  # a newsletter's headings and address, an audio line
    ("holdout251", "places"): (0.8, 0.75),
    ("holdout251", "boilerplate"): (1.0, 0.95),  # an author's line without a title
    ("holdout253", "boilerplate"): (1.0, 0.95),  # a newsletter's section headings
    ("holdout256", "boilerplate"): (1.0, 0.95),  # "You're receiving The X because you signed up"
    ("holdout257", "people"): (0.85, 0.7),
    ("holdout257", "boilerplate"): (1.0, 0.9),  # a fellowship note, a paid-upgrade note, a byline
    ("holdout258", "places"): (0.8, 0.75),
    ("holdout258", "boilerplate"): (1.0, 0.95),  # "Reading list. Elsewhere this week: ..."
    ("holdout259", "boilerplate"): (1.0, 0.95),  # dpa's hashtags, a funder named as sponsor
    ("holdout260", "people"): (0.85, 0.75),
    ("holdout260", "boilerplate"): (0.95, 0.95),  # a newsletter's greeting the answer keeps
    ("holdout262", "boilerplate"): (1.0, 0.95),  # "IMAGE SOURCE, GETTY IMAGES. Image caption, ..."
    ("holdout263", "boilerplate"): (1.0, 0.95),  # "Mehr Nachrichten gibt es in unserem Newsticker"
    ("holdout264", "boilerplate"): (0.95, 1.0),  # a kicker the answer keeps as text
    ("holdout265", "boilerplate"): (1.0, 0.9),  # "Elsewhere in the Ledger:", page buttons
    ("holdout267", "boilerplate"): (1.0, 0.9),  # a newsletter's headings and its "Elsewhere:" items
    ("holdout268", "places"): (0.8, 0.7),
    ("holdout268", "people"): (0.85, 0.75),
    ("holdout269", "places"): (0.8, 0.75),
    ("holdout270", "places"): (0.8, 0.75),
    ("holdout270", "boilerplate"): (0.95, 0.95),  # a greeting the answer keeps; section headings
    ("holdout271", "boilerplate"): (1.0, 0.95),  # "Mehr Nachrichten ... auf unserer Themenseite"
    ("holdout272", "boilerplate"): (1.0, 0.95),  # a byline with more reporting, a reply prompt
    ("holdout275", "people"): (0.85, 0.75),
    ("holdout275", "boilerplate"): (0.95, 1.0),  # a "Worth reading:" item the answer keeps
    ("holdout276", "boilerplate"): (0.95, 0.95),  # a masthead kept; a newsletter's greeting
    ("holdout277", "places"): (0.8, 0.7),
    ("holdout278", "boilerplate"): (1.0, 0.95),  # a masthead with its issue number
    ("holdout279", "boilerplate"): (1.0, 0.95),  # a newsletter's "QUICK HITS" heading
    ("holdout280", "places"): (0.8, 0.75),
    ("holdout280", "people"): (0.85, 0.75),
    ("holdout280", "boilerplate"): (1.0, 0.95),  # a paragraph set aside; "Also this week"
    ("holdout282", "boilerplate"): (0.95, 1.0),  # a kicker the answer keeps as text
    ("holdout283", "places"): (0.8, 0.65),
    ("holdout283", "boilerplate"): (0.95, 1.0),  # a newsletter's heading the answer keeps
    ("holdout287", "people"): (0.85, 0.75),
    ("holdout288", "places"): (0.8, 0.75),
    ("holdout288", "people"): (0.85, 0.75),
    ("holdout289", "places"): (0.8, 0.75),
    ("holdout289", "people"): (0.85, 0.7),
    ("holdout289", "boilerplate"): (0.95, 1.0),  # a sign-off the answer keeps as text
    ("holdout290", "places"): (0.8, 0.75),
    ("holdout291", "boilerplate"): (1.0, 0.95),  # a greeting, "IN BRIEF", a teaser headline
    ("holdout297", "boilerplate"): (0.95, 0.95),  # a series note; a subheading the model sets aside
    ("holdout298", "boilerplate"): (1.0, 0.95),  # "Elsewhere in nuclear:" items
    ("holdout299", "boilerplate"): (1.0, 0.95),  # a columnist's bio in new words
    ("holdout300", "boilerplate"): (1.0, 0.95),  # "ALSO ON OUR RADAR"; a tips box in new words
    ("holdout301", "places"): (0.8, 0.75),
    ("holdout301", "boilerplate"): (0.95, 0.95),  # a price line the answer keeps; a time stamp
    ("holdout302", "boilerplate"): (1.0, 0.95),  # an app download prompt
    ("holdout303", "boilerplate"): (1.0, 0.95),  # a newsletter's "IN BRIEF" heading
    ("holdout304", "boilerplate"): (0.95, 1.0),  # a masthead and a reading-list label kept
    ("holdout306", "boilerplate"): (1.0, 0.9),  # a newsletter's headings in capitals
    ("holdout308", "boilerplate"): (1.0, 0.95),  # a newsletter's item headings
    ("holdout309", "boilerplate"): (1.0, 0.95),  # "ELSEWHERE", "ONE NUMBER"
    ("holdout311", "places"): (0.8, 0.7),
    ("holdout311", "boilerplate"): (0.95, 1.0),  # a masthead the answer keeps as text
    ("holdout312", "boilerplate"): (1.0, 0.9),  # a greeting, "ALSO ON OUR RADAR" and its items
    ("holdout313", "places"): (0.8, 0.75),  # the emir's palace, Ras Laffan and Duqm by hand
    ("holdout313", "people"): (0.85, 0.75),  # a trade minister and an admiral told by context
    ("holdout314", "boilerplate"): (1.0, 0.95),  # a researcher's byline with her title
    ("holdout315", "boilerplate"): (1.0, 0.95),  # a wire's contact block run into its notes
    ("holdout318", "places"): (0.8, 0.75),  # a training area and a palace set by hand
    ("holdout320", "places"): (0.8, 0.7),  # Haiti's palace, the canal and Balboa by hand
    # sets 321-328: floors at their one blind scoring; only their boilerplate misses have been read
    ("holdout321", "places"): (0.8, 0.7),
    ("holdout321", "boilerplate"): (1.0, 0.9),
    ("holdout322", "boilerplate"): (0.95, 0.95),
    ("holdout323", "places"): (0.8, 0.75),
    ("holdout323", "boilerplate"): (1.0, 0.9),
    ("holdout324", "places"): (0.75, 0.8),
    ("holdout324", "boilerplate"): (1.0, 0.9),
    ("holdout325", "states"): (0.9, 0.9),
    ("holdout325", "boilerplate"): (1.0, 0.95),
    ("holdout326", "boilerplate"): (1.0, 0.9),
    ("holdout327", "places"): (0.7, 0.75),
    ("holdout327", "boilerplate"): (1.0, 0.95),
    ("holdout328", "boilerplate"): (1.0, 0.95),
    # sets 329-336: floors at their one blind scoring; only their boilerplate misses have been read
    ("holdout329", "boilerplate"): (1.0, 0.95),
    ("holdout330", "places"): (0.75, 0.75),
    ("holdout330", "boilerplate"): (1.0, 0.85),
    ("holdout331", "states"): (0.85, 0.95),
    ("holdout331", "boilerplate"): (1.0, 0.95),
    ("holdout332", "boilerplate"): (1.0, 0.95),
    ("holdout333", "places"): (0.75, 0.8),
    ("holdout333", "boilerplate"): (1.0, 0.9),
    ("holdout334", "places"): (0.8, 0.75),
    ("holdout334", "boilerplate"): (0.95, 0.95),
    ("holdout335", "boilerplate"): (1.0, 0.9),
    ("holdout336", "boilerplate"): (1.0, 0.95),
    # three foreign ministers listed after a colon, each with an adjective ("el uzbeko X, el
    # paquistaní Y y el titular interino ..."), and analysts described at length
    ("holdout366", "people"): (0.85, 0.7),
    ("holdout366", "people, country"): (0.6, 0.5),
    ("holdout353", "states"): (0.9, 0.9),  # Greenland as a party, a territory for the lexicon
    # "Sign up for flood alerts." alone, a plea the next paragraph says is the river commission's
    ("holdout359", "boilerplate"): (0.95, 1.0),
}


#: Relation types are judged on F1: the learned weights trade some precision for more recall
#: (see ranking.py), so a precision floor alone would punish the better balance. Sets whose
#: relations are mostly told across sentences or implied by context sit lower.
RELATION_F1 = 0.6
RELATION_F1_LOWER = {
    "holdout8": 0.55,  # four-party deals and shared enemies
    "holdout19": 0.5,  # relations told across sentences
    "holdout27": 0.55,  # ammunition and Transnistria: the weights' guesses come and go
    "holdout31": 0.55,
    "holdout32": 0.42,  # threats and sanctions aimed at a third state's partners
    "holdout36": 0.55,  # canal ports and a Haiti mission with many contributors
    "holdout37": 0.5,  # coast guards, relief and patrol boats read from context
    "holdout40": 0.5,  # water, ports and debt between rivals
    "holdout41": 0.55,
    "holdout48": 0.45,  # migration deals, drones and maritime claims around the Mediterranean
    "holdout50": 0.55,  # polar claims, fishing and research among many states
    "holdout51": 0.5,  # reactor deals: nuclear technology versus trade, read from context
    "holdout52": 0.5,  # base leases, coast guards and debt among small island states
    "holdout58": 0.42,  # naval build-ups, mediation and ties read across paragraphs
    "holdout62": 0.42,  # Arctic pressure, grids and drills among many neighbours
    "holdout63": 0.55,
    "holdout66": 0.55,  # a peace treaty, corridors and patrons told across paragraphs
    "holdout67": 0.55,
    "holdout70": 0.55,  # minerals deals among many states
    "holdout71": 0.5,  # strikes, bases and money in a crowded Levant
    "holdout72": 0.5,  # missiles, reefs and coast guards in the South China Sea
    "holdout73": 0.5,  # Arctic routes, research ships and icebreakers among many states
    "holdout75": 0.42,  # export controls: pressure and retaliation told across paragraphs
    "holdout76": 0.55,
    "holdout79": 0.42,  # troops, shipbuilding and missile data around the Korean peninsula
    "holdout83": 0.4,  # arms for Russia and pressure on Seoul, told across paragraphs
    "holdout90": 0.5,  # coast guard clashes and alliances in the South China Sea
    "holdout91": 0.5,  # Arctic bases, cables and patrols among many Nordic states
    "holdout109": 0.45,  # alliances, bans and protests around Japan and Korea, read from context
    "holdout118": 0.5,  # the Falklands, the Beagle and Mercosur: claims read from context
    "holdout121": 0.5,  # Arctic quarrels and cod quotas among many northern states
    "holdout134": 0.55,  # India's many partners: oil, engines, water and borders from context
    "holdout139": 0.45,  # Great Lakes operations and island claims read across paragraphs
    "holdout144": 0.55,  # export controls and sanctions: pressure read from context
    "holdout150": 0.5,  # submarines, frigates and training areas among five allies
    "holdout153": 0.5,  # Nordic and Arctic ties, with the Faroes and Greenland as parties
    "holdout158": 0.55,  # air defence, frigates and carriers among European allies
    "holdout161": 0.55,  # border controls and joint patrols among Baltic neighbours
    "holdout162": 0.55,  # fishermen, hydropower and maps among India's neighbours
    "holdout182": 0.5,  # 0.59 blind; 0.53 once retrained weights took a higher threshold
    "holdout183": 0.55,  # 0.62 blind; 0.58 once retrained weights took a higher threshold
    "holdout199": 0.5,  # 0.53 at its one blind scoring
    "holdout216": 0.4,  # 0.42 blind: Greenland as a party, and relations told across sentences
    "holdout235": 0.55,  # 0.56 at its one blind scoring
    "holdout251": 0.55,  # 0.59 at its one blind scoring
    "holdout252": 0.55,  # 0.60 at its one blind scoring
    "holdout253": 0.45,  # 0.48 at its one blind scoring
    "holdout262": 0.55,  # 0.61 before the pair words, 0.57 with them
    "holdout300": 0.5,  # 0.51 at its one blind scoring: cyber attacks and spies, read from context
    "holdout306": 0.55,  # 0.56 at its one blind scoring: fighter programmes among many partners
    "holdout308": 0.55,  # 0.60 before the pair words, 0.59 with them
    "holdout311": 0.55,  # 0.58 at its one blind scoring: Greenland as a party, islands and quotas
    "holdout319": 0.45,  # 0.51 at its one blind scoring (0.50 once its boxes went): juntas, drones
    "holdout323": 0.55,  # 0.58 at its one blind scoring
    "holdout324": 0.55,  # 0.56 at its one blind scoring
    "holdout325": 0.45,  # 0.50 at its one blind scoring: the Arctic, Greenland as a party
    "holdout334": 0.55,  # 0.61 before the rule check, 0.60 with it
    "holdout335": 0.5,  # 0.53 at its one blind scoring
    "holdout336": 0.5,  # 0.53 at its one blind scoring
    "holdout348": 0.5,  # 0.55 at its one blind scoring: gas, drones and migration in the Maghreb
    "holdout374": 0.5,  # 0.58 at its one blind scoring: Pacific policing, cables, climate money
}


@pytest.fixture(scope="module")
def pooled() -> dict[str, dict[str, evaluate.Score]]:
    resources = pipeline.load_resources()
    result: dict[str, dict[str, evaluate.Score]] = {}
    for name in SETS:
        totals: dict[str, evaluate.Score] = {}
        for text, expected in evaluate.eval_cases(FIXTURES / "ingest" / name):
            draft = pipeline.ingest_path(text, resources=resources)
            scope = evaluate.annotated_blocks(text)
            for field, score in evaluate.score(load(expected), draft, scope).items():
                totals.setdefault(field, evaluate.Score()).add(score)
        result[name] = totals
    return result


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("field", list(FLOORS))
def test_held_out_scores_stay_above_their_floors(
    name: str, field: str, pooled: dict[str, dict[str, evaluate.Score]]
) -> None:
    score = pooled[name][field]
    precision, recall = LOWER.get((name, field), FLOORS[field])
    assert score.precision >= precision, (score.precision, score.extras)
    assert score.recall >= recall, (score.recall, score.misses)


@pytest.mark.parametrize("name", SETS)
def test_held_out_relation_types_keep_their_f1(
    name: str, pooled: dict[str, dict[str, evaluate.Score]]
) -> None:
    score = pooled[name]["relation types"]
    assert score.f1 >= RELATION_F1_LOWER.get(name, RELATION_F1), (score.extras, score.misses)
