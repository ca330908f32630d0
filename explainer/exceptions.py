"""One exception family. Every message names the file, line or value at fault and what to do."""


class ExplainerError(Exception):
    """Base class: bad input or configuration the user can fix. The CLI prints it as one line, exit 2."""

    exit_code = 2

    def __init__(self, message, path=None, line=None, value=None, hint=None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.value = value
        self.hint = hint

    def __str__(self):
        where = ""
        if self.path is not None:
            where = f"{self.path}"
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text

    def __reduce__(self):
        # Keep the error picklable (papermill and multiprocessing pass exceptions between processes).
        return (self.__class__, (self.message, self.path, self.line, self.value, self.hint))


class ArticleReadError(ExplainerError):
    """Raised when an article file is missing, empty, binary, badly encoded or not plain text."""


class NoArticleBodyError(ExplainerError):
    """Raised when a file has no paragraphs left once aggregator boilerplate is removed."""


class ReferenceDataError(ExplainerError):
    """Raised when a file in data/reference is missing or has a malformed row."""


class ManifestError(ExplainerError):
    """Raised when data/raw/manifest.csv is malformed."""


class ParameterError(ExplainerError):
    """Raised when a notebook or command-line parameter has the wrong type or names nothing."""


class ValidationError(ExplainerError):
    """Raised when a table fails its schema before it is written."""


class DatasetImportError(ExplainerError):
    """Raised when an ACLED or UCDP export is malformed."""


class OutputWriteError(ExplainerError):
    """Raised when an output cannot be written (full disk, read-only file or folder); nothing is left half-written."""

    exit_code = 1


class BuildRunningError(ExplainerError):
    """Raised when another build of the same project is running: two builds would overwrite each other's staging."""


class StepDeclarationError(ExplainerError):
    """Raised when a notebook writes a file its entry in explainer/steps.py does not declare."""

    exit_code = 1


class NotebookFailed(ExplainerError):
    """Raised when a notebook fails while papermill runs it (a bug: exit status 1)."""

    exit_code = 1


class BadInputInNotebook(NotebookFailed):
    """Raised when a notebook stops on bad input (an ExplainerError raised in one of its cells)."""

    exit_code = 2


class SiteError(ExplainerError):
    """Raised when the site cannot be rendered."""

    exit_code = 1


class AddArticleError(ExplainerError):
    """Raised when ``python -m explainer add`` is given a file or description it must refuse."""


class StoryConfigError(ExplainerError):
    """Raised when the story configuration (story.yml) is missing, malformed or lacks a key."""


class ReviewError(ExplainerError):
    """Raised when the review ledger or a filled-in review queue has a malformed row."""
