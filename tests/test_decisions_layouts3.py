"""Six more minutes layouts (evals/layouts3, a dev set): a Police and Crime Panel, an NHS foundation
trust's Council of Governors, a Scottish council committee ("MINUTE of MEETING", "The Committee
agreed:-"), a fire and rescue authority, a joint committee with roman-numeral parts, and a county
Cabinet's "Decision made:" points.

Written by someone who had not read the extractor; measured before any change for them: precision
0.844, recall 0.456, meeting date 1.000, outcome 0.781 (79 labels). These tests hold what they taught it.
"""

from __future__ import annotations

from pathlib import Path

from conftest import find_record

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "evals" / "layouts3"  # the set the shared ``records`` fixture (conftest.py) reads
LABELS = LAYOUTS / "decisions-layouts3.jsonl"




def test_parts_numbered_inside_one_sentence(records):
    name = "police-crime-panel-minutes-2025-02-04.pdf"
    note = find_record(records, name, "note the report")
    assert (note.outcome, note.lead_in) == ("noted", "The Panel RESOLVED to:")
    assert find_record(records, name, "recommend to the Commissioner that the 101").outcome == "recommended"
    recs = [r for r in records[name] if r.lead_in.startswith("The Panel made the following recommendations")]
    assert len(recs) == 3 and {r.kind for r in recs} == {"recommendation"}


def test_a_scottish_minute_and_its_agreed_list(records):
    from boardbot.parsing.document import load
    from boardbot.parsing.pdf_reader import PypdfReader

    name = "education-childrens-services-committee-minute-2024-11-19.pdf"
    assert load(LAYOUTS / "papers" / name, PypdfReader(), None).meta.doc_type == "minutes"  # "MINUTE of MEETING"
    approve = find_record(records, name, "to approve the Raising Attainment Strategy")
    assert approve.outcome == "approved" and approve.lead_in.startswith("The Committee agreed:-")
    assert find_record(records, name, "The Committee agreed to continue consideration").outcome == "deferred"


def test_governors_decision_made_points_and_votes_in_words(records):
    gov = find_record(records, "council-of-governors-minutes-2025-01-21.pdf", "The Governors RATIFIED the appointment")
    assert gov.outcome == "ratified"
    cab = find_record(records, "county-cabinet-minutes-2025-01-16.pdf", "To approve the Highways Capital Programme")
    assert cab.lead_in.startswith("Decision made:") and cab.outcome == "approved"
    fire = find_record(records, "fire-rescue-authority-minutes-2025-02-20.pdf", "Members RESOLVED, by 12 votes to 3")
    assert fire.outcome == "approved"  # not the lost amendment's outcome before it
    appoint = find_record(records, "fire-rescue-authority-minutes-2025-02-20.pdf", "Members RESOLVED to appoint")
    assert (appoint.kind, appoint.outcome) == ("approval", "approved")


def test_an_owner_tag_makes_the_sentence_before_it_an_action(records):
    name = "council-of-governors-minutes-2025-01-21.pdf"
    publish = find_record(records, name, "The Company Secretary will publish the notice of election")
    assert (publish.kind, publish.owner, publish.deadline) == ("action", "Company Secretary", "3 March 2025")
    assert "ACTION" not in publish.text
    assert find_record(records, name, "The Company Secretary to circulate the revised").kind == "action"
    # a sentence already a decision keeps its kind: the tag only says who arranges it
    assert find_record(records, name, "It was agreed that a development session").kind != "action"


def test_a_proposal_by_members_named_without_a_title(records):
    rec = find_record(records, "council-of-governors-minutes-2025-01-21.pdf", "It was proposed by Jean Whitford")
    assert (rec.proposer, rec.seconder, rec.outcome) == ("Jean Whitford", "Professor Neil Garvey", "agreed")
    assert rec.text.endswith("this was agreed unanimously.")  # the clause after the semicolon is its outcome
