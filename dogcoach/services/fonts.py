"""A Hangul font that is there on every machine, for charts and the hand-over document.

The font comes from PyPI, not from the operating system: `koreanize-matplotlib` (MIT) ships Naver's
NanumGothic TTF (SIL Open Font License 1.1), so a developer laptop, CI and the Docker image draw the
same glyphs without `fonts-nanum`. Only the font file is used: importing that package would change
matplotlib's global rcParams, so its directory is found with `importlib.util.find_spec`, which does
not run it. When the package is missing, an installed Nanum font (Debian's `fonts-nanum`) is used.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

FONT_PACKAGE = "koreanize_matplotlib"
FONT_FILE = "NanumGothic.ttf"
BOLD_FONT_FILE = "NanumGothicBold.ttf"
FAMILY = "NanumGothic"
# Where Debian's fonts-nanum puts the same files.
SYSTEM_DIRS: tuple[Path, ...] = (Path("/usr/share/fonts/truetype/nanum"),)


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec(FONT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def _find(name: str) -> Path | None:
    package = _package_dir()
    for folder in (package, *SYSTEM_DIRS):
        if folder is not None and (folder / name).is_file():
            return folder / name
    return None


@cache
def hangul_ttf() -> Path | None:
    """Path of NanumGothic (regular), or None when neither the package nor fonts-nanum is there."""
    found = _find(FONT_FILE)
    if found is None:
        log.warning("no Hangul font: install koreanize-matplotlib (a dependency) or fonts-nanum")
    return found


@cache
def hangul_bold_ttf() -> Path | None:
    """Path of NanumGothic Bold; the regular face when the bold one is missing."""
    return _find(BOLD_FONT_FILE) or hangul_ttf()


@cache
def matplotlib_hangul_family() -> str | None:
    """Register the bundled font with matplotlib once and return its family name (or None)."""
    path = hangul_ttf()
    if path is None:
        return None
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(path))
    bold = hangul_bold_ttf()
    if bold is not None and bold != path:
        font_manager.fontManager.addfont(str(bold))
    return font_manager.FontProperties(fname=str(path)).get_name()
