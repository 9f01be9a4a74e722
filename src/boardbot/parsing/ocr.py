"""OCR for PDF pages without a text layer: render with pypdfium2, read with Tesseract.

Behind an ``OCR`` Protocol (image -> text, confidence, word boxes), so another
engine can be plugged in. ``PageOCR`` renders the pages a reader asks for, looks
each rendered image up in a cache keyed by its pixels' hash (a re-ingest never
OCRs a page twice), turns pages scanned sideways or upside down upright with
Tesseract's orientation detection, and gives every page a time limit.

Tesseract is called through pytesseract, one subprocess per call: a page over
its time limit is killed without harming the worker, which an in-process
binding (tesserocr) cannot do.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..errors import BoardbotError

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

INSTALL_HINT = "install it with `bash scripts/install_ocr.sh` (apt-get install tesseract-ocr tesseract-ocr-eng)"
# Bumped when the way text is made from an image changes, so cached results are not reused.
PIPELINE_VERSION = "1"


class OCRUnavailableError(BoardbotError):
    """The OCR engine (or its language data) is not installed."""


@dataclass
class OCRWord:
    text: str
    conf: float  # 0-100
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of the rendered page, top-left origin
    offset: int  # where the word starts in ``OCRPage.text``


@dataclass
class OCRPage:
    """What OCR read on one page."""

    text: str
    confidence: float  # mean word confidence, 0-100
    words: list[OCRWord] = field(default_factory=list)
    rotation: int = 0  # degrees the page image was turned (counter-clockwise) to read it upright
    key: str = ""  # the cache key: hash of the rendered page image and the OCR set-up

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> OCRPage:
        words = [OCRWord(w["text"], float(w["conf"]), tuple(w["box"]), int(w["offset"])) for w in d.get("words", [])]
        return cls(d["text"], float(d["confidence"]), words, int(d.get("rotation", 0)), d.get("key", ""))


@runtime_checkable
class OCR(Protocol):
    name: str  # engine, version and language: part of every cache key

    def read(self, image: Image.Image, timeout_s: float) -> OCRPage:
        """Text of an image; raises ``TimeoutError`` past ``timeout_s``."""
        ...


@dataclass(frozen=True)
class OCRSettings:
    """The OCR part of ``Settings``, small and picklable for the parse workers."""

    enabled: bool = True
    cmd: str = "tesseract"
    lang: str = "eng"
    dpi: int = 300
    min_confidence: float = 50.0
    page_timeout_s: float = 60.0
    min_chars: int = 20  # fewer characters than this on a page holding an image: OCR it
    cache_dir: str = ""  # empty: no cache


@lru_cache(maxsize=8)
def _tesseract_info(cmd: str) -> tuple[str, frozenset[str]]:
    """Version line and installed languages of ``cmd``; raises OCRUnavailableError."""
    exe = shutil.which(cmd)
    if exe is None:
        raise OCRUnavailableError(f"Tesseract OCR is not installed ({cmd!r} not found): {INSTALL_HINT}")
    try:
        version = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        raise OCRUnavailableError(f"Tesseract OCR ({cmd}) does not run ({exc}): {INSTALL_HINT}") from exc
    first = (version.stdout or version.stderr).strip().splitlines()
    names = frozenset(ln.strip() for ln in langs.stdout.splitlines()[1:] if ln.strip())
    return (first[0] if first else "tesseract"), names


class TesseractOCR:
    """Tesseract through pytesseract: word boxes and confidences from ``image_to_data``, OSD for rotation."""

    def __init__(self, cmd: str = "tesseract", lang: str = "eng", osd_below: float = 75.0) -> None:
        version, langs = _tesseract_info(cmd)
        missing = [x for x in lang.split("+") if x not in langs]
        if missing:
            raise OCRUnavailableError(f"Tesseract has no language data for {'+'.join(missing)}: {INSTALL_HINT}")
        # Tesseract's OpenMP threads fight the other parse workers (and the embedder) for the
        # cores: one thread per page measured ~4x faster on 2 cores. pytesseract passes os.environ on.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        self.cmd = shutil.which(cmd) or cmd
        self.lang = lang
        self.osd = "osd" in langs
        # Orientation detection costs most of an OCR pass; an upright page read with good
        # confidence does not need it, so it runs only when the upright reading is poor.
        self.osd_below = osd_below
        self.name = f"{version} lang={lang}"

    def read(self, image: Image.Image, timeout_s: float) -> OCRPage:
        deadline = time.monotonic() + timeout_s
        best = self._data(image, 0, deadline)
        if not self.osd or (best.confidence >= self.osd_below and len(best.words) >= 10):
            return best
        turn = self._orientation(image, deadline)
        if turn:
            turned = self._data(image.rotate(turn, expand=True), turn, deadline)
            if turned.confidence > best.confidence:
                best = turned
        return best

    def _orientation(self, image: Image.Image, deadline: float) -> int:
        """Counter-clockwise degrees that turn ``image`` upright (0 when unsure)."""
        import pytesseract

        pytesseract.pytesseract.tesseract_cmd = self.cmd  # pytesseract's one global setting
        small = image.reduce(2) if min(image.size) > 1600 else image  # OSD needs no more than ~150 dpi
        try:
            osd = pytesseract.image_to_osd(small, config="--psm 0", output_type=pytesseract.Output.DICT,
                                           timeout=_left(deadline))
        except RuntimeError as exc:  # pytesseract's own timeout
            raise TimeoutError("orientation detection") from exc
        except pytesseract.TesseractError:  # too few characters to tell: leave it as it is
            return 0
        if float(osd.get("orientation_conf", 0)) < 1.5:
            return 0
        # OSD's "rotate" is clockwise degrees to turn the image; PIL's rotate() turns counter-clockwise.
        return (-int(osd.get("rotate", 0))) % 360

    def _data(self, image: Image.Image, rotation: int, deadline: float) -> OCRPage:
        import pytesseract

        pytesseract.pytesseract.tesseract_cmd = self.cmd
        try:
            d = pytesseract.image_to_data(image, lang=self.lang, config="--psm 3",
                                          output_type=pytesseract.Output.DICT, timeout=_left(deadline))
        except RuntimeError as exc:
            raise TimeoutError("OCR") from exc
        return _page_from_data(d, image.size, rotation)


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("OCR")
    return max(1.0, left)


def _page_from_data(d: dict[str, list], size: tuple[int, int], rotation: int) -> OCRPage:
    """Lines of words in reading order; a blank line between Tesseract's blocks and paragraphs."""
    w, h = size
    parts: list[str] = []
    words: list[OCRWord] = []
    pos, last_line, last_par = 0, None, None
    confs: list[tuple[float, int]] = []
    for i, raw in enumerate(d["text"]):
        text = (raw or "").strip()
        conf = float(d["conf"][i])
        if not text or conf < 0:
            continue
        par = (d["block_num"][i], d["par_num"][i])
        line = (*par, d["line_num"][i])
        if last_line is not None:
            sep = " " if line == last_line else ("\n" if par == last_par else "\n\n")
            parts.append(sep)
            pos += len(sep)
        last_line, last_par = line, par
        x0, y0 = d["left"][i], d["top"][i]
        box = _unturn((x0 / w, y0 / h, (x0 + d["width"][i]) / w, (y0 + d["height"][i]) / h), rotation)
        words.append(OCRWord(text, conf, box, pos))
        parts.append(text)
        pos += len(text)
        confs.append((conf, len(text)))
    weight = sum(n for _, n in confs)
    confidence = sum(c * n for c, n in confs) / weight if weight else 0.0
    return OCRPage("".join(parts), round(confidence, 2), words, rotation)


def _unturn(box: tuple[float, float, float, float], rotation: int) -> tuple[float, float, float, float]:
    """A box found on the image turned ``rotation`` degrees CCW, in the unturned page's fractions."""
    x0, y0, x1, y1 = box
    if rotation == 90:  # turned CCW: a point (u, v) of the turned image was at (1 - v, u)
        x0, y0, x1, y1 = 1 - y1, x0, 1 - y0, x1
    elif rotation == 180:
        x0, y0, x1, y1 = 1 - x1, 1 - y1, 1 - x0, 1 - y0
    elif rotation == 270:
        x0, y0, x1, y1 = y0, 1 - x1, y1, 1 - x0
    return (round(x0, 5), round(y0, 5), round(x1, 5), round(y1, 5))


def remove_rules(image: Image.Image, dpi: int) -> Image.Image:
    """Erase long thin straight lines (table rules, underlines).

    Tesseract's layout analysis takes a ruled table for a picture and drops the
    text in its cells (the "Meeting / Date / Outcomes" rows of a cover sheet);
    with the rules gone the cells read as ordinary lines of text. Runs shorter
    than half an inch stay, so letters, even of large headings, are untouched.
    """
    import numpy as np
    from PIL import Image as PILImage

    a = np.asarray(image.convert("L"))
    dark = a < 190  # a scan's rules are often grey
    run = max(20, dpi // 2)
    rules = _runs(dark, run, axis=1) | _runs(dark, run, axis=0)
    if not rules.any():
        return image
    out = a.copy()
    out[rules] = 255
    return PILImage.fromarray(out)


def _runs(dark, length: int, axis: int):  # numpy arrays in and out
    """Pixels lying in a straight run of at least ``length`` dark pixels along ``axis``, and their edges.

    A pixel also counts as dark where its neighbour across the run is, so a rule
    on a slightly skewed scan, which steps by a pixel now and then, stays one run.
    """
    import numpy as np

    m = np.moveaxis(dark, axis, -1)
    thick = m.copy()
    thick[1:] |= m[:-1]
    thick[:-1] |= m[1:]
    n = m.shape[-1]
    if n < length:
        return np.zeros_like(dark)
    c = np.zeros(m.shape[:-1] + (n + 1,), np.int32)
    np.cumsum(thick, axis=-1, out=c[..., 1:])
    starts = np.zeros(m.shape, np.int32)
    starts[..., : n - length + 1] = (c[..., length:] - c[..., : n - length + 1]) == length
    s = np.zeros(m.shape[:-1] + (n + 1,), np.int32)
    np.cumsum(starts, axis=-1, out=s[..., 1:])
    # pixel j is covered by a run starting anywhere in [j - length + 1, j]
    lo = np.concatenate([np.zeros(m.shape[:-1] + (length,), np.int32), s[..., 1 : n - length + 1]], axis=-1)
    covered = (s[..., 1:] - lo) > 0
    # and the rule's grey anti-aliased edges, which would otherwise stay behind as a faint rule
    edges = covered.copy()
    edges[1:] |= covered[:-1]
    edges[:-1] |= covered[1:]
    return np.moveaxis(edges, -1, axis)


class OCRCache:
    """One JSON file per page result, named by its key, written atomically (workers share it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> OCRPage | None:
        try:
            return OCRPage.from_dict(json.loads(self._path(key).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, page: OCRPage) -> None:
        path = self._path(page.key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(page.to_dict(), fh, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError as exc:  # a read-only index still gets its text, just no cache
            log.warning("OCR cache %s not written (%s)", path, exc)


# the logger a parse worker reports each OCR'd page on; ingest counts these records for progress
PROGRESS_LOGGER = "boardbot.ocr.progress"
MAX_PIXELS = 40_000_000  # a hostile page size must not render to gigabytes


class PageOCR:
    """The pages of one PDF that need OCR: rendered, read through the cache, judged readable or not."""

    def __init__(self, settings: OCRSettings, engine: OCR | None = None) -> None:
        self.settings = settings
        self._engine = engine
        self.cache = OCRCache(Path(settings.cache_dir)) if settings.cache_dir else None

    @property
    def engine(self) -> OCR:
        """The engine, made on first use; raises OCRUnavailableError if it is not installed."""
        if self._engine is None:
            self._engine = TesseractOCR(self.settings.cmd, self.settings.lang)
        return self._engine

    def read(self, path: Path, numbers: list[int], password: str | None = None) -> dict[int, OCRPage]:
        """Results for the readable pages among ``numbers`` (1-based); the others are warned about."""
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        engine = self.engine  # fail before rendering anything when Tesseract is missing
        name, out = path.name, {}
        progress = logging.getLogger(PROGRESS_LOGGER)
        pdf = pdfium.PdfDocument(str(path), password=password)
        try:
            for n in numbers:
                page = pdf[n - 1]
                try:
                    w, h = page.get_size()
                    scale = min(self.settings.dpi / 72, (MAX_PIXELS / max(1.0, w * h)) ** 0.5)
                    image = page.render(scale=scale, grayscale=True).to_pil()
                    scanned = any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))
                finally:
                    page.close()
                result = self._page(engine, image, name, n, scanned)
                if result is not None:
                    out[n] = result
                    progress.info("%s: page %d read by OCR", name, n, extra={"ocr_file": name, "ocr_page": n})
        finally:
            pdf.close()
        return out

    def _page(self, engine: OCR, image: Image.Image, name: str, n: int, scanned: bool) -> OCRPage | None:
        s = self.settings
        hist = image.histogram()
        if sum(hist[:128]) < 0.0002 * image.width * image.height:
            # a scanned sheet that is blank is worth a warning; an empty page of a text PDF never was
            log.log(logging.WARNING if scanned else logging.INFO,
                    "%s: page %d has no text layer and is blank; skipped", name, n)
            return None
        key = hashlib.sha256(
            f"{engine.name}|{s.dpi}|{PIPELINE_VERSION}|{image.size}".encode() + image.tobytes()
        ).hexdigest()
        result = self.cache.get(key) if self.cache else None
        if result is None:
            t = time.perf_counter()
            try:
                result = engine.read(remove_rules(image, s.dpi), s.page_timeout_s)
            except TimeoutError:
                log.warning("%s: page %d: OCR took longer than %gs; skipped", name, n, s.page_timeout_s)
                return None
            result.key = key
            log.debug("%s: page %d OCR'd in %.1fs (confidence %.0f)", name, n, time.perf_counter() - t,
                      result.confidence)
            if self.cache:
                self.cache.put(result)
        if len(result.text.strip()) < s.min_chars or result.confidence < s.min_confidence:
            log.warning("%s: page %d has no text layer and OCR could not read it (confidence %.0f, "
                        "minimum %g: a photo or a poor scan?); skipped", name, n, result.confidence,
                        s.min_confidence)
            return None
        return result
