"""Fields of work an official asks about, session 60 (qa60).

听取群众对X的意见建议 names what the officials asked about.  A season of farm work named by its work
(春耕生产, 秋收工作: `issue_themes.tsv` farming), the village with its groups (村组建设), and fields
joined in one topic are fields of work, no matter raised; a matter of the season (春耕用水难) stays.

Every fixture is invented (names, places and wording).
"""

import pytest

from tests.extraction import facts_of, issues

pytestmark = pytest.mark.fast

VISIT = "4月20日，镇长蒲晓东深入柏林村，走田埂、进农户，"


def labels(text: str) -> set[str]:
    return {label for _, label in issues(facts_of(VISIT + text))}


def test_a_farming_season_heard_about_is_no_issue():
    assert labels("听取村民对秋收工作的意见建议。") == set()


def test_fields_joined_in_one_topic_are_no_issue():
    assert labels("听取群众对春耕生产和村组建设的意见建议。") == set()


def test_a_matter_of_the_season_stays():
    assert labels("听取村民对春耕用水难的意见。") == {"春耕用水难"}
