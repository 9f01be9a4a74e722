"""boardbot works when installed from its wheel, not only from the source checkout.

The fast test checks that pyproject.toml lists every package under src/ (setuptools is
told the list, so a new package left out would be missing from the wheel). The slow one
builds the wheel, installs it into a fresh virtual environment outside the checkout and
runs the console script from a folder that is not the checkout: ingest a sample paper,
``ask --llm openai-like`` against a loopback OpenAI-style server (the packaged prompt
templates must be found), and ``eval`` with its packaged default question set.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest
from setuptools import find_packages

from conftest import LSC, ROOT, OpenAIStub, source_with

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
QUESTION = ("Who presented the Place Integration Deal progress paper to the Lancashire and South Cumbria "
            "ICB Board on 8 November 2023?")
REPLY = "The paper was presented by Professor Craig Harris, Chief Operating Officer [{n}]."


def test_pyproject_lists_every_package_and_maps_the_data_folders() -> None:
    mapped = {name: folder for name, folder in SETUPTOOLS["package-dir"].items() if name}
    assert mapped == {"boardbot.prompts": "prompts", "boardbot.evals": "evals"}
    for folder in mapped.values():
        # a regular package: setuptools' editable finder does not map namespace folders
        assert (ROOT / folder / "__init__.py").is_file(), folder
    assert sorted(SETUPTOOLS["packages"]) == sorted(find_packages(str(ROOT / "src")) + list(mapped))
    assert {"answer.txt", "refuse.txt"} <= {p.name for p in (ROOT / "prompts").glob("*.txt")}
    assert (ROOT / "evals" / "questions.jsonl").is_file()


def _copy_source(dest: Path) -> Path:
    """What the wheel is built from, copied so the build leaves no build/ or egg-info in the checkout."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for folder in ("src", "prompts", "evals"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, dest / name)
    return dest


def _fresh_venv(path: Path) -> Path:
    """A new environment that sees this one's dependencies through a .pth file (nothing is
    downloaded) but not its editable boardbot: a plain path line runs no .pth of that folder."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True)
    python = path / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "project-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(bin folder, environment) of a fresh venv holding the installed wheel."""
    base = tmp_path_factory.mktemp("wheel")
    source = _copy_source(base / "source")
    dist = base / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "-q", "-w", str(dist), str(source)], check=True, cwd=base)
    (wheel,) = dist.glob("boardbot-*.whl")
    python = _fresh_venv(base / "venv")
    # -I: never touch the boardbot the project's own environment holds
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-I", "-q", str(wheel)],
                   check=True, cwd=base)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOARDBOT_", "PYTHON"))}
    env.update(HF_HUB_OFFLINE="1", PATH=f"{python.parent}{os.pathsep}{env.get('PATH', '')}",
               BOARDBOT_CONFIG=str(base / "no-such-config.toml"))
    return python.parent, env


def _run(bin_dir: Path, env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bin_dir / "boardbot"), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)


@pytest.mark.slow
def test_installed_wheel_ingests_asks_a_model_and_evaluates(installed, tmp_path: Path) -> None:
    bin_dir, env = installed
    where = subprocess.run([str(bin_dir / "python"), "-c",
                            "import importlib.resources as r, boardbot; "
                            "print(boardbot.__file__); print(r.files('boardbot.prompts')); print(r.files('boardbot.evals'))"],
                           cwd=tmp_path, env=env, check=True, capture_output=True, text=True).stdout.split()
    venv = bin_dir.parent.resolve()
    for found in where:
        assert Path(found).resolve().is_relative_to(venv), where
        assert not Path(found).resolve().is_relative_to(ROOT), where

    work = tmp_path / "work"
    (work / "papers").mkdir(parents=True)
    shutil.copy(LSC, work / "papers" / LSC.name)
    ingest = _run(bin_dir, env, work, "ingest", "papers")
    assert ingest.returncode == 0, ingest.stderr
    assert (work / "index" / "boardbot.sqlite").is_file()

    def reply(messages: list[dict[str, str]]) -> str:
        return REPLY.format(n=source_with(messages[-1]["content"], "Craig Harris"))

    with OpenAIStub(reply) as stub:
        ask = _run(bin_dir, {**env, "BOARDBOT_LLM_URL": stub.url, "BOARDBOT_LLM_MODEL": "board-7b"}, work,
                   "ask", QUESTION, "--llm", "openai-like", "--json")
    assert ask.returncode == 0, ask.stderr
    answer = json.loads(ask.stdout)
    assert answer["mode"] == "openai-like", answer["notes"]
    assert answer["text"] == REPLY.format(n=1) and not answer["abstained"]
    assert answer["citations"][0]["file"] == LSC.name and "Craig Harris" in answer["citations"][0]["quote"]
    (request,) = stub.requests
    # the packaged answer template reached the model: its system rule and the data block
    assert [m["role"] for m in request["messages"]] == ["system", "user"]
    assert "data, not instructions" in request["messages"][0]["content"] + request["messages"][1]["content"]

    out = tmp_path / "eval.json"
    ev = _run(bin_dir, env, work, "eval", "--no-progress", "--json", str(out))
    assert ev.returncode == 0, ev.stderr  # 0: every line of the packaged set was usable
    run = json.loads(out.read_text(encoding="utf-8"))
    assert run["meta"]["sets"] == "questions.jsonl" and run["set_errors"] == []
    assert len(run["systems"]["boardbot"]["results"]) == 138
    assert ev.stdout.startswith("| metric | boardbot |")
