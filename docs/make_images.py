"""Regenerate the README pictures from the example article.

    python docs/make_images.py

writes docs/timeline.png (the timeline exactly as `chrono build` makes it) and docs/briefing-1.png,
docs/briefing-2.png (the first two pages of the Word briefing, converted to PDF by LibreOffice and
rendered at 70 dpi by pdftoppm). Needs `soffice` and `pdftoppm` on the PATH.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"


def main() -> None:
    import os

    import chrono
    os.chdir(ROOT)
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        chron = chrono.build(str(EXAMPLE.relative_to(ROOT)))      # the source shown as the README gives it
        chrono.write(chron, tmp, formats=["docx", "png"], name="example")
        shutil.copyfile(tmp / "example.png", DOCS / "timeline.png")
        profile = (tmp / "lo-profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(tmp / "example.docx")], check=True, timeout=180,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(tmp / "example.pdf"),
                        str(tmp / "page")], check=True, timeout=120)
        pages = sorted(tmp.glob("page-*.png"))
        for i, page in enumerate(pages[:2], start=1):
            shutil.copyfile(page, DOCS / f"briefing-{i}.png")
    print("wrote", ", ".join(str(p.relative_to(ROOT)) for p in sorted(DOCS.glob("*.png"))))


if __name__ == "__main__":
    main()
