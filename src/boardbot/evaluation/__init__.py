"""Evaluation: known-answer question sets, retrieval and answer metrics, baselines, reports.

``boardbot eval`` (``cli.py``) loads sets (``dataset.py``), runs boardbot and
optionally two baselines (``baselines.py``) over them (``runner.py``), scores
every answer with the same functions (``metrics.py``) and writes a markdown
table, JSON and an HTML report (``report.py``).
"""

from .dataset import Question, SetError, load_set, load_sets
from .metrics import Output, Result, Summary, Unit, answer_correct, norm, score, summarise
from .runner import BoardbotSystem, EvalRun, markdown, run_eval

__all__ = [
    "BoardbotSystem",
    "EvalRun",
    "Output",
    "Question",
    "Result",
    "SetError",
    "Summary",
    "Unit",
    "answer_correct",
    "load_set",
    "load_sets",
    "markdown",
    "norm",
    "run_eval",
    "score",
    "summarise",
]
