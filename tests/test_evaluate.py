from explainer.evaluate import evaluate_folders, format_scores

from .conftest import ANNOTATED


def test_scores_on_the_annotated_articles(capsys):
    scores = {s.name: s for s in evaluate_folders([ANNOTATED])}
    print(format_scores(list(scores.values())))  # shown with pytest -s; the figures go in the issue note
    assert scores["claim found"].annotated == 16
    # Floors, not targets: the rules must keep finding the annotated claims.
    assert scores["claim found"].recall >= 0.9 and scores["claim found"].precision >= 0.9
    for field in ("number_low", "number_high", "qualifier", "outcome"):
        assert scores[field].f1 >= 0.9, field
    assert scores["claimant"].f1 >= 0.8
