"""JupyterLab on the notebooks without letting data into git.

- `strip_outputs_in_repo` is a Jupyter pre-save hook (`make lab` sets it with
  `--ContentsManager.pre_save_hook=workbench.report.lab.strip_outputs_in_repo`): a notebook
  saved anywhere inside a git work tree is saved without outputs, execution counts or the
  metadata JupyterLab adds on opening (nbstripout's rules), so results made from real records
  (notes!) never reach the repository. Elsewhere it is saved as it is.
- `lab_folder` gives the folder `make lab` opens: the repository's notebooks, or with a data
  directory, a copy of them inside it (outside git), where outputs can be kept.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import nbformat
from nbstripout import strip_output

from workbench.core.errors import InputError

# What JupyterLab writes into a notebook's metadata when it opens one; only the language
# name is kept, as the notebooks are committed.
LAB_METADATA = tuple(f"metadata.language_info.{k}" for k in (
    "codemirror_mode", "file_extension", "mimetype", "nbconvert_exporter", "pygments_lexer",
    "version")) + ("metadata.widgets", "cell.metadata.execution", "cell.metadata.scrolled",
                   "cell.metadata.collapsed", "cell.metadata.ExecuteTime")


def in_git_work_tree(path: Path) -> bool:
    """True when the path lies inside a git work tree (a folder above it has .git)."""
    path = Path(path).resolve()
    return any((folder / ".git").exists() for folder in (path, *path.parents))


def strip_notebook(content: dict[str, Any]) -> nbformat.NotebookNode:
    nb = nbformat.from_dict(content)
    return strip_output(nb, keep_output=False, keep_count=False, keep_id=True,
                        extra_keys=list(LAB_METADATA))


def strip_outputs_in_repo(model: dict[str, Any], path: str, contents_manager: Any = None,
                          **kwargs: Any) -> None:
    """Jupyter pre-save hook: strip a notebook saved inside a git work tree (in place)."""
    if model.get("type") != "notebook" or not model.get("content"):
        return
    root = Path(getattr(contents_manager, "root_dir", ".") or ".")
    if in_git_work_tree(root / path.lstrip("/")):
        model["content"] = strip_notebook(model["content"])


def lab_folder(repo_notebooks: Path, data_dir: str | Path | None = None) -> Path:
    """The folder to open: the repository's notebooks, or a copy of them in
    DATA_DIR/notebooks (existing copies are kept: they hold the evaluator's work)."""
    if not data_dir:
        return Path(repo_notebooks)
    data = Path(data_dir).resolve()
    if not data.is_dir():
        raise InputError(f"DATA_DIR {data} is not a folder: give a project data directory")
    if in_git_work_tree(data):
        raise InputError(f"DATA_DIR {data} is inside a git work tree: project data must live "
                         "outside any repository")
    target = data / "notebooks"
    target.mkdir(exist_ok=True)
    for notebook in sorted(Path(repo_notebooks).glob("*.ipynb")):
        if not (target / notebook.name).exists():
            shutil.copy2(notebook, target / notebook.name)
    return target


def main(argv: list[str] | None = None) -> int:
    """`python -m workbench.report.lab NOTEBOOKS [DATA_DIR]`: print the folder to open."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    try:
        print(lab_folder(Path(args[0]), args[1] if len(args) > 1 else None))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
