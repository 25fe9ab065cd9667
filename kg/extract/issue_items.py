"""Issue items: a raw stretch of content cut into items and trimmed to their core.

Functions on strings (the analyser reads a part joined by 和/及/与, `conjunctions`): `split_items` cuts a topic list (on 、/以及/还有, and on
和/及/与 between longer items), `trim` strips connectives, acts and closing head
nouns, `keep` drops what is no issue (vague words, back-references, follow-ups,
counts, results).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract import issue_words
from kg.extract.issue_words import COUNT
from kg.extract.issue_restated import asks_party, help_only, strip_resolve
from kg.extract.issue_scheme import FALLBACK as SCHEME_FALLBACK, categorise
from kg.extract.lexicons import alternation, kind_words, pattern, words
from kg.extract.place_parse import INSIDE_CHARS, parse_at
from kg.extract.place_suffixes import suffix_at
from kg.text import HAN, HAN_RUN

# (two quotations side by side are two items, in any script's marks: “A”“B”, 「A」『B』)
# (还有 inside a clause before a quantity is what remains, no list's joiner: 离家还有两里多地,
# 离开学还有十天; FAULTS37_p120 cut 离家 | 两里多地), nor before 人: 岸边还有人偷倒垃圾 says
# someone still does it there, one clause (FAULTS38_p127 cut 岸边 | 人偷倒建筑垃圾)
ITEM_SPLIT = re.compile(rf"[、，,；;]|[”」』’][“「『‘]|以及|(?<![{HAN}])还有|还有(?![\d一二两三四五六七八九十几百千半人])|并且|另外")
# the characters that join two items as a conjunction (A和B, A及B, A与B); whether one
# does is the analyser's reading (`conjunctions`), not the characters around it
PAIR_CHARS = frozenset("和及与")


@cache
def _shares_still_having() -> re.Pattern:
    """A share of a group (`issue_group_shares.txt`: 部分, 一些) and its noun opening a clause,
    then 还有: the group still has something (部分家庭还有|劳动力没有找到工作).  Who has it
    is the complaint's setting, what they have the complaint: one clause, no list whose
    joiner 还有 would leave the bare group (部分家庭) an item.  Source: session 45 (p166-04).

    >>> _shares_still_having().sub("", "部分家庭还有劳动力没有找到稳定工作")
    '劳动力没有找到稳定工作'
    """
    shares = alternation(words("issue_group_shares.txt"))
    return re.compile(rf"(?:^|(?<=[，,；;、：:]))(?:{shares})[{HAN}]{{1,3}}还有")

CONJUNCTION_TAG = "c"
# the analyser may read 和 after a predicate as a preposition (快递柜不够|和|充电桩太少); a
# preposition opens a phrase before its verb, never right after a predicate ends: there it
# joins two clauses (居民与物业沟通不畅 keeps its 与: a noun before it)
PREPOSITION_TAG = "p"
PREDICATE_TAGS = ("a", "v")
NOT_PHRASE_START = frozenset({"u", "w", "d", "p", "c", "xc"})  # a particle, mark, adverb or preposition after it
MIN_PAIR_SIDE = 3
MIN_ITEM, MAX_ITEM, MIN_CLAUSE, MAX_CLAUSE = 2, 30, 4, 24  # a complaint said in one clause is short; longer is narration
# (and an ordinal left on a point: 一是X, 第二，X, （二）X, 2.X, 二、X; read as a clause when its
# shape was missed, or the point goes on in a sentence of its own after ；)
# the spoken ordinal (一个是A；再一个是B；还有一个就是C): 一个 counts the points as 一是 does
SPOKEN_ORDINAL = r"(?:再|还有|另)?一个(?:就)?是"
ITEM_TRIM_HEAD = re.compile(
    r"^(?:了|关于|包括|有关|对|比如|例如|诸如|是|有(?![的点些时])|在于|[一二三四五六七八九十]是|" + SPOKEN_ORDINAL + "|"
    r"第[一二三四五六七八九十][，,、]?"
    r"|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,2}、)[：:]?"
)
# a count of items is cut only after 等 or before a head noun (A、B等3个问题); a count
# closing a clause is its content (充电桩只有16个)
_ITEM_COUNT = r"[一二三四五六七八九十两几多\d]+(?:个|项|条|件|类|大类)"
# (提出希望在X增设Y的建议: an opinion head after 的 closes the content it names)
_ITEM_HEAD = r"(?:的?(?:有关|相关))?(?:方面|问题|工作|事项|事宜|情况|的问题|的(?:建议|意见|想法|设想|诉求))"
# 冬天取暖也成问题, 孩子上学是个大问题, 水质有问题: a predicate whose object is the head
# noun states the problem of the matter before it: the head stays (no 取暖也成 nor 吃水)
PROBLEM_PREDICATE = re.compile(
    r"(?:也|都|就|更|还|已经|已)?(?:成了|成为|成|是个|是一个|有|出了)(?:大|老|新|突出|不小的|很大的?)?问题[。，；？！!?\s]*$"
)
# (有三件事, 两件事情: a count of things closes the clause that announces the points, no head
# noun needed after it; a bare 事 is never cut: 到市区办事)
_COUNTED_THINGS = rf"{_ITEM_COUNT}事(?:情|儿)?"
ITEM_TRIM_TAIL = re.compile(
    rf"(?:等(?:{_ITEM_COUNT})?|{_ITEM_COUNT}(?={_ITEM_HEAD})|{_COUNTED_THINGS})?{_ITEM_HEAD}?[。，；？！!?\s]*$"
)
POINTER_MAX = 6  # 这两个问题, 以上这些: a demonstrative phrase pointing back is short
CLASSIFIER = re.compile(r"[一两几三四五]?[个项类些条件]")  # 这些, 这两个 (after issue_backrefs.txt)
# 这一协商主题, 该项工作: a theme pointed at, not an issue
THEME = re.compile(r"(?:这|该|此)(?:一|个|项|些|两|几|类)")
THEME_END = re.compile(THEME.pattern + r".{0,4}$")  # …大家谈这一协商主题 (not 这些线一并理一理)
# a clause ending in a span of years (住了二十多年, 快30年了, 铺设多年)
DURATION = re.compile(r"(?:[\d一二三四五六七八九十两几百]+[余多]?|好几|多)年了?$")
# a place's possessive before an item: B小区的, B村里的
PLACE_OF = re.compile(r"(?:里|内|中)?的")
# an address opening an item (滨河大楼2单元301室, 5号楼): numbered building, unit, room
ADDRESS = re.compile(r"^[^，,的]{0,8}?(?:[\d一二三四五六七八九十]+(?:号楼|号院|幢|栋|单元|室|号(?![线码召称])))+")
# work reported done (已现场解决, 已经修复): progress, not a problem
# (a tally may follow: 已现场解决37条); so is work under way (目前正在开展地块平整)
PROGRESS = re.compile(
    r"^(?:已经?|均已|都已|现已)[^，,]{0,6}?(?:解决|修好|修复|完成|办结|处理|落实|整改|到位)了?(?:[\d一二三四五六七八九十百]+[条件个项])?$"
    # a problem handed on to an office (已上报区水务局, 已报送街道: `issue_handover_verbs.txt`)
    f"|^(?:已经?|均已|都已|现已)(?:{alternation(words('issue_handover_verbs.txt'))})"
    r"|^(?:目前|现在|当前)?正在(?:开展|进行|推进|实施|组织)"
    # the matters being resolved (正在逐一协调解决, 正在抓紧处理): the answer, no new problem (session 45)
    rf"|^(?:目前|现在|当前)?正在[^，,]{{0,4}}?(?:{alternation(words('issue_resolve_verbs.txt'))})$"
)
# a problem handed on to an office anywhere in an item, its matter written before (X的事社区
# 已联系Y, X问题已上报区里); told undone after it (仍没解决, 还没有回音) the complaint stands
HANDED = re.compile(f"(?:已经?|均已|都已|现已)(?:{alternation(words('issue_handover_verbs.txt'))})")
UNDONE_AFTER = re.compile("[没未不]|仍|还|却|但|可")
SHARES = ("占比", "比例")  # FIGURE's words of a share
# a figure in Arabic digits counting people, things, money or a share (供应午餐380份左右,
# 惠及居民1.8万户, 共启动项目42个): an account's statistic.  Time and distance (要走20分钟,
# 离楼栋300米) are not counted here: they measure an inconvenience.
FIGURE = re.compile(
    r"\d+(?:\.\d+)?[余多]?[万千百]?(?:份|户|人|名|位|个|项|条|件|家|座|间|亩|吨|元|辆|所|成|例|台|套|栋|幢|张|岁|%|％)"
    # an amount of money written in Chinese numerals (光电费就要花掉两万多元, 药费要四五百元):
    # what the complaint before it costs, its evidence (FAULTS32: p89-03, p87-09; no gold
    # of dev, kinds or p86-p88 holds an amount of money)
    r"|[一二三四五六七八九十两几][一二三四五六七八九十两几百千万]{0,5}[余多]?[万千百]?元"
    + "|" + "|".join(SHARES)  # a share of the population (老年人占比超过四成)
    # a head count written after its noun (社区常住人口1.2万, 户籍人口3000余): the size of the
    # place, an account's background (FAULTS39_p133)
    + r"|人口(?:总数)?[约近超达有为逾]*\d+(?:\.\d+)?[余多]?[万千百]?"
    r"|占了?[一二三四五六七八九十几两\d]+成|占[^，,]{0,4}?(?:%|％|分之)"  # (其中出租户占四成, 占三分之一; session 22)
)
# a problem word naming a kind of estate (老旧小区改造项目): a programme's term, no complaint
ESTATE_KIND = re.compile(r"(?:老旧|破旧|陈旧)(?=小区|片区|街区|房屋|楼栋|住宅)")
# where someone lives (他家住二楼, 她住在坡上的老房子): the speaker's circumstance, a
# complaint only when a problem follows what is lived in (住在坡上的几户经常停水);
# 住房/住宅/住户/住院/住得 are other words
# (住 after a person, 家 or an adverb: 留不住人, 挡住 are a verb's result, not living)
# (我一个人住: living alone, nothing after 住)
RESIDENCE = re.compile(r"^(?:[^，,]{0,5}?[我你他她家们都也还就人户数])?住(?![房宅户院得所建])(?:在|着|的是)?(?P<where>.*)$")
# where someone of the speaker's family or household is, studying or working (儿子在外地打工,
# 娃娃在镇上读书, 我家孩子在县城上学): the speaker's circumstance, as where they live
# (what they do there is a pursuit of work or study, `issue_away_pursuits.txt`)
PURSUIT = alternation(words("issue_away_pursuits.txt"))
WHEREABOUTS = re.compile(r"^[^，,在]{1,6}(?<!不)(?:都|也|还|就|一直|常年)?在[^，,]{1,8}?(?:" + PURSUIT + r")$")
# a thing done (外墙保温做完了, 屋顶防水做好了): work finished, not a problem
# (要是有个食堂就好了 is a wish; 不好了, 没完了 are complaints)
COMPLETED = re.compile(r"(?<![不没就太])[好完]了$")
# resolving issues named only by a vague word (现场协调解决急难愁盼, 帮助解决实际困难):
# what officials do, not an issue (the vague words: issue_generic.txt)
RESOLVE = re.compile(r"(?:解决|回应|化解|办理|帮助|协调)(?:好)?(?:群众|居民|百姓|大家)?(?:的|身边的)?(?:实际)?$")
RESOLVING = re.compile(r"(?:现场|及时|尽快|帮助|协调|推动)*(?:解决|回应|化解|办理)")
# better than before (比原来漂亮多了, 现在方便多了): praise
# (an adjective between: 车比以前多了 is more of a nuisance)
# (an adjective of ease or comfort before 多了: 出门方便多了, 屋里干净多了; and how things
# are now said good: 现在社区服务好, 如今路修得不错)
# (the words of ease and good order: `issue_ease_words.txt`)
EASE = alternation(words("issue_ease_words.txt"))
IMPROVED = re.compile(
    r"(?:比(?:原来|以前|过去|从前|往年|去年)[^，,]|^现在[^，,]{2})[^，,]*多了$"
    r"|(?:" + EASE + r")多了$"
    r"|^(?:现在|如今)[^，,]{1,10}(?<![不没])(?:" + EASE + r")了?$"
)
# a wish that something go on well (合作社越办越好, 日子越过越好): praise, not a request
GOOD_WISH = re.compile(r"越[^，,]{1,3}越好")
# a clause dating a thing (这段路是九十年代修的, 系统是二〇一三年安装的, 住院楼建于二〇〇五年)
# or saying it is old (房子是老房子): its age, background to what is wrong with it now
# (the act dated is any of building or laying, `issue_build_verbs.txt`: 埋的, 安的 as 修的)
BUILT = alternation(words("issue_build_verbs.txt"))
DATED = re.compile(
    r"是[^，,]{1,10}?(?:年代|年前|年)[^，,]{0,3}?(?:" + BUILT + r")[^，,]{0,2}的(?:老|旧)?[^，,的]{0,6}$"
    r"|(?:建|修|造)(?:成|设)?于[^，,]{1,10}?(?:年代|年)$"
    r"|^(?P<thing>[^，,]{1,4})是(?:老|旧)(?:[^，,]{1,2}(?<![的了]))?(?P=thing)$"  # (房子是老木房子: its make too)
    # (a thing of a period said old, no act dated: 我们小区是九十年代的老楼; session 43, p153)
    r"|是[^，,]{1,10}?(?:年代|年前|年)的(?:老|旧)[^，,的]{1,6}$"
)
# a problem reported solved (彻底解决了X的难题, 停车难得到了有效缓解, 已经消除了隐患): a
# result of work done, whatever problem it names; not one waiting to be solved
# (一直没有得到解决, 希望早日解决)
RESOLVED = re.compile(
    r"(?<![没未不])(?:彻底|有效|基本|逐步|初步|全部|都|均|已经?)?(?:解决|化解|破解|根治|消除|缓解|改善)了"
    r"|(?<![没未不])得到了(?:有效|彻底|根本|明显|初步|很大)?(?:的)?(?:解决|缓解|改善)"
)
# a commitment of whoever answers (相关部门将尽快解决, 区里会抓紧研究): what will be done
COMMITMENT = re.compile(r"(?:将|会)(?:尽快|抓紧|加快|及时|认真|积极|全力|进一步|切实)*(?:解决|研究|协调|推进|落实|处理|整改|跟进)")
# a concession to a wish (哪怕收点钱也行, 即使贵一点也愿意): what the speaker would accept
CONCESSION = re.compile(r"^(?:哪怕|即使|就算|即便)[^，,]*(?:也行|也可以|也愿意|也没关系|都行)$")
# waiting with nothing waited for (老人们天天盼着): the wish is in the clause before
WAITING = re.compile(r"(?:盼|等|望)着$")
# the health of the speaker or of their family (自己有慢性病, 她腿脚不便, 我家老汉常年吃药,
# 自己的母亲患有高血压): who is speaking, not what is wrong with the place, even with a problem word
OWN_HEALTH = re.compile(
    r"^(?:(?:自己|我|俺|咱|他|她)(?:们|家)?的?(?:母亲|父亲|老伴|老汉|老头|爱人|孩子|儿子|女儿|孙子|孙女|娃娃?)?"
    # a kin word heading the clause alone (老伴患有慢性病): the speaker's family
    # (`issue_kin_words.txt`; session 33, FAULTS33_p98)
    r"|(?:" + alternation(words("issue_kin_words.txt")) + r"))"
    r"[^，,的]{0,4}?(?:患有|患上|得了|有|常年|长期)?[^，,的]{0,6}?(?:(?<![看就治])病|吃药|腿脚|身体|残疾|瘫痪|血压|血糖|心脏|手术|住院|中风|骨折)"
    # the speaker's body said bad with no subject, after a clause of theirs (我住在六楼，
    # 腿脚不好，…): who speaks, the reason for the wish after it (session 28)
    # (with the speaker named before it: 自己膝盖不好, 我腿脚不便; session 33, p92)
    # (after the speaker's age, 年纪大了腿脚没劲: session 46)
    r"|^(?:(?:自己|我|俺|他|她)的?)?(?:(?:年纪|岁数)大了)?(?:腿脚|身体|腰腿|腿|腰|眼睛|耳朵|膝盖|心脏)(?:也|又|都|还|一直|越来越)?(?:不太|不大|不|没)?(?:好|便|灵便|利索|行|灵|中用|劲|力气)$"
    # the speaker's or their kin's age (她年纪大了，每年办X都要跑到市区): who speaks, the reason
    # the errand after it is hard (session 43, p153)
    r"|^(?:(?:自己|我|俺|咱|他|她)(?:们|家)?的?|(?:" + alternation(words("issue_kin_words.txt")) + r"))"
    r"(?:年纪|岁数|年龄)(?:也|又|都|越来越)?(?:大了|大|偏大|不小了)$"
    # a child of the speaker's and their age in years (小儿子刚满四岁, 孙女今年才三岁): who needs
    # the school or care asked for after it, the speaker's circumstance (session 46, fprec)
    r"|^(?:(?:自己|我|俺|咱|他|她)(?:们|家)?的?)?[大小二三老]?(?:儿子|女儿|闺女|孙子|孙女|外孙|外孙女|孩子|娃娃?)"
    r"(?:今年|现在|刚|才|已经|都)*满?[\d一二三四五六七八九十两]+(?:周岁|岁|个月)(?:半|多)?了?$"
)
# a request naming no thing, only an act on the complaint before it (能不能修剪一下,
# 能不能给修一修, 今年能不能给解决, 能不能彻底改一改, 尽快补上, 加快推进, 希望解决, 适当提高;
# for whom, 能不能帮我们修一下, 给大家想想办法: session 27): asks that it be dealt with, no
# issue of its own; at most two characters are left of it after the request, its adverbs
# and a tentative ending (一下, V一V), and something of those was there (修路 is content);
# finding a way together (一起想办法修缮, 想想办法解决) asks for the act alone (session 30);
# so does coordinating or handling it properly (希望社区尽快协调处理, 妥善解决: FAULTS37_p124)
BARE_REQUEST = re.compile(
    # the body asked written as the subject (街道能不能管一管, 代表们帮着协调): still only the act asked
    # for (session 60, req60)
    # (a modal or a helping word after it: 社区食堂 is a canteen, no body asked)
    r"^(?:(?:" + alternation(words("issue_addressees.txt")) + r")们?(?=能不能|能否|可不可以|可否|能够|能|帮|给|尽快|及时|抓紧|协调|想办法|想想办法|一起|共同|好好|彻底|妥善))?(?:到底|今年|明年|年内|这回|这次)?(?:啥时候|什么时候|何时)?(?:能不能|能否|可不可以|可否|希望|盼望|能够|能)?"
    # a wish and its modal (希望能解决, 盼望可以修) and a time after the modal (能不能今年就修):
    # still only the act asked for (session 46, fprec)
    r"(?:(?<=希望|盼望)(?:能|能够|可以))?(?:(?:今年|明年|年内|年底前|早点|这回|这次)就?)?"
    # the body asked (镇里), the party it is to work with (跟客运公司协调一下), or the person
    # asked to come (请专业人员来看看): still only the act asked for (session 48, fprec)
    r"(?:(?:" + alternation(words("issue_addressees.txt")) + r")?(?:跟|与|同|和)[^，,]{2,8}?(?=协调|沟通|对接|商量))?(?:请[^，,]{1,6}?来)?"
    r"(?:有人|有部门|帮忙|帮着|(?:帮|给|替|为)(?:我们|咱们|俺们|大家|我|咱|俺|群众|老百姓)|帮|给|来|再|尽快|及时|加快|抓紧|适当|统一|早点|早日|赶紧|好好|想想办法|想办法|一起|共同|想想|想|彻底|协调|妥善)*"
    r"(?P<act>[^，,]{1,2}?)(?P<tail>一下|一(?P=act)|(?P=act)|上|点|一点|办法)?$"
)


# a request that the complaint before be put on a plan, naming nothing else (尽快纳入修缮
# 计划, 早日列入改造项目; 把X纳入计划 names X): session 17
# (a plan named at length, 纳入今年的燃气管网延伸计划, is still a plan: session 48)
PLANNED = re.compile(r"^(?:希望|要求)?(?:尽快|早日|及时|优先|能|争取|一并)*(?:纳入|列入)(?P<plan>[^，,把将]{0,12}?)(?:计划|规划|项目|清单|范围|议程)$")


def planned(item: str) -> bool:
    """Whether `item` asks only that the complaint before it be put on a plan of works
    (`PLANNED`: 尽快纳入维修计划); a plan naming a benefit (`issue_benefit_words.txt`:
    纳入门诊报销范围, 列入补贴清单) is a request of its own: what the resident asks to come under.

    >>> planned("尽快纳入维修计划"), planned("希望能纳入门诊慢特病报销范围")
    (True, False)
    """
    m = PLANNED.match(item)
    return bool(m) and not pattern("issue_benefit_words.txt").search(m.group("plan"))
# a request that the complaint before be dealt with together with a work under way
# (这次改造能一并解决, 改造时一并处理): 一并 (along with it) refers to the complaint; a work and the
# resolving act (`issue_resolve_verbs.txt`), nothing new named.  Source: FAULTS32 (p91: two
# reports kept 希望这次改造能一并解决 / 一并纳入这次改造计划 as issues of their own)
@cache
def _folded_in() -> re.Pattern:
    # (一并 and a verb of one or two characters closing the item, 借着这次改造一并入地, 一并修了:
    # the complaint before it folded into the work under way, its object left unsaid;
    # session 42, p145-02)
    return re.compile(rf"^[^，,]{{0,8}}?(?:能|可以)?一并(?:{alternation(words('issue_resolve_verbs.txt'))}|[^，,把将]{{1,2}}?了?)$")


# a head count of a group of people (村里六十岁以上的老人有三百多个, 留守儿童有40多人): how
# many live there, a figure setting the scene of the wish after it, not a complaint.  A
# group head (`issue_group_heads.txt`), 有 or a copula, a number and a classifier of
# people ending the clause.  Source: FAULTS33_p98 (p98-02), LABELS33 kind B (a figure).
HEAD_COUNT_SPAN = r"[\d一二三四五六七八九十两几百千万]+[余多]?(?:个|人|户|名|位|口)[左右多]*"


@cache
def _head_count() -> re.Pattern:
    heads = alternation(words("issue_group_heads.txt"))
    return re.compile(rf"(?:{heads})(?:就|总共|共|一共|大约|约|差不多)?(?:有|是|达|超过|占了?)(?:将近|近|约|大约|差不多)?{HEAD_COUNT_SPAN}$")


def head_count(item: str) -> bool:
    """Is `item` a head count of a group of people (`_head_count`): 村里六十岁以上的老人有
    三百多个, 留守儿童有40多人?  A figure of who lives there, the setting of the wish or
    complaint after it.  Not a count of things (空置房有三百多套) nor a count of people
    lacking something (老人有三百多个没人照看 ends in no classifier).

    >>> head_count("村里六十岁以上的老人有三百多个"), head_count("留守儿童有40多人")
    (True, True)
    >>> head_count("空置房有三百多套"), head_count("老人有三百多个没人照看")
    (False, False)
    """
    return _head_count().search(item) is not None


# what a population is made of (常住人口以老人为主, 村里产业以种植为主): who or what is
# there, the setting of a complaint, not one (session 26)
COMPOSITION = re.compile(r"以[^，,]{1,8}?为主$")
MAKEUP_SPAN = 10  # the words between the copula and the group's head: 老年人和失地 + 农民


@cache
def composition() -> re.Pattern:
    """What a population is made of: `COMPOSITION` (以X为主), or a copula of make-up
    (`issue_makeup_words.txt`: 多为, 都是) and a group of people ending the clause
    (`issue_group_heads.txt`: 住户多为老年人和失地农民, 这栋楼都是老人).  Session 33
    (LABELS33: such clauses were kept as issues on two opened sets; no readable gold files
    one).  A thing after the copula (路面都是坑) is no make-up: the head must be people.

    >>> bool(composition().search("安置小区住户多为老年人和失地农民")), bool(composition().search("我们这栋楼都是老人"))
    (True, True)
    >>> bool(composition().search("路面都是坑")), bool(composition().search("常住人口以老人为主"))
    (False, True)
    """
    copulas = alternation(words("issue_makeup_words.txt"))
    heads = alternation(words("issue_group_heads.txt"))
    return re.compile(rf"{COMPOSITION.pattern}|(?:{copulas})[^，,是]{{0,{MAKEUP_SPAN}}}?(?:{heads})$")
# who of the residents is away (年轻人大多外出务工, 青壮年基本都在外打工, 子女常年在外地工作):
# who is (not) there: before a clause stating a problem (老人看病难) its background
# (`issue_content.STANDING`, session 27)
# (an adverb of extent, `issue_group_adverbs.txt`, an away word, `issue_away_words.txt`,
# and what they do there, `issue_away_pursuits.txt`)
AWAY = re.compile(
    r"(?:" + alternation(words("issue_group_adverbs.txt")) + r")[^，,的]{0,3}?(?:" + alternation(words("issue_away_words.txt")) + r")"
    r"(?:" + PURSUIT + r")?(?:去)?了?$"
)
# the health of the residents as a group (很多人患有慢性病, 不少老人身患疾病): who lives
# there, as OWN_HEALTH is who speaks; the need it makes is the complaint after it
# (the share is a word of `issue_group_shares.txt`: 不少, 部分, 多位)
GROUP_HEALTH = re.compile(
    r"^(?:" + alternation(words("issue_group_shares.txt")) + r")[^，,的]{0,3}?(?:都|也)?(?:(?:患有|患上|身患)[^，,]{1,8}|得了[^，,]{0,6}?病)$"
)


# (half of the ~8 calls a report repeat one made before: the items' frames ask again; a
# function of the item and the lexicons only, so its last answers are kept)
@lru_cache(maxsize=1024)
def bare_request(item: str) -> bool:
    """Whether `item` asks only that the complaint before it be dealt with (`BARE_REQUEST`):
    a request or an adverb before at most two characters, or a tentative ending (一下, V一V);
    or that it be put on a plan (`PLANNED`: 尽快纳入维修计划), or that a party deal with it
    (`issue_restated.asks_party`: 物业公司尽快上门维修), or help in general
    (`issue_restated.help_only`: 上级给予政策支持).

    >>> bare_request("能不能修剪一下"), bare_request("尽快补上"), bare_request("停车点"), bare_request("能不能全天供水")
    (True, True, False, False)
    >>> bare_request("今年能不能给解决"), bare_request("能不能彻底改一改"), bare_request("这条沟啥时候能修")
    (True, True, False)
    >>> bare_request("尽快纳入维修计划"), bare_request("把通组道路纳入明年改造计划")
    (True, False)
    >>> bare_request("能不能帮我们硬化一下"), bare_request("能不能帮我们修条路")
    (True, False)
    >>> bare_request("一起想办法修缮"), bare_request("想办法修一修"), bare_request("想办法修缮那座石桥")
    (True, True, False)
    >>> bare_request("区里协调相关部门给予政策支持"), bare_request("县里帮助对接收购商")
    (True, False)
    >>> bare_request("协调处理"), bare_request("协调解决停车难")
    (True, False)
    >>> bare_request("希望能解决"), bare_request("能够解决"), bare_request("能不能今年就修"), bare_request("希望能加装电梯")
    (True, True, True, False)
    >>> bare_request("街道能不能管一管"), bare_request("代表们帮着协调"), bare_request("街道能不能修一修那座桥"), bare_request("社区食堂")
    (True, True, False, False)
    """
    if planned(item) or asks_party(item) or help_only(item) or _folded_in().match(item):
        return True  # (asks_party: 希望物业尽快上门维修, the party asked and the act, nothing named;
        # help_only: 希望上级给予政策支持, help in general asked, nothing named)
    m = BARE_REQUEST.match(item)
    return bool(m) and (m.start("act") > 0 or m.group("tail") in ("一下", "一" + m.group("act"), m.group("act")))
# a form of address opening a resident's words (“代表同志，我们小区的水压太小了”; 区长同志们):
# whom they speak to, no matter named; a bare title (书记，…) is too short to be an item
# already.  Session 33 (LABELS33: p89)
# So is a greeting to the visitors opening them (“代表们好，我是…”, 书记好, 大家好: FAULTS37_p120)
VOCATIVE = re.compile(r"^[^，,的]{1,5}同志们?$|^[^，,的]{0,4}(?:代表|书记|领导|大家|同志|委员|主任|[县镇区市乡]长)们?好$"
                      # (and the one addressed bid look or listen, 主任您瞧, 书记你看: the speech's
                      # opening turned to the official, the matter told after it; session 52, prec52)
                      r"|^(?:[^，,的]{0,4}(?:代表|书记|领导|同志|委员|主任|[县镇区市乡]长))?[你您](?:看|瞧|听)(?:看|一下)?$")
# a speaker's age alone (今年七十八了, 都八十多岁了): who speaks, the complaint after it (session 52)
AGE_ALONE = re.compile(r"^(?:我|俺|他|她)?(?:今年|已经|都|快|也)?[\d一二三四五六七八九十两百]+(?:多|来)?岁?了$")
# a concession repeating its predicate (好看是好看, 石板路平整是平整): granted, the complaint
# follows in the clause after it (session 52, prec52)
GRANTED = re.compile(r"(?P<granted>[^，,是]{1,3})是(?P=granted)$")
# an item opening with the bare classifier 个, cut from its numeral or 有 (希望有|个地方吃顿热饭):
# a fragment, no complaint; not the words 个别, 个人, 个体, 个性, 个子 (session 52, prec52)
BARE_CLASSIFIER = re.compile(r"^个(?![别人体性子])")
# an order to finish by a deadline, alone (限期办结, 限期整改): the answering side's measure
# (session 52, prec52)
DEADLINE_ORDER = re.compile(r"^限期(?:办结|整改|完成|解决|答复|办理)$")
# assent to what is planned (改造我们举双手赞成, 这件事大家都拥护), not negated and naming no
# problem: the residents' support, no complaint (session 52, prec52)
ASSENT = re.compile(r"(?<![不没未])(?:赞成|拥护)$")
# a clause saying what kind of place its subject is (X社区是典型的老城区社区, 这一带是山城
# 典型的坡坎地形): the setting the complaints after it are told in
TYPICAL = re.compile(r"^[^，,]{0,12}是[^，,]{0,6}典型的")
# a clause whose predicate is a kind of estate, community or village, 是/属于 before a
# modified place type word (X社区是回迁安置小区, 属于老旧开放式楼院): what kind of place its
# subject is, the setting, as TYPICAL (session 44, p136-08/10); `kind_of_place`
PLACE_KIND = re.compile(r"^[^，,]{0,12}?(?:是|属于)(?P<kind>[^，,是的]{2,10})$")
# an estate's age or build before its type word (老旧开放式楼院, 破旧的): a programme's term
ESTATE_AGE = re.compile(r"(?:老旧|破旧|陈旧)(?=[^，,]{0,4}$)")
# a modifier dating the thing an item is about (那条七十年代修的; X是2003年建成的Y is a clause, `DATED`)
AGED_MODIFIER = re.compile(r"^[^，,的是]{0,12}?(?:年代|年)[^，,的]{0,3}?(?:" + BUILT + r")[^，,的]{0,2}的")
# how often the speaker tried to have it fixed (已经向物业反映多次, 找了好几次也没人管, 居委会
# 联系过几次绿化部门): the complaint before it persists, no issue of its own; so is how often a
# cadre urged the people at fault (劝了几回效果不大, session 42)
ATTEMPTS = re.compile(
    r"(?:反映|找|联系|报修|打电话|投诉|催|劝)(?:过|了)?[^，,]{0,3}?(?:好几|多|几|很多|无数|[一二三两四五六七八九十\d]+)[次回遍]"
)
# the step taken alone (打电话报修, 打了热线投诉, 给物业反映过), between the complaint and its
# outcome (点不着火，打电话报修，维修人员要等两三天才来): the attempt, no issue of its own,
# as a counted one is (`ATTEMPTS`).  Source: FAULTS36_p104
BARE_ATTEMPT = re.compile(r"^(?:打了?(?:电话|热线)|找了?人|上门)?(?:给[^，,]{1,6}|向[^，,]{1,6}|找[^，,]{1,6})?(?:报修|投诉|反映)(?:过|了)?$")
# a share of the matters told before and who can handle it (这些事，有的村里能办，有的靠镇里也
# 办不了; 有的当场解决): the matters sorted by their handling, none named; no gold of dev, kinds
# or the opened probes opens with 有的/有些.  Source: FAULTS36_p104
HANDLED_SHARE = re.compile(r"^(?:有的|有些)[^，,]{0,8}?(?:能|可以|才能|也)?(?:办|解决|处理|办理|协调)(?:不了|得了|好|了)?$")
# a dated intention of whoever speaks (村里打算明年结合河道整治一并修缮): a plan, not a problem
# (the time may come first: 村里下一步准备在坑塘边建一处小游园, 接下来将…; session 22)
_PLAN_TIME = f"(?:{alternation(words('issue_plan_times.txt'))})"  # issue_plan_times.txt
PLAN = re.compile(
    rf"^[^，,]{{0,6}}?(?:(?:打算|计划|准备|拟)(?:在|于)?{_PLAN_TIME}|{_PLAN_TIME}[^，,]{{0,3}}?(?:打算|计划|准备|拟|将))"
)
# a pledge by a deadline opening the clause (争取月底前开张, 力争年内完工: issue_pledge_words.txt):
# the answering side's commitment, no problem (session 44)
PLEDGE = re.compile(rf"^(?:{alternation(words('issue_pledge_words.txt'))})[^，,]{{0,6}}?(?:[之以]?前|年内|月内|年底|月底)")
# an announcement cut before its items (难点主要有两个：…, 原因在于): no content of its own;
# the count of the items may close it (问题主要有三条, 困难主要有以下几点: session 48, frec)
# after 主要有/包括 or before 以下 only (快递柜只有14个 counts a lack, no items follow it)
_ANNOUNCED_COUNT = r"[一二三四五六七八九十两几\d]+(?:个方面|方面|个|条|点|件|类|项)"  # 三条, 以下几点
ANNOUNCEMENT = re.compile(
    r"(?:(?:(?<!没)有|包括|在于|如下|(?:主要|就|还|也)是)"
    rf"|(?:主要有|包括)(?:以下)?{_ANNOUNCED_COUNT}"
    rf"|有以下(?:{_ANNOUNCED_COUNT})?)$"
)
# X的情况每年都有, X的现象时有: a thing happening told by how often it occurs, no announcement
# cut before its items (X is named before 的); FAULTS37_p116 (入户管道冻裂的情况每年都有 was lost)
OCCURRENCE = re.compile(r"..的(?:情况|现象)(?:每年|每月|经常|时常|常常|不时|时|也|都|还|总)+有$")


# (the brackets of a heading or label, 【建议】 / [建议] / 〔建议〕 / <建议>, pair too: no stray
# one may start or end a label, 】尽快更换路灯; nc57a 4)
PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")",
         "【": "】", "〔": "〕", "［": "］", "[": "]", "〈": "〉", "<": ">", "＜": "＞", "〖": "〗"}
STRAIGHT = "\"'"
# a short label set in heading brackets opening an item (【建议】尽快更换路灯, 〔居民心声〕X): the
# heading of what follows, no part of it (session 57, a newcomer: 居民反映：【建议】X kept the tag)
HEADING_LABEL = re.compile(f"(?:【[{HAN}]{{1,6}}】|〔[{HAN}]{{1,6}}〕|［[{HAN}]{{1,6}}］|\\[[{HAN}]{{1,6}}\\]|〖[{HAN}]{{1,6}}〗|〈[{HAN}]{{1,6}}〉|<[{HAN}]{{1,6}}>|＜[{HAN}]{{1,6}}＞)[ \u3000]*(?=.)")


def unwrapped(item: str) -> str:
    """`item` without the quotation marks and brackets at its ends that are
    not closed inside it (the split cut them from their partner), and without
    a pair that wraps the whole item; a pair closed inside stays (架空线
    “蜘蛛网”: the closing mark belongs to the label).  Spaces at the ends go.

    >>> unwrapped("架空线“蜘蛛网”"), unwrapped("“楼道灯坏了"), unwrapped("“停车难”"), unwrapped("路灯不亮）")
    ('架空线“蜘蛛网”', '楼道灯坏了', '停车难', '路灯不亮')

    A short label in heading brackets opening the item is its heading (`HEADING_LABEL`):

    >>> unwrapped("【建议】尽快更换路灯"), unwrapped("【停车难】")
    ('尽快更换路灯', '停车难')
    """
    while True:
        before = item
        item = item.strip(" \u3000")
        item = HEADING_LABEL.sub("", item, count=1) if HEADING_LABEL.match(item) else item
        if len(item) >= 2 and PAIRS.get(item[0]) == item[-1] and item[0] not in item[1:-1] and item[-1] not in item[1:-1]:
            item = item[1:-1]
        elif len(item) >= 2 and item[0] == item[-1] and item[0] in STRAIGHT and item[0] not in item[1:-1]:
            item = item[1:-1]
        if item and (item[0] in PAIRS.values() or item[0] in PAIRS and PAIRS[item[0]] not in item
                     or item[0] in STRAIGHT and item.count(item[0]) % 2):
            item = item[1:]
        if item and (item[-1] in PAIRS or item[-1] in PAIRS.values() and _opener(item[-1]) not in item
                     or item[-1] in STRAIGHT and item.count(item[-1]) % 2):
            item = item[:-1]
        if item == before:
            return item


def _opener(closer: str) -> str:
    return next(o for o, c in PAIRS.items() if c == closer)


@cache
def passive_raised() -> re.Pattern:
    """A raising told in the passive closing an item: 的, a head noun, 被, adverbs of
    repetition (`issue_repeat_adverbs.txt`) and a raising act of shape `any`
    (`issue_acts.tsv`): `停车位不足的问题被多次提及`.  What comes before is the matter
    (session 37, a newcomer's report).

    >>> passive_raised().search("停车位不足的问题被多次提及").start()
    5
    >>> passive_raised().search("停车位被占用") is None
    True
    """
    acts = alternation([w for w, shape in issue_words.act_shapes().items() if shape == "any"])
    heads = alternation(issue_words.head_words())
    adverbs = alternation(words("issue_repeat_adverbs.txt"))
    return re.compile(rf"(?:的?(?:{heads}))?被(?:{adverbs})*(?:{acts})[。，；！!\s]*$")


# a dash of two em or en dashes after a problem not left open by 的/是 (楼道灯损坏——物业更换)
ANSWER_DASH = re.compile(r"(?<![的是：:，,])(?:——|－－|--)")


def trim(item: str) -> str:
    """An item's core: no leading connective, preposition or act, no closing head noun."""
    _, _, _, openers = issue_words.item_filters()
    item = unwrapped(item.strip(" \u3000：:"))
    # 说得更直接：孩子们过马路…: what comes before a colon inside an item introduces it
    colon = max(item.rfind("："), item.rfind(":"))
    if colon >= 0 and len(item) - colon - 1 >= MIN_CLAUSE:
        item = unwrapped(item[colon + 1 :])
    # 楼道声控灯损坏——物业本周内更换: a problem list's line, then a dash and the answer
    # agreed on; the problem ends at the dash (a lead-in before it, 最头疼的——X, is none)
    if (dash := ANSWER_DASH.search(item)) and dash.start() >= MIN_CLAUSE:
        item = item[: dash.start()]
    if wished := issue_words.wish().match(item):
        item = wished.group("wish")  # 要是楼梯上装个扶手就好了: the wish is 楼梯上装个扶手
    for n in range(3):
        before = item
        item = openers.sub("", item)
        if item.startswith("有的") and issue_words.leading_act().match(item[2:]):
            item = item[2:]  # 有的担心X: some of them raise X (有的楼道… keeps its 有的)
        item = issue_words.leading_speaker().sub("", item)  # 他希望尽快修复X: the speaker goes on
        item = without_possessor(item)  # 我们小区电梯老是坏: the speaker's own place is the frame
        item = without_question_tail(item)  # 楼道灯坏了怎么办: the complaint, not the question
        item = issue_words.leading_act().sub("", item)  # 希望尽快修复X: the request is X
        item = superlative_content(item)  # 群众最盼的是X: what they want most is X
        item = strip_resolve(item)  # 希望解决停车问题: the problem is 停车, solving it the act
        asked = issue_words.addressee_subject().sub("", item)  # 街道能协调X: the request to the street is X
        # once: 比如就医排队 keeps its 就; not after a party asked to help (县里帮助|对接X):
        # what follows its helping verb is the act asked for, no preposition (session 28)
        if n == 0 and asked == item:
            asked = ITEM_TRIM_HEAD.sub("", asked)
        item = asked
        # 此前居民提出的X, 群众的急难愁盼: the part after the last 'raiser/act + 的'
        m = None
        for m in issue_words.owner_de().finditer(item):
            pass
        if m and m.end() < len(item):
            item = item[m.end():]
        elif item.startswith("的") and not item.startswith("的确"):
            # 居民反映的屋面漏水: the raiser and act cut before (openers, leading_act) leave the
            # relative clause's 的, which no label opens with (session 55, a newcomer's 回访…)
            item = item[1:]
        # a closing mark at the end is cut only when its opener is not in the item (unwrapped)
        if (passive := passive_raised().search(item)) and passive.start() >= 2:
            item = item[: passive.start()]  # X的问题被多次提及: X, raised (the act told in the passive)
        if (said := PROBLEM_PREDICATE.search(item)) and said.start() >= 2:
            item = item.rstrip("。，；？！!?\t\n ")  # 冬天取暖也成问题: the head is the predicate's object
        else:
            item = unwrapped(ITEM_TRIM_TAIL.sub("", unwrapped(item)))
        # 村里那条上世纪70年代修的灌溉渠年久失修: the thing's age, a modifier, is background
        # (as a clause it is none, `DATED`); the label is the complaint about the thing
        if (aged := AGED_MODIFIER.match(item)) and len(item) - aged.end() >= MIN_CLAUSE:
            item = item[aged.end():]
        item = _without_place(item)
        item = without_site_lead(item)
        item = raisers_predicate(item)
        item = matter_troubling(item)
        item = faced_problem(item)
        if item == before:
            break
    return item


@cache
def _matter_troubling() -> re.Pattern:
    # X的问题困扰了大家好多年: a matter noun after 的, then an affect verb (`issue_affect_verbs.txt`)
    affects = alternation(words("issue_affect_verbs.txt"))
    return re.compile(rf"^(?P<matter>.+?)的(?:问题|难题|事情?)(?:一直|长期|常年|多年来|已经|始终)*(?:{affects})")


@cache
def _facing() -> re.Pattern:
    return re.compile(f"(?<=[{HAN}0-9０-９])(?<![不没未])(?:{alternation(words('issue_facing_verbs.txt'))})了?(?:着)?")


def faced_problem(item: str) -> str:
    """`item` cut to the problem a thing faces or has (`issue_facing_verbs.txt`: 面临, 遇到,
    存在, with 了 after it): the bearer and the verb before it go when what follows states a
    problem (`states_problem`) in four characters or more; else `item` unchanged (a verb
    opening the item, 存在安全隐患, or a short problem, 小区存在停车难, stays whole; so does a
    risk, `issue_qualifiers.tsv` risk, which is the danger the thing before it poses:
    取暖存在安全隐患).
    Source: session 60, content60.

    >>> faced_problem("1200亩冬季瓜菜面临灌溉水源不足"), faced_problem("合作社遇到了资金周转困难")
    ('灌溉水源不足', '资金周转困难')
    >>> faced_problem("存在安全隐患"), faced_problem("小区不存在停车难问题"), faced_problem("小区存在停车难")
    ('存在安全隐患', '小区不存在停车难问题', '小区存在停车难')
    >>> faced_problem("冬季用电取暖存在安全隐患")
    '冬季用电取暖存在安全隐患'
    """
    m = _facing().search(item)
    if m is None:
        return item
    rest = item[m.end():]
    if (risk := issue_words.qualifier().fullmatch(rest)) and risk.lastgroup == "risk":
        return item  # 冬季用电取暖存在安全隐患: a risk is the danger the thing before it poses
    return rest if len(rest) >= 4 and states_problem(rest) else item


def matter_troubling(item: str) -> str:
    """`item` cut to the matter when it says the matter troubles its bearers
    (`X的问题困扰了大家好多年`: an affect verb of `issue_affect_verbs.txt` after the
    matter's head noun): the complaint is X, the rest how long it has weighed on them.
    Only when X is a clause of its own (MIN_CLAUSE characters or more).  Session 35
    (FAULTS35_p106: the whole clause was the label, too long to name the complaint).

    >>> matter_troubling("村口涵洞堵塞的问题困扰了村民好几年"), matter_troubling("路灯坏了")
    ('村口涵洞堵塞', '路灯坏了')
    >>> matter_troubling("水的问题困扰大家")
    '水的问题困扰大家'

    The passive too (`_troubled_by`: 住户被X困扰了好几年 -> X; session 43).

    >>> matter_troubling("底楼住户一直被下水道返味困扰")
    '下水道返味'
    """
    m = _matter_troubling().match(item) or _troubled_by().match(item)
    if m is None or len(m.group("matter")) < MIN_CLAUSE:
        return item
    return m.group("matter")


@cache
def _troubled_by() -> re.Pattern:
    # 顶层住户还被楼顶渗漏困扰了好几年: the bearers, 被, the matter, then an affect verb
    # (`issue_affect_verbs.txt`): the passive of X困扰了住户 (session 43, p153)
    affects = alternation(words("issue_affect_verbs.txt"))
    return re.compile(rf"^[^，,被]{{0,8}}?(?:还|也|都|一直|长期|常年|多年来|已经|始终)*被(?P<matter>[^，,被]+?)(?:所)?(?:{affects})")


def superlative_content(item: str) -> str:
    """`item` without a superlative topic frame opening it (`issue_words.superlative_topic`),
    alone or after its raisers (`issue_words.raisers_only`): 群众最盼的是X is X, when X is a
    short item of its own (MIN_ITEM characters or more).  Reported speech (支书说，群众最盼的是X)
    holds the frame inside its clause.  Session 30.

    >>> superlative_content("群众最盼的是村道早日硬化"), superlative_content("最怕的是停水")
    ('村道早日硬化', '停水')
    >>> superlative_content("大家最盼的事要抓紧办")
    '大家最盼的事要抓紧办'
    >>> superlative_content("她接诊时听到最多的就是门口没有公交站")
    '门口没有公交站'
    """
    m = issue_words.superlative_topic().search(item)
    if m is None or len(item) - m.end() < MIN_ITEM:
        return item
    if issue_words.heard_most(m):
        return item[m.end():]  # 她走访时听到最多的是X: the hearer's occasion before it, X heard (session 49)
    if m.start() and not issue_words.raisers_only().fullmatch(item, 0, m.start()):
        return item
    return item[m.end():]


SUBJECT_SPAN = 10  # the words before a raiser naming who they are (楼上36户 + 居民)
NAMED_PART = 2  # the characters a predicate holds besides its problem word: 出行 + 困难
# a count of households or people before the raisers (36户居民, 二十多名村民)
HEADCOUNT = re.compile(r"[\d一二三四五六七八九十两几百千]+[余多]?(?:户|名|位|个|人)")


@cache
def _raiser_subject() -> re.Pattern:
    raisers = alternation(words("issue_raisers.txt"))
    one = f"[^，,。；]{{0,{SUBJECT_SPAN}}}?(?:{raisers})们?"
    return re.compile(f"^(?P<first>{one})(?P<more>(?:[和与及、]{one})*)(?:都|也|还|普遍|大多)?")


def raisers_predicate(item: str) -> str:
    """`item` without a subject listing or counting the raisers themselves
    (`issue_raisers.txt`: 沿街十几户商户和附近居民 + 出行困难), when the predicate left is
    a clause of its own stating a problem (`issue_words.problem`) about more than the
    problem word (出行 + 困难): the raisers, told as a head count or several groups, are
    who suffer it, and the predicate is the issue (session 26).  One group named
    without a count (独居老人没人照顾, 低层住户意见难统一) may be the matter itself, and
    a raising act after the subject (部分住户担心噪音) makes the item a raising: both stay.

    >>> raisers_predicate("沿街十几户商户和附近居民出行困难"), raisers_predicate("独居老人没人照顾")
    ('出行困难', '独居老人没人照顾')
    >>> raisers_predicate("三十多户村民吃水困难"), raisers_predicate("二十多户村民很不方便")
    ('吃水困难', '二十多户村民很不方便')
    >>> raisers_predicate("几户村民和附近商户都担心噪音"), raisers_predicate("还有3个村民小组没有通上水泥路")
    ('几户村民和附近商户都担心噪音', '还有3个村民小组没有通上水泥路')
    """
    m = _raiser_subject().match(item)
    if not m or not (m.group("more") or HEADCOUNT.search(m.group("first"))):
        return item
    if any(u.start() < m.end() < u.end() for u in pattern("issue_cadre_units.txt").finditer(item)):
        return item  # 还有3个村民小组没有通路: the raiser word opens a unit's name (村民小组)
    rest = item[m.end():]
    problem = issue_words.problem().search(rest)
    if not problem or len(rest) < MIN_CLAUSE or rest.startswith(tuple(issue_words.act_shapes())):
        return item
    # 很不方便: a predicate that is only a degree and a problem word names nothing
    return rest if len(rest) - len(problem.group(0)) >= NAMED_PART else item


# the analyser's tags of a noun or a place word (小区 n, 家门口 s, 村里 s)
NOUN_TAGS = ("n", "s")


def without_possessor(item: str) -> str:
    """`item` without a first-person plural opening it before a noun or place word
    (`issue_first_person_possessors.txt`: 我们, 咱们, 俺们): the speaker's frame word,
    the possessor of the place or thing the complaint is about, is no part of the
    label.  Before a verb the pronoun is the subject and stays (我们出行很不方便); so
    does it before a one-character noun, which alone names no thing (我们楼, 咱们村).
    Session 55, labels55 (a newcomer's invented report).

    >>> without_possessor("我们小区电梯老是坏"), without_possessor("咱们楼道灯坏了"), without_possessor("我们出行很不方便")
    ('小区电梯老是坏', '楼道灯坏了', '我们出行很不方便')
    >>> without_possessor("我们楼去年装了电梯")
    '我们楼去年装了电梯'
    """
    owner = _possessor().match(item)
    if owner is None or len(item) - owner.end() < MIN_CLAUSE:
        return item
    from kg.analyse import tag_text  # (only for an item opening with such a pronoun)

    tagged = tag_text(item)
    if len(tagged) < 2 or tagged[0][0] != owner.group(0) or not tagged[1][1].startswith(NOUN_TAGS) \
            or len(tagged[1][0]) < 2:
        return item
    return item[owner.end():]


@cache
def _possessor() -> re.Pattern:
    return re.compile(f"^(?:{alternation(words('issue_first_person_possessors.txt'))})")


@cache
def _question_tail() -> re.Pattern:
    close = alternation(kind_words("issue_question_tails.tsv", "close"))
    modal = alternation(kind_words("issue_question_tails.tsv", "modal"))
    return re.compile(f"[，,]?(?:(?:{close})[呢啊呀吧？?！!。]*|(?:{modal})[^，,。；;]*)$")


def without_question_tail(item: str) -> str:
    """`item` without the question closing it (`issue_question_tails.tsv`: 怎么办, 咋办;
    a modal asking an act, 能不能…吗, runs to the end) when the part before the question
    states a problem (`states_problem`) in a clause's length: the label is the
    complaint, the question the speaker's frame.  A bare question with no complaint
    before it stays (能不能把路灯修一修).  Session 55, labels55.

    >>> without_question_tail("楼道灯坏了怎么办"), without_question_tail("路灯坏了能不能修一修吗")
    ('楼道灯坏了', '路灯坏了')
    >>> without_question_tail("能不能把路灯修一修"), without_question_tail("垃圾清运费怎么办理")
    ('能不能把路灯修一修', '垃圾清运费怎么办理')
    """
    tail = _question_tail().search(item)
    if tail is None or tail.start() < MIN_CLAUSE or not states_problem(item[: tail.start()]):
        return item
    return item[: tail.start()]


def _without_place(item: str) -> str:
    """An item without the place written before it (B小区的化粪池外溢 → 化粪池外溢):
    the place is the issue's subject node, not part of its label.

    >>> _without_place("东湖花园小区的地库渗水")
    '地库渗水'
    >>> _without_place("滨河大楼2单元301室门口的井盖松动")
    '门口的井盖松动'

    An item opening with a verb of renewing or adding (`issue_renewal_verbs.txt`: 增加,
    增设) asks for its object: the place reader may take the verb into a site's name
    (增加老年食堂), but the request keeps its verb and its whole object (session 55,
    labels55: 希望增加老年食堂的就餐窗口 gave 就餐窗口).

    >>> _without_place("增加老年食堂的就餐窗口")
    '增加老年食堂的就餐窗口'
    """
    address = ADDRESS.match(item)
    if address and len(item) - address.end() >= MIN_CLAUSE:
        rest = PLACE_OF.match(item, address.end())
        return item[rest.end() if rest else address.end() :]
    chunk = parse_at(item, 0)
    if chunk is None or _renewal_opens().match(item):
        return item  # (增加老年食堂的就餐窗口: the verb asked for, read into the name, is no place)
    m = PLACE_OF.match(item, chunk.end)
    return item[m.end():] if m and len(item) - m.end() >= MIN_CLAUSE else item


@cache
def _putting() -> re.Pattern:
    """A verb of renewing, adding or building (`issue_renewal_verbs.txt`, `issue_build_verbs.txt`)."""
    return re.compile(alternation([*words("issue_renewal_verbs.txt"), *words("issue_build_verbs.txt")]))


def without_site_lead(item: str) -> str:
    """A request without 在 and the unit itself as the spot its thing is to be put at (a bare
    unit type word and a locative of inside, 里/内/中: 在小区里增设新能源汽车充电桩 → 增设新能源汽车充电桩):
    the unit is the issue's place, its label the thing added.  A spot of its own (在河边增设护栏, 在村口
    增设公交站: the unit's entrance) stays, as does an item with no verb of renewing, adding or building
    after the spot, or fewer than `MIN_CLAUSE` characters after it.  Source: session 60, req60.

    >>> without_site_lead("在小区里增设新能源汽车充电桩"), without_site_lead("在社区内增设休息座椅")
    ('增设新能源汽车充电桩', '增设休息座椅')
    >>> without_site_lead("在河边增设护栏"), without_site_lead("在村口装几盏路灯"), without_site_lead("在楼道里堆放杂物")
    ('在河边增设护栏', '在村口装几盏路灯', '在楼道里堆放杂物')
    """
    if not item.startswith("在"):
        return item
    for k in range(min(3, len(item) - 1), 0, -1):
        hit = suffix_at(item[1 : 1 + k], k)
        if hit and hit[0] == k and (spot := INSIDE_CHARS.match(item, 1 + k)):
            rest = spot.end()
            return item[rest:] if len(item) - rest >= MIN_CLAUSE and _putting().match(item, rest) else item
    return item


def kind_of_place(item: str) -> bool:
    """Does `item` say only what kind of place its subject is (`PLACE_KIND`): 是/属于
    before a modifier and a type word of an estate or a community (`place_suffixes.tsv`,
    a HousingEstate or the community level), no problem word in the modifier other than
    the estate's age (`ESTATE_AGE`: 老旧 is the programme's term)?

    >>> kind_of_place("佳和园社区是回迁安置小区"), kind_of_place("属于老旧开放式楼院")
    (True, True)
    >>> kind_of_place("这里是无人管理的小区"), kind_of_place("小区是无物业小区"), kind_of_place("停车难是老大难")
    (False, False, False)
    """
    from kg.extract.place_suffixes import suffix_of  # (the place grammar loads the issue words)
    m = PLACE_KIND.match(item)
    if not m:
        return False
    kind = m.group("kind")
    hit = suffix_of(kind)
    if not hit or hit[0] >= len(kind) or not (hit[1] == "HousingEstate" or hit[2] == "community"):
        return False
    modifier = kind[: len(kind) - hit[0]]
    return not issue_words.problem().search(ESTATE_AGE.sub("", modifier)) and not NO_KIND.search(modifier)


# a modifier saying what the place lacks (无物业, 没有物业的): a complaint, not a kind
NO_KIND = re.compile(r"^(?:无|没有|缺)")


@cache
def _assigned() -> re.Pattern:
    parties = alternation(words("issue_request_parties.txt"))
    verbs = alternation(words("issue_assign_verbs.txt"))
    return re.compile(rf"由(?!于)[^，,由]{{0,14}}?(?:{parties})[^，,]{{0,4}}?(?:{verbs})")


def assigned(item: str) -> bool:
    """Does `item` hand its matter to a party (由 + a party of `issue_request_parties.txt`
    + a verb of taking charge, `issue_assign_verbs.txt`): a reply's arrangement (X由驻村
    工作队对接), not a complaint?  由于 (because) is no 由.

    >>> assigned("快递代收点由驻村工作队和村电商服务站对接"), assigned("山塘清淤由乡水利站安排")
    (True, True)
    >>> assigned("由于排水站老化经常内涝"), assigned("垃圾清运点离得太远")
    (False, False)
    """
    return _assigned().search(item) is not None


def states_problem(item: str) -> bool:
    """Does `item` hold a problem word (`issue_problem_words.txt`) other than one naming a
    kind of estate (`ESTATE_KIND`: 老旧小区, a programme's term)?

    >>> states_problem("社区还有不少老旧楼栋"), states_problem("老旧小区停车难")
    (False, True)

    Or a thing told in the passive (`_adverse_passive`: 道路雨季常被冲断), the genre's 被 telling
    what befell it, unless the verb after 被 tells a standing (`issue_neutral_passives.txt`:
    被评为, 被列入):

    >>> states_problem("村里到乡上的道路雨季常被冲断"), states_problem("村里被评为卫生村"), states_problem("群众的意见被采纳")
    (True, False, False)
    """
    return bool(issue_words.problem().search(ESTATE_KIND.sub("", item))) or _adverse_passive().search(item) is not None


@cache
def _adverse_passive() -> re.Pattern:
    """被 after a thing (a Han character), then a verb that is no standing (`issue_neutral_passives.txt`)."""
    return re.compile(f"(?<=[{HAN}])被(?!{alternation(words('issue_neutral_passives.txt'))})[{HAN}]")


# a modal of need before a verb of renewing or adding (`issue_renewal_verbs.txt`):
# 取暖设备也需要更新, 村道急需加固, 护栏有待更换
# (issue_need_modals.txt, issue_need_adverbs.txt)
NEED_MODAL = f"(?:{alternation(words('issue_need_modals.txt'))})(?:{alternation(words('issue_need_adverbs.txt'))})?"


@cache
def need_pattern() -> re.Pattern:
    return re.compile(NEED_MODAL + "(?:" + alternation(words("issue_renewal_verbs.txt")) + ")")


@cache
def _renewal() -> re.Pattern:
    return re.compile(alternation(words("issue_renewal_verbs.txt")))


@cache
def _renewal_opens() -> re.Pattern:
    return re.compile("^(?:" + alternation(words("issue_renewal_verbs.txt")) + ")")


def bare_need(item: str) -> bool:
    """Is `item` only a modal of need and a verb of renewing (`NEED_MODAL`,
    `issue_renewal_verbs.txt`), with no thing named (急需更新, 亟待修缮)?  After a complaint
    (村卫生室设备陈旧，急需更新) it asks for the matter just named, no matter of its own;
    with its thing (设备急需更新, 急需更新设备) it is `needs`'s.  Session 59 (p229-10; no
    readable gold holds a bare need).

    >>> bare_need("急需更新"), bare_need("亟待修缮"), bare_need("设备急需更新"), bare_need("急需资金")
    (True, True, False, False)
    """
    return bool(need_pattern().fullmatch(item))  # (`needs`'s pattern, the whole item)


def renews(item: str) -> bool:
    """Does `item` name renewing or adding a thing (`issue_renewal_verbs.txt`: 增设路灯,
    加装电梯, 改造管网), what residents ask for when they name no problem?

    >>> renews("增设路灯"), renews("加装电梯"), renews("乡村旅游")
    (True, True, False)
    """
    return bool(_renewal().search(item))


def needs(item: str) -> bool:
    """Does `item` state a need of a thing: a modal of need and a verb of renewing or
    adding it (`NEED_MODAL`, `issue_renewal_verbs.txt`)?  In a cadre's account such a
    clause is raised like a complaint (session 28, three opened sets; the README counts
    community cadres as raisers), unlike the work the account reports.

    >>> needs("冬季取暖设备也需要更新"), needs("村道急需加固"), needs("需要大家配合")
    (True, True, False)
    """
    return bool(need_pattern().search(item))


@cache
def provision_pattern() -> re.Pattern:
    # 给/为 + the people served (a few characters, no clause break) + a verb of adding
    return re.compile(r"^(?:再|也|还|并)?(?:给|为)[^，,给为]{1,5}?(?:" + alternation(words("issue_renewal_verbs.txt")) + ")(?=.{2})")


def provides(item: str) -> bool:
    """Does `item` ask that a thing be provided for people: 给/为 + those served + a verb
    of adding or renewing (`issue_renewal_verbs.txt`) + its object (给摊贩划出固定摊位,
    为独居老人配备呼叫器)?  After a first clause, such a clause is a second request with
    its own object, an issue of its own (session 28, three opened sets).

    >>> provides("给摊贩划出固定摊位"), provides("为独居老人配备呼叫器"), provides("给居民带来不便")
    (True, True, False)
    """
    return bool(provision_pattern().search(item))


def statistic(raw: str) -> bool:
    """Whether an untrimmed item states a figure or a share (`FIGURE`) and no problem: a statistic
    of an account (今年共启动项目42个, 现在每天供应午餐380份左右), not an issue.

    A share after a verb changing it (`issue_change_verbs.txt`: 提高报销比例) is what a
    request asks to change, no statistic.

    >>> statistic("现在每天供应晚餐260份左右"), statistic("小区只有38个充电桩")
    (True, False)
    >>> statistic("老年人占比超过四成"), statistic("希望提高医保报销比例")
    (True, False)
    """
    m = FIGURE.search(raw)
    if m and m.group(0) in SHARES and pattern("issue_change_verbs.txt").search(raw, 0, m.start()):
        return False
    return bool(m) and not states_problem(raw)


@cache
def _tolerable() -> re.Pattern:
    """A clause closed by a word granting a state bearable or enough
    (`issue_tolerable_words.txt`: 天冷还好, 夏天水量够), maybe after 了/的; the
    rest is tested for a negation by `tolerable`."""
    return re.compile(f"(?:{alternation(words('issue_tolerable_words.txt'))})[了的]?$")


def tolerable(item: str) -> bool:
    """Does `item` grant its state bearable or enough (`_tolerable`), with no
    negation before the granting word (不够, 不太够用, 没法接受 complain)?  The
    foil of a complaint after it: 夏天水量够，一到冬天水压就上不去.  Source: FAULTS36_p104.

    >>> tolerable("夏天水量够"), tolerable("天冷还好"), tolerable("补贴根本不够"), tolerable("车位不够用")
    (True, True, False, False)
    """
    m = _tolerable().search(item)
    return m is not None and not re.search("[不没未无]", item[: m.start()] + item[m.end():]) \
        and not re.search("[不没未]$", item[: m.start()])


@cache
def work_done() -> re.Pattern:
    """A clause telling a work of building or installing done (2栋加装了电梯, 我们楼去年装了
    电梯): a verb of the building class (`issue_build_verbs.txt`, or one composed of it,
    `issue_words.built_verb`: 加装, 新建, 铺设) with 了 after it, not denied before it (没装,
    还未建).  With no problem stated in it (`circumstance`'s caller checks), the setting of the
    complaint after it (其余楼栋迟迟推进不了, 以后维保费用谁来出), or work told as an
    outcome; no issue of its own.  A change told of a thing that is no work (物业费去年涨了)
    is none.  Session 56, fix56 (false issues on p210, p212).

    >>> [bool(work_done().search(i)) for i in ("只有2栋加装了电梯", "我们楼去年装了电梯", "物业费去年涨了", "至今没装上")]
    [True, True, False, False]
    """
    return re.compile(f"(?<![没未不])(?:{issue_words.built_verb()}|{BUILT})了")


def circumstance(item: str) -> bool:
    """Whether an item states a circumstance, not a problem: where the speaker lives
    (`RESIDENCE`, 他家住二楼), work finished (`COMPLETED`, 外墙保温做完了), a problem
    reported solved (`RESOLVED`, 彻底解决了积水的难题), or a problem that is over
    (`issue_relief_words.txt`: 上楼再也不用歇了).

    >>> circumstance("多数住在没有电梯的老楼里"), circumstance("住在坡上的几户经常停水")
    (True, False)
    """
    problem = issue_words.problem()
    if RESOLVED.search(item) or COMMITMENT.search(item) or issue_words.reported_done().search(item):
        return True  # (whatever problem it names: solved, or to be solved by those answering)
    if m := RESIDENCE.match(item):
        if not problem.search(m.group("where").rsplit("的", 1)[-1]):
            return True
    if (handed := HANDED.search(item)) and not UNDONE_AFTER.search(item, handed.end()):
        # 雨水管堵塞的事社区已联系区排水管理处: the matter, whoever answers it, handed on to an
        # office: the answer's work, whatever problem the matter names (session 56, fix56);
        # not when it is told undone after (已上报多次仍没解决)
        return True
    if work_done().search(item) and not problem.search(item) and not states_problem(item):
        return True  # 2栋加装了电梯: work done, the setting of what follows (session 56, fix56)
    if WHEREABOUTS.match(item) and not problem.search(item):
        return True  # 儿子在外地打工, 娃娃在镇上读书: where the family is, background
    if any(p.search(item) for p in (COMPLETED, PLAN, PROGRESS, IMPROVED, CONCESSION, WAITING, GOOD_WISH)) and not problem.search(item):
        return True
    if tolerable(item):
        return True  # 夏天水量够, 天冷还好: a state granted, the foil of the complaint after it
    if (change := changed().search(item)) and not problem.search(item[: change.start()] + item[change.end() :]):
        # 经历了从观望到支持的转变 (issue_change_nouns.txt): a change told; the state it
        # left (从脏乱差到…) is no complaint
        return True
    if (told := told_change().search(item)) and not problem.search(item[: told.start()]):
        return True  # 说起改造后的新变化: a change talked of, its result (FAULTS32)
    relief = issue_words.relief()
    return bool(relief.search(item)) and not problem.search(relief.sub("", item))


CHANGE_SPAN = 12  # the characters of each end of a change (从 + 要我改 + 到 + 我要改)


@cache
def changed() -> re.Pattern:
    """A change told from one state to another: 从X到Y的 + a noun of change
    (`issue_change_nouns.txt`: 转变, 变化, 蜕变).

    >>> bool(changed().search("改造中大家经历了从观望到支持的转变")), bool(changed().search("从村口到镇上的路坑洼不平"))
    (True, False)
    """
    nouns = alternation(words("issue_change_nouns.txt"))
    return re.compile(f"从[^，,。；]{{1,{CHANGE_SPAN}}}?到[^，,。；]{{1,{CHANGE_SPAN}}}?的(?:{nouns})")


@cache
def told_change() -> re.Pattern:
    """A noun of change (`issue_change_nouns.txt`: 变化, 转变) closing an item, maybe
    after 新/可喜/很大: the change talked of (居民说起改造后的新变化), a result of the
    work, no complaint, when nothing before it states a problem.  Source: FAULTS32
    (p89-03); no gold of dev, kinds or p86-p88 holds a change noun.

    >>> bool(told_change().search("改造后的新变化")), bool(told_change().search("路面破损"))
    (True, False)
    """
    nouns = alternation(words("issue_change_nouns.txt"))
    return re.compile(f"(?:新的?|可喜的?|很大的?|明显的?)?(?:{nouns})$")


def pointed(item: str, generic: frozenset[str]) -> bool:
    """Whether an item holding a demonstrative (这/该/上述…, 这一/这些) only points at
    issues told elsewhere: it is short or ends in a vague word or head noun (这两个问题,
    这一协商主题, 上述情况).  A clause saying something of its own keeps its 这
    (这次改造能把这些线一并理一理, 这条路一下雨就积水).

    >>> pointed("这两个问题", frozenset({"问题"})), pointed("这次改造能把这些线理一理", frozenset())
    (True, False)
    """
    if len(item) <= POINTER_MAX or item.endswith((*generic, *issue_words.head_words())):
        return True
    # 这些情况由来已久: the demonstrative's noun is a vague word or head noun
    m = issue_words.item_filters()[1].match(item)
    if not m:
        return False
    end = (CLASSIFIER.match(item, m.end()) or m).end()
    return item[end:].startswith((*generic, *issue_words.head_words()))


# the words of a phase before 中的 (改造, 小区改造, 施工): the work the matters arose in
PHASE_SPAN = "2,4"


@cache
def _deictic_topic() -> re.Pattern:
    deictic = alternation(words("issue_deictic_topics.txt"))
    heads = issue_words.heads()
    return re.compile(
        rf"(?:{deictic})(?:的|(?:面临|遇到|碰到|存在)的)?(?:(?:{heads})(?:也|还|都|确实)?(?:不少|很多|许多|挺多|较多|太多|多)?)?"
        rf"|(?:(?:{deictic})?(?:的|(?:面临|遇到|碰到|存在)的))?(?:{heads})(?:也|还|都|确实)?(?:不少|很多|许多|挺多|较多|太多)"
        # a phase of a work as the topic's time (说起了改造中的新情况, 施工中的难处): when the
        # matters arose, as 生活中 is; 新 is what a trimmed 新情况 leaves (session 33, FAULTS33_p98)
        rf"|[^，,的]{{{PHASE_SPAN}}}中的(?:新的?)?(?:{heads})?"
    )


# (a third of the ~12 calls a report repeat one made before; a function of the item and the
# lexicons only: remembered as `bare_request` is)
@lru_cache(maxsize=1024)
def deictic_topic(item: str) -> bool:
    """Is `item` only where or when the raisers' matters are (`issue_deictic_topics.txt`:
    身边, 眼下, 家门口), maybe with a head noun (`issue_heads.txt`) said to be many, or only a
    head noun said to be many (难题也不少)?  Such an item announces the matters told after
    it and names none: 说起了身边的烦心事 left 身边 once its head was trimmed.  Source:
    FAULTS32 (p89-07, p89-09; p87-03 in FAULTS31b I7); no gold of dev, kinds or p86-p88
    opens with one of these words or is a head said to be many.

    >>> deictic_topic("身边"), deictic_topic("眼下面临的难题也不少"), deictic_topic("难题也不少")
    (True, True, True)
    >>> deictic_topic("眼下吃水困难"), deictic_topic("门口路灯不亮"), deictic_topic("困难群众多")
    (False, False, False)

    A phase of a work before 中的 is the topic's time (改造中的新情况 leaves 改造中的新):
    FAULTS33_p98 (p98-08), LABELS33 kind K; a thing after 中的 is named (施工中的噪音).

    >>> deictic_topic("改造中的新"), deictic_topic("施工中的难处"), deictic_topic("施工中的噪音扰民")
    (True, True, False)
    """
    return _deictic_topic().fullmatch(item) is not None


# a head noun with only a vague quantity or 新的 before it (也有一些新的烦心事, 还有不少困难):
# issues announced, none named
VAGUE_HEAD = re.compile(r"^(?:也|还|都)?(?:有|存在)?(?:一些|有些|不少|很多|许多|诸多|几[个点条件项类]|一个|个别|些|一批|一系列|大量)?(?:新的?|小)?$")


# how the matters raised are being handled, said of the head noun itself (回访居民反映问题落实情况:
# 问题落实, the follow-up visit's purpose; a newcomer's report, session 56): no matter named
HANDLING_OF_HEAD = re.compile(r"(?:的)?(?:落实|解决|整改|处理|办理|推进|回应)(?:进展|进度|情况|效果)?$")


def handling_of_head(item: str) -> bool:
    """Is `item` a head noun (`issue_words.head_words`: 问题, 意见建议) and only how it is
    handled (`HANDLING_OF_HEAD`: 落实, 整改, 办理进展)?  Such an item names no matter: the
    follow-up's purpose.  Given 问题落实 or 意见建议办理进展, True; given 政策落实不到位 or
    问题楼栋整改, False (a matter is named or a problem told).

    >>> handling_of_head("问题落实"), handling_of_head("政策落实不到位")
    (True, False)
    """
    head = next((h for h in _heads_longest_first() if item.startswith(h)), None)
    return head is not None and HANDLING_OF_HEAD.fullmatch(item, len(head)) is not None


@cache
def _heads_longest_first() -> tuple[str, ...]:
    """`issue_words.head_words`, longest first (ties in file order), for the longest head an
    item opens with.  Sorted once: `keep` asks `handling_of_head` of every item it reaches
    (session 57, speed57: the sort at each call was ~1 % of issues' time)."""
    return tuple(sorted(issue_words.head_words(), key=len, reverse=True))


@cache
def _opinion_quality() -> re.Pattern:
    """A vague quantity (VAGUE_HEAD's: 不少, 许多), a degree and a quality of opinions
    (`issue_opinion_qualities.txt`: 有针对性, 有价值): what 不少有针对性的意见建议
    leaves once its head noun is trimmed, naming no matter."""
    return re.compile(
        r"(?:一些|有些|不少|很多|许多|诸多|大量|一批|多条)?(?:很|非常|十分|较为|比较)?"
        f"(?:{alternation(words('issue_opinion_qualities.txt'))})"
    )


# the longest noun compound a follow-up word may be said of as a service (垃圾分类收集: 4)
MATTER_SPAN = 4


def _followed_up(item: str, followup: re.Pattern) -> bool:
    """Does `item` tell what is done with residents' issues (a follow-up word:
    `issue_followups.txt`, 认真记录, 交办)?  Not when a problem is stated after the
    word: the slowness of a service is the complaint (证件办理慢, 答复不及时).

    >>> from kg.extract import issue_words
    >>> f = issue_words.item_filters()[2]
    >>> _followed_up("意见建议交办", f), _followed_up("房产证办理慢", f), _followed_up("诉求答复不及时", f)
    (True, False, False)

    Nor when the word is said of a matter the issue scheme files, written before it
    (垃圾收集, 垃圾分类收集: the collecting of rubbish is a service residents speak
    of, as 垃圾分类 is, not the collecting of their opinions; ontology/issues.ttl via
    `issue_scheme.categorise`).  Source: LEFTOVERS32 users 3 (听取居民对垃圾收集的意见
    gave nothing where 对垃圾分类的意见 gave the matter).

    >>> _followed_up("垃圾收集", f), _followed_up("意见收集", f), _followed_up("其居住的小区至今没有办理", f)
    (False, True, True)
    """
    m = followup.search(item)
    if not m or issue_words.problem().search(item, m.end()):
        return False
    matter = item[: m.start()]
    # (the matter is the noun compound the word is said of, written right before it: a
    # clause before the word, 其居住的小区至今没有办理, says something else of it)
    return not (0 < len(matter) <= MATTER_SPAN and HAN_RUN.fullmatch(matter)) or categorise(matter) == SCHEME_FALLBACK


# a bare judgement's speaker, degree adverbs and negation (我们都很不满意, 大家心里着急)
# (issue_judge_speakers.txt, issue_judge_degrees.txt, issue_judge_ends.txt)
JUDGE_SPEAKER = f"(?:{alternation(words('issue_judge_speakers.txt'))})?"
JUDGE_DEGREE = f"(?:{alternation(words('issue_judge_degrees.txt'))})*"
JUDGE_END = f"(?:{alternation(words('issue_judge_ends.txt'))})*"


@cache
def _bare_judgement() -> re.Pattern:
    """An item that is only a judgement (`issue_judgement_words.txt`), maybe after its
    speaker or one of the raiser words (`issue_raisers.txt`), degree adverbs and a
    negation: `我很不满意`, `大家都很着急`, `居民们非常失望`."""
    speakers = alternation(words("issue_raisers.txt"))
    return re.compile(
        f"(?:{JUDGE_SPEAKER}|(?:{speakers})们?){JUDGE_DEGREE}不?(?:{alternation(words('issue_judgement_words.txt'))}){JUDGE_END}"
    )


def bare_judgement(item: str) -> bool:
    """Is `item` a judgement with no matter named (`_bare_judgement`): `我很不满意`,
    `大家都很着急`?  An evaluation alone is no issue; the matter, when told, is
    in the clause before, read as an item of its own.  Not when the item names
    what is judged: `对物业服务很不满意`, `停车难让人着急`.  Source: the lead's
    session-28 notes (a bare judgement read as an issue).

    >>> bare_judgement("我很不满意"), bare_judgement("居民们非常失望"), bare_judgement("对物业服务很不满意")
    (True, True, False)
    """
    return _bare_judgement().fullmatch(item) is not None


# the longest thing a simile likens the matter to (蜘蛛网, 筛子, 迷宫一样的小巷)
SIMILE_THING = 10


@cache
def _simile() -> re.Pattern:
    """A clause that is only a comparison (`issue_simile_words.tsv`: like, the thing, end):
    `像蜘蛛网一样`, `跟迷宫似的` is not read (跟/和 compare states: 和以前一样)."""
    like = alternation(sorted(kind_words("issue_simile_words.tsv", "like"), key=len, reverse=True))
    end = alternation(kind_words("issue_simile_words.tsv", "end"))
    return re.compile(f"(?:都|也|就)?(?:{like})[“”\"‘’{HAN}]{{1,{SIMILE_THING}}}?(?:{end})的?")


def simile_only(item: str) -> bool:
    """Is `item` only a simile (`_simile`: 像蜘蛛网一样)?  It describes the matter told
    before it (线缆横七竖八，像蜘蛛网一样), which is read as an item of its own.
    Session 39 (p135: a simile clause filed as an issue).

    >>> simile_only("像蜘蛛网一样"), simile_only("像“蜘蛛网”一样"), simile_only("管线像蜘蛛网一样乱")
    (True, True, False)
    """
    return _simile().fullmatch(item) is not None


def keep(item: str) -> bool:
    """Whether a trimmed item can be an issue: long enough, not vague (nor a quantity alone), not a back-reference
    or follow-up, not a circumstance (`circumstance`), an announcement (难点主要有) or a
    measure proposed to government (`issue_words.measure`: 加大投入力度)."""
    generic, backref, followup, _ = issue_words.item_filters()
    if not (MIN_ITEM <= len(item) <= MAX_ITEM):
        return False
    if circumstance(item) or ANNOUNCEMENT.search(item) and not OCCURRENCE.search(item) or issue_words.measure().match(item):
        return False
    endings = generic_endings(item, generic)
    if any(RESOLVE.search(item, 0, len(item) - n) for n in endings) or RESOLVING.fullmatch(item):
        return False  # 现场协调解决急难愁盼, 帮助解决(急难愁盼): resolving, with nothing named
    if item in generic or _followed_up(item, followup):
        return False
    if issue_words.condition_end().match(item):
        return False  # 雨季一来, 菜场搬走后: when, before the complaint
    if bare_need(item):
        return False  # (设备陈旧，)急需更新: the need of the matter just named, no matter of its own
    if ATTEMPTS.search(item) or BARE_ATTEMPT.match(item):
        return False  # 找了好几次也没人管, 打电话报修: the attempts to have it fixed
    if HANDLED_SHARE.match(item):
        return False  # 有的村里能办: the matters told before, sorted by who handles them
    if TYPICAL.match(item) or VOCATIVE.match(item) or kind_of_place(item):
        return False  # 社区是典型的老旧小区, 属于老旧开放式楼院: what kind of place, the setting
    if PLEDGE.match(item):
        return False  # 争取月底前开张: a commitment by a deadline
    if assigned(item) and not states_problem(item):
        return False  # X由工作队对接: the reply's arrangement
    if bare_judgement(item):
        return False  # 我很不满意: an evaluation, no matter named
    if AGE_ALONE.match(item) or GRANTED.search(item) or ASSENT.search(item) and not states_problem(item):
        return False  # 今年七十八了, 好看是好看, 改造我们举双手赞成: an age, a concession, assent
    if BARE_CLASSIFIER.match(item) or DEADLINE_ORDER.match(item):
        return False  # 个地方吃顿热饭: cut from 有个; 限期办结: an order by a deadline
    if simile_only(item):
        return False  # 像蜘蛛网一样: likening the matter before it, no matter of its own
    if OWN_HEALTH.match(item) or GROUP_HEALTH.match(item):
        return False  # 自己有慢性病, 很多人患有慢性病: the speaker's or the residents' circumstance
    if head_count(item):
        return False  # 村里的老人有三百多个: how many live there, the setting
    if composition().search(item) and not states_problem(item):
        return False  # 人口以老人为主, 住户多为老年人: who lives there, the setting (not praise: the next clause complains)
    if deictic_topic(item):
        return False  # 身边(的烦心事), 眼下面临的难题也不少: where or when the matters are, none named
    head = next((h for h in issue_words.head_words() if item.endswith(h)), None)
    if head and VAGUE_HEAD.fullmatch(item[: -len(head)]) or VAGUE_HEAD.fullmatch(item):
        return False  # 也有一些新的烦心事: issues announced, none named; 提出了不少(问题), 几点(心声): only how many
    if handling_of_head(item):
        return False  # 问题落实(情况): how the matters raised are handled, none named
    if _opinion_quality().fullmatch(item):
        return False  # 不少有针对性(的意见建议): how apt the opinions are, none told
    if THEME_END.search(item) or backref.match(item) and pointed(item, generic):
        return False
    if item in issue_words.raiser_words() or issue_words.raisers_only().fullmatch(item):
        return False  # 谈到代表…, 针对居民们的意见: raisers named, not what they raised
    if re.fullmatch(COUNT, item):
        return False  # 20余条: how many, not what
    if (DURATION.search(item) or DATED.search(item)) and not states_problem(item):
        # 我们这栋楼住了二十多年, 管道是九十年代铺的: how long or since when, background;
        # X社区是2003年建成的老旧小区: an estate's kind (老旧小区) is a programme's term, no complaint
        return False
    if issue_words.positive().search(item) and not issue_words.problem().search(item):
        return False  # 满意率持续提升: a result, not an issue
    if issue_words.acts().search(item, len(item) - 2) and not PROBLEM_PREDICATE.search(item):
        return False  # 居民们联名来反映: the act, not its content (成了问题: 问 opens the head noun)
    # 饮水困难, 出行困难: a vague word that is a problem predicate (困难) said of what comes
    # before it is a complaint however short (一些困难 was dropped as announced above)
    return not endings or len(item) > 4 or said_of(item, endings, generic)


def said_of(item: str, endings: list[int], generic: frozenset[str]) -> bool:
    """Whether `item` ends in a vague word that is a problem predicate too
    (`issue_words.predicate_heads`: 困难) after two characters or more saying what is
    difficult, no vague word, raiser or quantity themselves.

    >>> said_of("饮水困难", [2], frozenset({"困难"})), said_of("群众困难", [2], frozenset({"困难", "群众"}))
    (True, False)
    """
    n = endings[-1]
    before = item[:-n]
    return (
        item[-n:] in issue_words.predicate_heads() and len(before) >= 2 and before not in generic
        and before not in issue_words.raiser_words() and not VAGUE_HEAD.fullmatch(before)
    )


def generic_endings(item: str, generic: frozenset[str]) -> list[int]:
    """The lengths of the words of `generic` that `item` ends with, shortest first:
    a set look-up per word length, not an `endswith` per word.

    >>> generic_endings("解决急难愁盼", frozenset({"急难愁盼", "愁盼", "问题"}))
    [2, 4]
    """
    return [n for n in _lengths(generic) if n <= len(item) and item[-n:] in generic]


@cache
def _lengths(ws: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in ws}))


@cache
def conjunctions(part: str) -> tuple[int, ...]:
    """Where in `part` a 和, 及 or 与 is a word of its own that the analyser tags as a
    conjunction (`CONJUNCTION_TAG`), joining the phrases on its sides: 冬季取暖|和|灌溉渠道维修.
    Inside a word (暖和, 缓和, 和谐, 涉及, 及时, 参与) or as a preposition (与群众交流) it
    joins nothing.  Session 28: a character guard (no split after 暖, for 暖和) kept
    取暖和X whole; the analyser's words tell the word 暖和 from 取暖 + 和.

    >>> conjunctions("冬季取暖和灌溉渠道维修"), conjunctions("屋里不暖和"), conjunctions("及时清运垃圾")
    ((4,), (), ())
    >>> conjunctions("快递柜不够和充电桩太少"), conjunctions("居民与物业沟通不畅")
    ((5,), ())
    """
    if not PAIR_CHARS.intersection(part):
        return ()
    from kg.analyse import tag_text  # (loaded only when a part holds one of the characters)

    out, pos = [], 0
    tagged = tag_text(part)
    for n, (word, tag) in enumerate(tagged):
        at = part.find(word, pos)
        if at < 0:
            break  # (the analyser's words are the part's characters in order)
        pos = at + len(word)
        # a phrase on each side: one ending the part joins nothing (屋里不暖|和, misread)
        if word in PAIR_CHARS and 0 < n < len(tagged) - 1 and tagged[n + 1][1] not in NOT_PHRASE_START and (
            tag == CONJUNCTION_TAG or tag == PREPOSITION_TAG and tagged[n - 1][1][:1] in PREDICATE_TAGS
        ):
            out.append(at)
    return tuple(out)


def _may_pair(part: str) -> bool:
    """Is there a 和/及/与 in `part` with MIN_PAIR_SIDE characters on each side?  Without
    one no cut at conjunctions can give pieces all that long, so `split_items` need
    not ask the analyser (a tagger call per part cost 0.2x of throughput, session 28).

    >>> _may_pair("冬季取暖和灌溉渠道维修"), _may_pair("水和电"), _may_pair("与物业沟通")
    (True, False, False)
    """
    return any(MIN_PAIR_SIDE <= i <= len(part) - 1 - MIN_PAIR_SIDE for i, c in enumerate(part) if c in PAIR_CHARS)


def paired(part: str) -> list[str]:
    """`part` cut at each conjunction the analyser reads in it (`conjunctions`).

    >>> paired("冬季取暖和灌溉渠道维修"), paired("邻里不和谐")
    (['冬季取暖', '灌溉渠道维修'], ['邻里不和谐'])
    """
    cuts = conjunctions(part)
    ends = [0, *(c + 1 for c in cuts)]
    return [part[a : (b - 1 if b < len(part) + 1 else None)] for a, b in zip(ends, [*ends[1:], len(part) + 1])]


# a verb with a potential complement after 、 (招不到、留不住; 接不住、留不下): the same
# subject's second failing, too short to stand alone; it stays with the part before it
POTENTIAL_AFTER = re.compile(r"、(?=[^、，,；;。不“”]不[^、，,；;。不“”](?:[、，,；;。”」]|$))")
JOINED = "\x00"  # a 、 kept inside an item while the list is cut


@cache
def _shared_predicate() -> re.Pattern:
    """A 、 between short members (up to eight characters each) of a list that runs, in
    the same clause, into an adverb of all (`issue_shared_adverbs.txt`: 都, 均) and a
    predicate of two characters or more: `学生上学、老人买菜都打滑`, `牧民看病、孩子返校都成了
    难事`.  The members share that predicate, so the list is one item (cut at 、, the first
    member was a bare activity standing as a complaint).  Source: FAULTS43_p144.

    >>> bool(_shared_predicate().search("学生上学、老人买菜都打滑")), bool(_shared_predicate().search("路灯不亮、路面不平"))
    (True, False)
    """
    member = "[^、，,；;。“”\\s]"
    adverbs = alternation(words("issue_shared_adverbs.txt"))
    return re.compile(f"、(?=(?:{member}{{1,8}}、)*{member}{{1,8}}?(?:{adverbs}){member}{{2,}})")


@cache
def _lacked_kinds() -> re.Pattern:
    """A 、 after a verb of lacking (`issue_lacked_kinds.tsv` verb) and one short kind (up to
    three characters), before the last kind and the head noun they share (`issue_lacked_kinds.tsv`
    head: staff, a facility), which close the clause: `缺少音乐、美术专业教师`, `没有篮球、乒乓球场地`.  Cut there, the
    first part was a bare kind (缺少音乐) and the second a head with no verb.  The caller
    keeps the cut when the part after it states a problem of its own (没有路灯、路面不平).
    Source: FAULTS45_p165.

    >>> bool(_lacked_kinds().search("学校缺少音乐、美术专业教师")), bool(_lacked_kinds().search("缺少路灯、座椅"))
    (True, False)
    >>> bool(_lacked_kinds().search("村里没有篮球、乒乓球场地")), bool(_lacked_kinds().search("设施缺少维护、垃圾乱堆放"))
    (True, False)
    """
    member = "[^、，,；;。“”\\s]"
    lacks = alternation(kind_words("issue_lacked_kinds.tsv", "verb"))
    heads = alternation(kind_words("issue_lacked_kinds.tsv", "head"))
    return re.compile(f"(?:{lacks}){member}{{1,3}}(?P<sep>、)(?={member}{{1,8}}?(?:{heads})(?:[，,；;。]|$))")


def _join_lacked_kinds(items: str) -> str:
    """`items` with each `_lacked_kinds` 、 kept inside its item (JOINED), unless the part
    after it states a problem of its own (没有监控、路灯不亮: two complaints)."""
    cuts = [m.start("sep") for m in _lacked_kinds().finditer(items)
            if not issue_words.problem().search(re.match(r"[^、，,；;。]*", items[m.end():]).group(0))]
    for at in reversed(cuts):
        items = items[:at] + JOINED + items[at + 1:]
    return items


# a modifier and its graded twin sharing the head after them (失能、半失能老人, 低保、非低保户):
# the part after 、 is one character, then the last two characters before it; split there,
# the first part is a bare modifier cut from its noun.  Source: FAULTS38_p123
GRADED_TWIN = re.compile(r"(?<=([^、，,；;。“”\s]{2}))、(?=[^、，,；;。“”\s]\1)")
# numbers or ordinals listed before the unit they share (通往第三、第五牧业小组的路, 3、5号楼的
# 外墙, 一、二组): one item, the 、 joins the numbers (session 46)
NUMBER_TWIN = re.compile(r"(?<=[\d一二三四五六七八九十])、(?=第?[\d一二三四五六七八九十]+[^\d一二三四五六七八九十、，,；;。是])")


@cache
def _listed_subjects() -> re.Pattern:
    """The members of a 等-list opening a clause that goes on after it (江湾新村、康乐里等 of
    江湾新村、康乐里等老旧小区加装电梯推进缓慢): they name instances of the subject after 等,
    the item is that subject and its predicate (the golds write 老旧小区加装电梯推进缓慢).
    Members are short (MEMBER), and 等 is followed by a noun and more, not by a head noun
    closing a topic list (A、B等问题, 等方面的问题: `issue_heads.txt`, 方面).  Cut at 、, the
    first member was an item of its own, a bare name.  Session 41 (p143).

    >>> _listed_subjects().sub("", "江湾新村、康乐里等老旧小区加装电梯推进缓慢"), _listed_subjects().sub("", "停车难、看病难等问题")
    ('老旧小区加装电梯推进缓慢', '停车难、看病难等问题')
    """
    member = rf"[^、，,；;。“”\s]{{1,{MEMBER}}}"
    return re.compile(rf"(?:^|(?<=[，,；;]))(?:{member}、)+{member}等(?![待候级])(?!方面|{issue_words.heads()})(?=[^、，,；;。]{{4,}})")


# the longest member of a 等-list joined as one subject (`_listed_subjects`)
MEMBER = 8


def condition_only(item: str) -> bool:
    """Is the list item only a condition of time, opened by a condition word of
    `issue_clause_markers.tsv` (when: 一到, 每逢, 每到) and stating no problem
    (`issue_words.problem`)?  Cut from the clause it opens (难题：“一到夏天，自来水断流”),
    it is when the next item's complaint comes, no complaint itself; one holding a
    problem word (每到夏天排水沟发臭) is one.

    >>> condition_only("一到夏天"), condition_only("每逢雨天"), condition_only("每到夏天排水沟发臭")
    (True, True, False)
    """
    return _condition_opener().match(item) is not None and issue_words.problem().search(item) is None


@cache
def _condition_opener() -> re.Pattern:
    return re.compile(f"(?:{alternation(kind_words('issue_clause_markers.tsv', 'when'))})")


def split_items(items: str) -> list[str]:
    """A topic list cut into items: on 、，以及 还有, and on 和/及 between longer items;
    a verb with a potential complement after 、 stays with the part before it.

    >>> split_items("门卫室漏雨、花坛缺人修剪以及广场灯太暗")
    ['门卫室漏雨', '花坛缺人修剪', '广场灯太暗']
    >>> split_items("「加装电梯」『增设充电桩』")
    ['加装电梯', '增设充电桩']
    >>> split_items("护理员招不到、留不住，以及床位紧张")
    ['护理员招不到、留不住', '床位紧张']
    >>> split_items("校车只停在村口，离家还有两里多地")
    ['校车只停在村口', '离家还有两里多地']
    >>> split_items("院里失能、半失能老人越来越多"), split_items("路灯不亮、路面不平")
    (['院里失能、半失能老人越来越多'], ['路灯不亮', '路面不平'])
    >>> split_items("东园、西园等小区停车位紧张")
    ['小区停车位紧张']
    >>> split_items("学生上学、老人买菜都打滑")
    ['学生上学、老人买菜都打滑']
    >>> split_items("老人看病不方便；部分家庭还有劳动力没有就业")
    ['老人看病不方便', '劳动力没有就业']
    >>> split_items("学校缺少音乐、美术专业教师"), split_items("小区没有监控、路灯不亮")
    (['学校缺少音乐、美术专业教师'], ['小区没有监控', '路灯不亮'])
    >>> split_items("通往第二、第四村民小组的便道塌了"), split_items("村里第十一、第十二组的水管冻裂了")
    (['通往第二、第四村民小组的便道塌了'], ['村里第十一、第十二组的水管冻裂了'])
    """
    out = []
    _, _, purpose, _ = issue_words.clause_markers()
    items = _listed_subjects().sub("", items)  # A、B等老旧小区加装电梯推进缓慢: the subject after 等
    # (a list sharing the predicate after its adverb of all stays one item: `_shared_predicate`)
    items = _shared_predicate().sub(JOINED, items)
    items = _shares_still_having().sub("", items)  # 部分家庭还有X: X, what the group has
    items = _join_lacked_kinds(items)  # 缺少音乐、美术专业教师: kinds sharing the head after the last
    items = NUMBER_TWIN.sub(JOINED, items)  # 第三、第五牧业小组: numbers sharing their unit
    for part in ITEM_SPLIT.split(GRADED_TWIN.sub(JOINED, POTENTIAL_AFTER.sub(JOINED, items))):
        part = part.replace(JOINED, "、").strip(" 。；：:")
        if PROGRESS.match(part):
            continue  # 正在开展地块平整和管线迁改: work under way, not two issues
        if out and purpose.match(part):
            continue  # 开通一条公交线路，方便居民上下班: the aim of the item before, no item (session 53, false53)
        # (the analyser is asked only where a cut could leave MIN_PAIR_SIDE on both sides)
        pieces = paired(part) if _may_pair(part) else [part]
        if len(pieces) > 1 and all(len(p) >= MIN_PAIR_SIDE for p in pieces):
            candidates = pieces
        else:
            candidates = [part]
        for c in candidates:
            if statistic(c):
                continue
            c = trim(c)
            if keep(c) and c not in out:
                out.append(c)
    return out


@cache
def delivered_pattern() -> re.Pattern:
    """A benefit already delivered (`issue_delivered.tsv`): a thing newly added (新添了X), work
    done counted up (累计整改X处), or a one-character state for the better reached at a
    clause's or point's end (路平了、灯亮了; not 太亮了, 不通了, 还没通了)."""
    added = alternation(kind_words("issue_delivered.tsv", "added", "tallied"))
    better = "".join(kind_words("issue_delivered.tsv", "bettered"))
    return re.compile(f"(?P<added>{added})|(?<![太很更过不没未])[{better}]了(?=$|[、，,”])")


def delivered(item: str) -> bool:
    """Does `item` tell a benefit already delivered (`delivered_pattern`), with no concession
    in it (新增了车棚，但仍不够用)?  An achievement or praise, no issue (session 47, fprec).
    A state bettered must state no problem besides (路通了，可桥又塌了); what was added or
    worked on may be named by a problem word (累计整改隐患300余处, 新添了适老化床位).

    >>> delivered("去年新添了两台健身器材"), delivered("今年累计整改隐患40处"), delivered("翻修以后路平了、灯亮了")
    (True, True, True)
    >>> delivered("楼道灯太亮了"), delivered("路灯一直不亮了"), delivered("新增了车位但还是不够")
    (False, False, False)
    """
    if re.search(r"但|可是|就是|还是|仍", item):
        return False
    m = delivered_pattern().search(item)
    return bool(m) and (bool(m.group("added")) or not issue_words.problem().search(item))

