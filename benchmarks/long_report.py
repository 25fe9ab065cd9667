"""Build one long invented report (issue 10): a ~7 KB report repeated to a size.

Usage: python benchmarks/long_report.py OUT.txt --kb 250
The text is invented (names, places and wording are not from any eval set).
"""
from __future__ import annotations

import argparse
from pathlib import Path

UNIT = """副县长林沛然赴梧桐镇青石村开展专题调研

2021年5月12日上午，副县长林沛然来到梧桐镇青石村开展专题调研，梧桐镇党委书记郑晓岚陪同。

林沛然首先来到青石村党群服务中心，主持召开村民座谈会。村民们反映了村道路面破损、自来水压力不足、垃圾清运不及时、缺少老年食堂等问题。林沛然对这些问题逐一作了回应，要求镇里抓紧研究解决办法。

随后，林沛然前往青石村竹编合作社，察看产品展示和销售情况。合作社负责人介绍了订单增加但缺少仓储用地的困难。林沛然表示，有关部门要主动上门服务，帮助企业解决实际问题。

当天下午，林沛然又走访了梧桐镇卫生院，了解基层医疗服务情况。卫生院反映了医生人手紧张、检验设备老化等问题。林沛然指出，要加强基层医疗人才队伍建设，逐步更新设备。

在梧桐镇敬老院，林沛然看望了在院老人，听取了院长关于床位不足、护理人员流失的情况介绍。他强调，要把养老服务作为民生实事抓实抓好。

最后，林沛然来到青石溪治理工地，实地查看河道清淤和护岸建设进度。施工单位反映了雨季施工难度大、材料运输不便等问题。林沛然要求各方加强协调，确保工程按期完工。

"""


def build(kb: int) -> str:
    """The unit repeated until the text is about `kb` kilobytes (UTF-8), under 1 MiB."""
    unit_bytes = len(UNIT.encode("utf-8"))
    n = max(1, (kb * 1000) // unit_bytes)
    return UNIT * n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--kb", type=int, default=250)
    a = ap.parse_args()
    a.out.write_text(build(a.kb), encoding="utf-8")


if __name__ == "__main__":
    main()
