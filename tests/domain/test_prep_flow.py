from domain.model import FollowUp, Prep
from domain.prep_flow import PREP_SOURCES, prefilled, taken_from_prep


def test_the_prep_fills_the_empty_follow_up_fields_it_maps_to():
    prep = Prep(
        facts_known="The pallets left a week late.",
        facts_unknown="internal: whether the carrier can catch up",
        impact="Your launch moves.",
        plan="Ship Friday.",
        amends="Free express freight.",
        who_knows="internal: Sam and the board",
    )
    follow_up = prefilled(FollowUp(what_it_means="Written already."), prep)
    assert follow_up.what_happened == "The pallets left a week late."
    assert follow_up.what_it_means == "Written already."  # never overwritten
    assert follow_up.what_we_do == "Ship Friday."
    assert follow_up.amends == "Free express freight."
    # Unknowns and who knows internally are not client-facing: never copied.
    assert "internal" not in " ".join(vars(follow_up).values())
    assert taken_from_prep(follow_up, prep) == {"what_happened", "what_we_do", "amends"}


def test_an_edited_field_is_no_longer_marked_as_from_the_prep():
    prep = Prep(facts_known="Late.", plan="Ship Friday.")
    follow_up = prefilled(FollowUp(), prep)
    follow_up.what_happened = "Late. We are sorry."
    assert taken_from_prep(follow_up, prep) == {"what_we_do"}


def test_empty_prep_changes_nothing():
    follow_up = FollowUp(what_happened="x")
    assert prefilled(follow_up, Prep()) is follow_up
    assert taken_from_prep(FollowUp(), Prep()) == set()
    assert set(PREP_SOURCES.values()) <= set(Prep.field_names())
