"""Issue frames, session 15: raisings the reader made no candidate of at all.

Every fixture is invented (names, places and wording).  Each test states the whole
set of issues its text holds, so an extra issue fails as surely as a missing one.
"""

import pytest

from tests.extraction import at, facts_of, issues, issues_in_village as issues_in


@pytest.mark.fast
def test_residents_described_by_where_they_live_raise():
    # 同楼/同村/对门 + raiser (issue_raiser_modifiers.txt): residents so described,
    # not people met (同 + 村民代表) nor spoken to (对 + 居民)
    assert issues_in("同组村民建议，在村口加装路灯。") == at("石屏村", "在村口加装路灯")
    assert issues_in("同村的几户村民也提出，村里的化粪池经常外溢。") == at("石屏村", "村里的化粪池经常外溢")
    assert issues_in("对门的村民反映，村道的路灯坏了很久。") == at("石屏村", "村道的路灯坏了很久")


@pytest.mark.fast
def test_people_met_or_spoken_to_with_the_same_characters_still_do_not_raise():
    # 同 + 村民代表 is "with the villagers' representatives": the one meeting them speaks
    assert issues_in("柏文同村民代表座谈，提出要把村道修好。") == set()
    assert issues_in("柏文对村民表示感谢，提出要把村道修好。") == set()


@pytest.mark.fast
def test_the_head_of_an_office_reports_difficulties():
    # a title without a name after an office or service unit (issue_office_units.txt)
    got = issues_in("镇民政办负责人也反映了护工工资低、敬老院设施老化等问题。")
    assert got == at("石屏村", "护工工资低", "敬老院设施老化")
    got = issues_in("镇文化站站长谈到，村里的农家书屋藏书太旧。")
    assert got == at("石屏村", "村里的农家书屋藏书太旧")


@pytest.mark.fast
def test_the_head_of_a_department_of_government_is_not_an_office_head():
    # 相关部门负责人 answers for the government; what they say is no residents' issue
    assert issues_in("相关部门负责人反映，村道的路灯坏了很久。") == set()


@pytest.mark.fast
def test_matters_a_raisers_relative_clause_names_open_items():
    # 事情 heads the items after a raiser's relative clause as 问题 does (issue_heads.txt)
    got = issues_in("村民代表们在村部等着，说起的事情很具体：化粪池满溢、村道坑洼多。")
    assert got == at("石屏村", "化粪池满溢", "村道坑洼多")


@pytest.mark.fast
def test_a_quotation_opening_its_paragraph_is_the_resident_named_after_it():
    # “…”第一个开口的是村民X / “书记，…”村民X拉住了…: no speech verb, the first
    # person of the sentence after the quotation says it
    got = issues_in("“我们组的水渠三天两头堵，能不能修一修？”第一个开口的是三组村民郝长庚。")
    assert got == at("石屏村", "我们组的水渠三天两头堵")
    text = (
        "2024年4月8日，县长柏文来到青岚镇石屏村，调研乡村振兴工作。\n\n"
        "“县长，俺组这条机耕道啥时候能修？”在村委会门口，村民邬福生拉住了柏文。"
    )
    assert issues(facts_of(text)) == at("石屏村", "俺组这条机耕道啥时候能修")


@pytest.mark.fast
def test_a_quotation_opening_its_paragraph_before_an_official_is_theirs():
    # the first person named after the quotation is the official: a headline's or
    # the official's own words, no resident's issue
    assert issues_in("“村道的路灯坏了的事一定办好。”柏文在村部对村民们说。") == set()
    assert issues_in("“农家书屋藏书太旧。”面对村民的意见，柏文表示马上更新。") == set()


@pytest.mark.fast
def test_many_voices_at_once_speak_before_a_colon():
    # 你一言我一语 (issue_speech_verbs.txt): the raisers before the colon speak
    got = issues_in("等着看病的村民你一言我一语：村卫生室药品种类少，村道坑洼太多。")
    assert got == at("石屏村", "村卫生室药品种类少", "村道坑洼太多")


@pytest.mark.fast
def test_what_officials_received_at_a_reception_the_residents_raised():
    # 收到 (issue_acts.tsv, shape receive) + a list closed by a head noun
    got = issues_in("柏文在村部接待村民9人次，收到修缮村小操场、增设村口公交站等意见建议。")
    assert got == at("石屏村", "修缮村小操场", "增设村口公交站")
    # no list closed by a head noun: nothing raised
    assert issues_in("柏文收到了村民送来的锦旗，共收集到意见建议12条。") == set()


@pytest.mark.fast
def test_an_official_hosting_the_stop_reports_difficulties():
    # 汇报 (issue_acts.tsv shape report): the one reporting up to the visitors is the
    # stop's host, even holding a post of government, unless they visit in the report
    text = (
        "2024年4月8日，县长柏文来到青岚镇石屏村，调研乡村振兴工作。\n\n"
        "座谈会上，青岚镇党委书记邬立新汇报了走访中梳理的问题清单，主要包括：村小校舍老化，留守儿童看护难。"
    )
    assert issues(facts_of(text)) == at("石屏村", "村小校舍老化", "留守儿童看护难")
    # the visitor's own 汇报 is no residents' issue
    text = "2024年4月8日，县长柏文来到青岚镇石屏村，调研乡村振兴工作。\n\n柏文汇报说，村小校舍老化。"
    assert issues(facts_of(text)) == set()


@pytest.mark.fast
def test_residents_named_by_address_words_raise():
    # 老伯, 妇女 (issue_raisers.txt); a surname after a modifier (对门的李大爷)
    got = issues_in("一位赶集的老伯拦住柏文问：集市里地面总是湿滑，什么时候能改造一下？")
    assert got == at("石屏村", "集市里地面总是湿滑")
    got = issues_in("对门的邬大爷反映，村道的路灯坏了很久。")
    assert got == at("石屏村", "村道的路灯坏了很久")


@pytest.mark.fast
def test_many_voices_in_a_clause_of_their_own_go_on_with_the_speakers_before():
    # 几位村民围拢过来，你一句我一句：A；B — the clause is only a speech verb
    got = issues_in("几位村民围拢过来，你一句我一句：村卫生室药品种类少；村道坑洼太多。")
    assert got == at("石屏村", "村卫生室药品种类少", "村道坑洼太多")
    # an official named in the clause before the colon speaks
    assert issues_in("几位村民围拢过来，柏文说：村卫生室药品要补齐，村道要修好。") == set()
