"""Regenerate the README pictures from the example article.

    python docs/make_images.py

writes docs/timeline.png (the timeline exactly as `chrono build` makes it), docs/briefing-1.png,
docs/briefing-2.png (the first two pages of the Word briefing, converted to PDF by LibreOffice and
rendered at 70 dpi by pdftoppm) and docs/deck.png (the three slides of the PowerPoint deck, one under
the other). Needs `soffice` and `pdftoppm` on the PATH.

    python docs/make_images.py --corpus 2000

also writes docs/corpus-timeline.png: the timeline of 2,000 articles made from TempEval-3
(benchmarks/make_corpus.py; ../shared beside the repository), its key events and the strip of all,
and docs/corpus-deck.png: its PowerPoint deck (overview, key points, a slide a period).
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


def deck(chron, tmp: Path, profile: str) -> None:
    """docs/deck.png: the slides of the deck, converted by LibreOffice Impress, one under the other."""
    from PIL import Image

    import chrono
    chrono.write(chron, tmp, formats=["pptx"], name="example")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(tmp / "example.pptx")], check=True, timeout=180,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["pdftoppm", "-png", "-r", "48", str(tmp / "example.pdf"), str(tmp / "slide")], check=True,
                   timeout=120)
    slides = [Image.open(p).convert("RGB") for p in sorted(tmp.glob("slide-*.png"))]
    sheet = Image.new("RGB", (slides[0].width, sum(s.height + 8 for s in slides)), "#9aa5b1")
    y = 0
    for s in slides:
        sheet.paste(s, (0, y))
        y += s.height + 8
    sheet.save(DOCS / "deck.png", optimize=True)


def corpus_deck(chron, tmp: Path, profile: str, target: Path = DOCS / "corpus-deck.png") -> None:
    """docs/corpus-deck.png: the deck of a corpus too large for one picture (the overview, the key
    points and a slide a period), converted by LibreOffice Impress, two slides a row."""
    from PIL import Image

    import chrono
    chrono.write(chron, tmp, formats=["pptx"], name="corpus")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(tmp / "corpus.pptx")], check=True, timeout=300,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(tmp / "corpus.pdf"), str(tmp / "cslide")], check=True,
                   timeout=120)
    slides = [Image.open(p).convert("RGB") for p in sorted(tmp.glob("cslide-*.png"))]
    w, h = slides[0].size
    sheet = Image.new("RGB", (2 * w + 8, (len(slides) + 1) // 2 * (h + 8)), "#9aa5b1")
    for i, s in enumerate(slides):
        sheet.paste(s, ((i % 2) * (w + 8), (i // 2) * (h + 8)))
    sheet.save(target, optimize=True)


def corpus(count: int, tmp: Path) -> None:
    """docs/corpus-timeline.png: the timeline of ``count`` TempEval-3 articles."""
    import chrono
    source = ROOT.parent / "shared" / "data" / "tempeval3" / "train"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(source), str(tmp / "corpus"),
                    "--count", str(count)], check=True, stdout=subprocess.DEVNULL)
    from chrono.pipeline import build_corpus
    chron = build_corpus(str(tmp / "corpus")).chronology
    chrono.write(chron, tmp, formats=["png"], name="corpus")
    shutil.copyfile(tmp / "corpus.png", DOCS / "corpus-timeline.png")
    corpus_deck(chron, tmp, (tmp / "lo-profile").as_uri())


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
        deck(chron, tmp, profile)
        if "--corpus" in sys.argv:
            corpus(int(sys.argv[sys.argv.index("--corpus") + 1]), tmp)
    print("wrote", ", ".join(str(p.relative_to(ROOT)) for p in sorted(DOCS.glob("*.png"))))


if __name__ == "__main__":
    main()
