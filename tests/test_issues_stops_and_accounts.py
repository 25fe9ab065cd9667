"""Residents' issues on long pages: issues stay at the stop where they were raised,
an account's problems after a concession, the points of reported speech.

Every fixture is invented for its test (names, places and wording).  Each test
states the whole set of issues the text holds.
"""

from tests.extraction import facts_of, issues


def at(place: str, *labels: str) -> set[tuple[str, str]]:
    return {(place, label) for label in labels}


# ------------------------------------------------------------------ placement: at the stop
def test_a_spot_inside_the_stop_is_no_place_of_its_own():
    # 在X中心的晒谷场上: where in the hamlet the villagers stood, not a stop
    text = (
        "2025年6月3日，副镇长罗斌来到石门村的下寨村民小组。"
        "在寨子中心的晒谷场上，村民组长杨石说，寨子里的路灯坏了半年。"
    )
    assert issues(facts_of(text)) == at("下寨村民小组", "路灯坏了半年")


def test_a_flat_of_the_estate_is_no_place_of_its_own():
    # 在六号楼一单元: where inside the estate the resident stood, not a stop
    text = (
        "2025年1月9日，副区长林涛来到安和街道红枫小区，走进居民家中察看。"
        "在六号楼一单元，居民周大妈说，家里暖气不热。"
    )
    assert issues(facts_of(text)) == at("红枫小区", "家里暖气不热")
