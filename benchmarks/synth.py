"""Write a synthetic, valid ``source/`` folder of national size.

    python benchmarks/synth.py OUT [--provinces 34] [--plans 5] [--tasks 60] [--scale 1]

Text is drawn from the sentences of the real plans (``source/raw``), so
folding, search and page sizes behave as on real data.  Each synthetic plan
gets its own raw document containing exactly the quotes its YAML uses, so
the result passes ``kehoach check`` (fidelity included).  ``--scale k``
multiplies the number of plans per province (k × national size).  Each plan gets one
implementation report (a status for every task, a value for every target) unless ``--no-reports``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROVINCES = [
    "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Nội", "Hà Tĩnh", "Hải Phòng", "Hồ Chí Minh", "Huế", "Hưng Yên", "Khánh Hòa",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sơn La", "Tây Ninh", "Thái Nguyên", "Thanh Hóa", "Tuyên Quang", "Vĩnh Long",
]
AGENCY_TYPES = [
    ("so-tai-chinh", "Sở Tài chính"), ("so-nong-nghiep-moi-truong", "Sở Nông nghiệp và Môi trường"),
    ("so-cong-thuong", "Sở Công Thương"), ("so-khoa-hoc-cong-nghe", "Sở Khoa học và Công nghệ"),
    ("so-noi-vu", "Sở Nội vụ"), ("so-xay-dung", "Sở Xây dựng"), ("so-giao-duc-dao-tao", "Sở Giáo dục và Đào tạo"),
    ("so-tu-phap", "Sở Tư pháp"), ("thanh-tra-tinh", "Thanh tra tỉnh"), ("lien-minh-htx-tinh", "Liên minh Hợp tác xã tỉnh"),
    ("ngan-hang-nha-nuoc-chi-nhanh", "Ngân hàng Nhà nước chi nhánh"), ("bhxh-tinh", "Bảo hiểm xã hội tỉnh"),
    ("hoi-nong-dan-tinh", "Hội Nông dân tỉnh"), ("dai-phat-thanh-truyen-hinh", "Đài Phát thanh và Truyền hình tỉnh"),
]
DEADLINES = [
    ("thực hiện thường xuyên", {"kind": "ongoing"}), ("thực hiện hằng năm", {"kind": "annual"}),
    ("thực hiện trong năm 2026", {"kind": "year", "year": 2026}),
    ("giai đoạn 2026-2030", {"kind": "year-range", "year": 2026, "year_end": 2030}),
    ("trong quý II năm 2027", {"kind": "quarter", "year": 2027, "quarters": [2]}),
]

DOC_WORDS = {"nghi-quyet": "Nghị quyết", "chuong-trinh": "Chương trình", "quyet-dinh": "Quyết định"}


def slug(text: str) -> str:
    from unidecode import unidecode

    return re.sub(r"[^a-z0-9]+", "-", unidecode(text.replace("đ", "d").replace("Đ", "D")).lower()).strip("-")


def sentences() -> list[str]:
    pool: list[str] = []
    for path in sorted((ROOT / "source" / "raw").glob("00[1-4]_*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        text = re.sub(r"<[^>]+>|[*#|\\_]", " ", text)
        for part in re.split(r"(?<=[.;:])\s+|\n\s*\n|\t", text):
            part = re.sub(r"\s+", " ", part).strip(" -+")
            if 60 <= len(part) <= 320 and not re.search(r"\d{3,}/", part):
                pool.append(part)
    return sorted(set(pool))


#: what a synthetic report says of a task (status, the sentence that says it)
REPORTED = [("hoan-thanh", "Nhiệm vụ đã hoàn thành."), ("dang-thuc-hien", "Nhiệm vụ đang được triển khai."),
            ("chua-thuc-hien", "Nhiệm vụ chưa thực hiện."), ("khong-ro", "Báo cáo chưa nêu kết quả cụ thể.")]


def _report(out: Path, name: str, pid: str, plan_id: str, number: str, tasks: list, targets: list, rng) -> int:
    """One implementation report per plan: a status for every task and a value for every target,
    each quoted from the report's own text (so that check passes and pages weigh what real ones would)."""
    report_id = f"{pid}-2026-bc-{number.split('/')[0]}"
    lines = [f"ỦY BAN NHÂN DÂN TỈNH {name.upper()}", "", f"Số: {number.split('/')[0]}/BC-UBND",
             f"{name}, ngày 15 tháng 10 năm 2026", "", "BÁO CÁO", f"Kết quả thực hiện Kế hoạch số {number}", ""]
    statuses, values = [], []
    for task in tasks:
        status, sentence = rng.choice(REPORTED)
        quote = f"{task['text']} {sentence}"
        lines.append(f"- {quote}")
        statuses.append({"plan": plan_id, "task": task["id"], "status": status, "quote": quote})
    for target in targets:
        value = rng.randint(0, int(target["value"]))
        quote = f"Đến ngày 30/9/2026, thành lập mới {value} hợp tác xã tại địa bàn số {target['id'][-1]}."
        lines.append(f"- {quote}")
        values.append({"plan": plan_id, "target": target["id"], "value": value, "quote": quote,
                       "as_of": {"printed": "Đến ngày 30/9/2026", "year": 2026, "month": 9, "day": 30}})
    raw_name = f"{report_id}.txt"
    (out / "raw" / raw_name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = {
        "id": report_id, "number": f"{number.split('/')[0]}/BC-UBND",
        "date": {"printed": "ngày 15 tháng 10 năm 2026", "year": 2026, "month": 10, "day": 15},
        "issuer": f"ubnd-{pid}", "province": pid, "raw": raw_name, "title": "BÁO CÁO",
        "subject": f"Kết quả thực hiện Kế hoạch số {number}", "plans": [plan_id],
        "statuses": statuses, "target_values": values,
    }
    (out / "reports").mkdir(exist_ok=True)
    (out / "reports" / f"{report_id}.yaml").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1


def write(out: Path, provinces: int, plans: int, tasks: int, seed: int = 7, reports: bool = True) -> dict:
    rng = random.Random(seed)
    pool = sentences()
    if out.exists():
        shutil.rmtree(out)
    for sub in ("plans", "registry", "raw"):
        (out / sub).mkdir(parents=True)
    shutil.copy(ROOT / "source" / "registry" / "topics.yaml", out / "registry" / "topics.yaml")
    shutil.copy(ROOT / "source" / "registry" / "types.yaml", out / "registry" / "types.yaml")
    registry = {"provinces": [], "agencies": [], "documents": [
        {"id": "09-nq-cp-2023", "number": "09/NQ-CP", "type": "nghi-quyet", "issuer": "Chính phủ", "year": 2023},
        {"id": "20-nq-tw-2022", "number": "20-NQ/TW", "type": "nghi-quyet", "issuer": "Ban Chấp hành Trung ương Đảng", "year": 2022},
    ]}
    counts = {"plans": 0, "tasks": 0, "targets": 0, "reports": 0}
    names = [PROVINCES[i % len(PROVINCES)] + ("" if i < len(PROVINCES) else f" {i // len(PROVINCES) + 1}") for i in range(provinces)]
    for name in names:
        pid = slug(name)
        registry["provinces"].append({"id": pid, "name": name})
        registry["agencies"].append({"id": f"ubnd-{pid}", "name": f"Ủy ban nhân dân tỉnh {name}",
                                     "variants": ["Ủy ban nhân dân tỉnh", "UBND tỉnh"], "kind": "ubnd-tinh",
                                     "type": "ubnd-tinh", "province": pid})
        for type_id, type_name in AGENCY_TYPES:
            registry["agencies"].append({"id": f"{type_id}-{pid}", "name": f"{type_name} tỉnh {name}",
                                         "variants": [type_name], "kind": "so", "type": type_id, "province": pid})
        # as real plans do, each cites the province's own documents besides the national ones: the province's
        # resolution and programme (shared by its plans) and a decision of its own, so the list of every
        # legal document grows with the country as it would (numbers are made up, never drawn from rng)
        province_docs = [
            {"id": f"{len(registry['provinces']) + 10}-2025-nq-hdnd-{pid}", "number": f"{len(registry['provinces']) + 10}/2025/NQ-HĐND",
             "type": "nghi-quyet", "issuer": f"Hội đồng nhân dân tỉnh {name}", "year": 2025},
            {"id": f"{len(registry['provinces']) + 40}-ctr-tu-{pid}", "number": f"{len(registry['provinces']) + 40}-CTr/TU",
             "type": "chuong-trinh", "issuer": f"Tỉnh ủy {name}", "year": 2023},
        ]
        registry["documents"].extend(province_docs)
        for p in range(plans):
            number = f"{100 + p}/KH-UBND"
            plan_id = f"{pid}-2026-kh-{100 + p}"
            decision = {"id": f"{1200 + p}-qd-ubnd-{pid}", "number": f"{1200 + p}/QĐ-UBND", "type": "quyet-dinh",
                        "issuer": f"Ủy ban nhân dân tỉnh {name}", "year": 2025}
            registry["documents"].append(decision)
            lines = [f"ỦY BAN NHÂN DÂN TỈNH {name.upper()}", "", f"Số: {number}", f"{name}, ngày 15 tháng 01 năm 2026", "", "KẾ HOẠCH",
                     "Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ", ""]
            lines += [f"Căn cứ {DOC_WORDS[d['type']]} số {d['number']} của {d['issuer']};" for d in [*province_docs, decision]]
            targets = []
            for t in range(5):
                value = rng.randint(5, 400)
                text = f"Đến năm 2030, phấn đấu thành lập mới khoảng {value} hợp tác xã tại địa bàn số {t + 1}."
                lines.append(f"- {text}")
                targets.append({"id": f"ct-{t + 1:02d}", "text": text, "kind": "hop-tac-xa-thanh-lap-moi", "value": value,
                                "unit": "hợp tác xã", "comparator": "≈", "year": 2030})
            task_list = []
            for n in range(tasks):
                body = rng.choice(pool)
                lead_type, lead_name = rng.choice(AGENCY_TYPES)
                coop_type, coop_name = rng.choice([a for a in AGENCY_TYPES if a[0] != lead_type])
                printed, deadline = rng.choice(DEADLINES)
                lead_text = f"{lead_name} chủ trì"
                coop_text = f"phối hợp với {coop_name}"
                lines += [f"- {body}", f"{lead_text}, {coop_text} {printed}.", ""]
                task_list.append({
                    "id": f"nv-{n + 1:03d}", "text": body, "place": {"part": "body", "section": f"III.{n // 10 + 1}"},
                    "group": f"g{n // 10 + 1}", "lead": [f"{lead_type}-{pid}"], "lead_text": lead_text,
                    "cooperating": [f"{coop_type}-{pid}"], "cooperating_text": coop_text,
                    "deadline": {"printed": printed, **deadline},
                })
            groups = [{"id": f"g{g + 1}", "title": f"Nhóm nhiệm vụ số {g + 1} của kế hoạch."} for g in range((tasks + 9) // 10)]
            lines += [g["title"] for g in groups]
            raw_name = f"{plan_id}.txt"
            (out / "raw" / raw_name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            plan = {
                "id": plan_id, "kind": "ke-hoach", "number": number, "date": {"printed": "ngày 15 tháng 01 năm 2026", "year": 2026, "month": 1, "day": 15},
                "issuer": f"ubnd-{pid}", "province": pid, "raw": raw_name, "title": "KẾ HOẠCH",
                "subject": "Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ",
                "legal_basis": ["09-nq-cp-2023", *(d["id"] for d in province_docs), decision["id"]], "targets": targets, "groups": groups, "tasks": task_list,
            }
            (out / "plans" / f"{plan_id}.yaml").write_text(json.dumps(plan, ensure_ascii=False, indent=1), encoding="utf-8")
            if reports:
                counts["reports"] += _report(out, name, pid, plan_id, number, task_list, targets, rng)
            counts["plans"] += 1
            counts["tasks"] += len(task_list)
            counts["targets"] += len(targets)
    (out / "registry" / "national.yaml").write_text(json.dumps(registry, ensure_ascii=False, indent=1), encoding="utf-8")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--plans", type=int, default=5)
    parser.add_argument("--tasks", type=int, default=60)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--no-reports", action="store_true", help="no implementation reports (one per plan by default)")
    args = parser.parse_args()
    counts = write(args.out, args.provinces, args.plans * args.scale, args.tasks, reports=not args.no_reports)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
