"""Does ``kehoach import`` stay linear in the size of the text?

    .venv/bin/python benchmarks/import_scale.py [MB ...]

Writes a synthetic plan in the layout of Nghị định 30/2020/NĐ-CP (header, Căn cứ, I./-
items naming agencies, deadlines, sections of 2,000 sibling items, paragraphs wrapped over 300
lines, "Nơi nhận", signature) of about 0.3 MB, then 1.25 MB, 2.5 MB
and 5 MB (or the sizes given), imports each in a fresh process and prints wall time and peak
memory side by side, with the time per MB: a linear import keeps that ratio flat.
Aim (issue 11): 5 MB of text in ≤ 30 s and ≤ 1 GB.  No assertions: this prints a measurement.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(os.environ.get("IMPORT_SCALE_CODE", ROOT))  # whose generator/ to time (a copy of another version)

HEADER = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   TỈNH ĐẮK NÔNG                    Độc lập - Tự do - Hạnh phúc

     Số: 99/KH-UBND                Đắk Nông, ngày 12 tháng 4 năm 2024

                                KẾ HOẠCH
             Phát triển kinh tế tập thể, hợp tác xã năm 2024

      Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023; Nghị quyết số 09/NQ-CP ngày 02 tháng 02
năm 2023 của Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch, nội dung như sau:
      I. MỤC ĐÍCH, YÊU CẦU
      1. Mục đích
      Nâng cao hiệu quả hoạt động của các hợp tác xã trên địa bàn tỉnh.
"""
AGENCIES = ["Sở Tài chính", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh", "Sở Nông nghiệp và Phát triển nông thôn",
            "Ủy ban nhân dân các huyện, thành phố"]
FOOTER = """      Trên đây là Kế hoạch phát triển kinh tế tập thể năm 2024 của Ủy ban nhân dân tỉnh./.

 Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Như trên;                                           KT. CHỦ TỊCH
- Lưu: VT, KT.                                        PHÓ CHỦ TỊCH

                                                      Nguyễn Văn A
"""


def synthetic(size: int) -> str:
    body, n, roman = [HEADER], 0, 1
    romans = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    length = len(HEADER)
    while length < size:
        if n % 2000 == 0:  # a section of 2,000 sibling items
            line = f"      {romans[roman % len(romans)]}. NHIỆM VỤ VÀ GIẢI PHÁP\n"
            roman += 1
        elif n % 500 == 250:  # a paragraph wrapped over 300 lines
            line = "      Tiếp tục " + "".join(f"rà soát, hướng dẫn hợp tác xã số {n}-{k} củng cố tổ chức,\n"
                                              for k in range(300)) + "hoàn thiện hồ sơ.\n"
        else:
            who = AGENCIES[n % len(AGENCIES)]
            line = (f"      - {who} chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan hướng dẫn,\n"
                    f"hỗ trợ hợp tác xã số {n} xây dựng phương án sản xuất kinh doanh, hoàn thành trong\n"
                    f"quý {['I', 'II', 'III', 'IV'][n % 4]} năm 2024.\n")
        body.append(line)
        length += len(line.encode("utf-8"))
        n += 1
    body.append(FOOTER)
    return "".join(body)


CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from generator.importer import import_document
start = time.perf_counter()
draft = import_document(Path(sys.argv[1]), Path(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - start, "tasks": len(draft.plan["tasks"]),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    sizes = [float(a) for a in sys.argv[1:]] or [0.3, 1.25, 2.5, 5.0]
    print(f"{'MB':>6} {'lines':>8} {'tasks':>7} {'seconds':>8} {'s per MB':>8} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / f"synthetic-{mb}.txt"
            text = synthetic(int(mb * 1024 * 1024))
            path.write_text(text, encoding="utf-8")
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(ROOT / "source"), str(CODE)],
                                 capture_output=True, text=True, timeout=1800)
            if out.returncode:
                print(f"{mb:6.2f} failed after {time.perf_counter() - started:.1f} s: {out.stderr.strip()[-300:]}")
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            real_mb = len(text.encode("utf-8")) / 1024 / 1024
            print(f"{real_mb:6.2f} {text.count(chr(10)):>8} {r['tasks']:>7} {r['seconds']:8.1f} "
                  f"{r['seconds'] / real_mb:8.1f} {r['peak_mb']:8.0f}")
    print("aim: 5 MB ≤ 30 s, ≤ 1 GB; s per MB flat = linear")
    return 0


if __name__ == "__main__":
    sys.exit(main())
