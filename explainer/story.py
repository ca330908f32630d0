"""Text and tables for the site's pages, computed from data/processed.

Every figure in the prose comes from a table, with its claimant beside it and a link to the claim's quote.
Article text is untrusted: everything taken from an article is escaped here, for HTML and for the Markdown and
shortcode syntax of both renderers, before it reaches a page. Everything is returned as Markdown outputs
(``notebook.html_block``), never as text/html: see ``explainer/notebook.py`` for why.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pandas as pd
from IPython.display import Markdown

from .articles import text_fragment_url  # noqa: F401 (re-exported for the pages)
from .charts import SIDE_LABELS
from .events import report_dates
from .notebook import chart_image, figure, html_block, safe
from .articles import may_republish  # noqa: F401 (the licence rule lives with the other input rules)


def last_updated(articles: pd.DataFrame, claims: pd.DataFrame | None = None) -> str:
    """The latest day the data knows of: a publication date, a reference date or a claimed event's date."""
    values = list(articles.get("published", pd.Series(dtype=str)).dropna()) + \
        list(articles.get("reference_date", pd.Series(dtype=str)).dropna())
    if claims is not None and not claims.empty:
        values += list(claims["event_date"].dropna())
    days = []
    for value in values:
        try:
            days.append(date.fromisoformat(str(value)[:10]))
        except ValueError:
            continue
    return max(days).strftime("%-d %B %Y") if days else "unknown"


def updated_line(articles: pd.DataFrame, claims: pd.DataFrame | None = None) -> Markdown:
    return Markdown(f"*Last updated: data as of {last_updated(articles, claims)}, the latest day the articles "
                    f"report on; {len(articles)} article(s) read.*")


def claim_link(claim_id: str, page: str = "claims.html") -> str:
    return f"{page}#claim-{safe(claim_id)}"


def event_anchor(event_id: str) -> str:
    """A stable id for an event's heading on the Tracker page, written in the HTML (not added by a script)."""
    return "event-" + (re.sub(r"[^a-z0-9]+", "-", str(event_id).lower()).strip("-") or "unnamed")


def claim_sentences(claims: pd.DataFrame, page: str = "claims.html") -> Markdown:
    """One paragraph per side and outcome: each source's figure, attributed, linked to its quote."""
    numeric = claims[claims["qualifier"] != "vague"]
    if numeric.empty:
        return html_block("<p><em>The articles give no casualty figures.</em></p>")
    order = {side: i for i, side in enumerate(SIDE_LABELS)}
    paragraphs = []
    groups = sorted(numeric.groupby(["victim_side", "outcome"]), key=lambda item: (order[item[0][0]], item[0][1]))
    for (side, outcome), group in groups:
        parts = []
        for _, row in group.iterrows():
            when = f" on {date.fromisoformat(row['event_date']).strftime('%-d %B %Y')}" \
                if isinstance(row["event_date"], str) and row["event_date"] else ""
            parts.append(f"<strong>{safe(row['claimant'])}</strong> says <strong>{safe(figure(row))}</strong>"
                         f"{when} (<a href=\"{claim_link(row['claim_id'], page)}\">quote, paragraph "
                         f"{safe(row['paragraph'])}</a>)")
        agreement = "Sources differ." if group["claimant"].nunique() > 1 else "One source only."
        paragraphs.append(f"<p><strong>{safe(SIDE_LABELS[side])} {safe(outcome)}:</strong> " + "; ".join(parts)
                          + f". {agreement}</p>")
    return html_block("\n".join(paragraphs))


def claims_table(claims: pd.DataFrame, articles: pd.DataFrame) -> Markdown:
    """Every claim in a table, each row anchored and linked to its quote, paragraph and original article."""
    if claims.empty:
        return html_block("<p><em>No casualty claims were found in the articles given.</em></p>")
    urls = dict(zip(articles["article_id"], articles["url"].fillna("")))
    outlets = dict(zip(articles["article_id"], articles["outlet"].fillna(articles["article_id"])))
    rows = []
    for _, row in claims.iterrows():
        url = text_fragment_url(urls.get(row["article_id"], ""), row["quote"])
        source = f'<a href="{safe(url)}">{safe(outlets.get(row["article_id"]))}</a>' if url else \
            safe(outlets.get(row["article_id"], row["article_id"]))
        rows.append(
            f'<tr id="claim-{safe(row["claim_id"])}"><td>{safe(figure(row))}</td><td>{safe(row["outcome"])}</td>'
            f'<td>{safe(SIDE_LABELS[row["victim_side"]])}</td><td>{safe(row["claimant"])}'
            f'<br><small>as written: {safe(row["claimant_as_written"])}</small></td>'
            f'<td>{safe(row["event_date"] if isinstance(row["event_date"], str) else "")}</td>'
            f'<td>{safe(row["place"] if isinstance(row["place"], str) else "")}</td>'
            f'<td><q>{safe(row["quote"])}</q><br><small>{source}, paragraph {safe(row["paragraph"])}</small></td></tr>')
    head = ("<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Outcome</th><th scope=\"col\">People</th>"
            "<th scope=\"col\">Claimant</th><th scope=\"col\">Date</th><th scope=\"col\">Place</th>"
            "<th scope=\"col\">Quote</th></tr></thead>")
    return html_block('<div class="table-wrap" tabindex="0"><table class="claims">' + head + "<tbody>"
                      + "\n".join(rows) + "</tbody></table></div>")


def deployments_table(deployments: pd.DataFrame) -> Markdown:
    if deployments.empty:
        return html_block("<p><em>No deployments were found in the articles given.</em></p>")
    rows = []
    for _, row in deployments.iterrows():
        count = "" if pd.isna(row["count"]) else str(int(row["count"]))
        rows.append(f"<tr><td>{safe(row['what'])}</td><td>{safe(count)}</td><td>{safe(row['actor'])}</td>"
                    f"<td>{safe(row['claimant'])}</td><td>{safe(row['date'] if isinstance(row['date'], str) else '')}"
                    f"</td><td>{safe(row['place'])}</td></tr>")
    head = ("<thead><tr><th scope=\"col\">What</th><th scope=\"col\">Count</th><th scope=\"col\">Whose</th>"
            "<th scope=\"col\">Reported by</th><th scope=\"col\">Date</th><th scope=\"col\">Place</th></tr></thead>")
    return html_block('<div class="table-wrap" tabindex="0"><table>' + head + "<tbody>" + "\n".join(rows)
                      + "</tbody></table></div>")


def chart(path: Path, description: str) -> Markdown:
    """A chart's stored SVG as an image whose alt text is its text alternative."""
    return chart_image(path, description)


def alt_text(description: str) -> Markdown:
    return html_block(f'<p class="alt-text"><small>Text alternative: {safe(description)}</small></p>')


def posts_table(posts: pd.DataFrame) -> Markdown:
    rows = []
    for _, post in posts[posts["kind"] != "town"].iterrows():
        placed = "on the map" if post["lat"] and post["lon"] else "no sourced coordinate: not mapped"
        first_source = post["source"].split(" | ")[0]
        rows.append(f"<tr><td>{safe(post['name'])}</td><td>{safe(post['governorate'])}</td>"
                    f"<td>{safe(post['established'])}</td><td>{safe(placed)}</td><td>{safe(first_source)}</td></tr>")
    head = ("<thead><tr><th scope=\"col\">Post</th><th scope=\"col\">Governorate</th><th scope=\"col\">Established"
            "</th><th scope=\"col\">Map</th><th scope=\"col\">Source (first of several)</th></tr></thead>")
    return html_block('<div class="table-wrap" tabindex="0"><table>' + head + "<tbody>" + "\n".join(rows)
                      + "</tbody></table></div>")


def downloads(processed: Path, articles: pd.DataFrame, raw_dir: Path, target: Path) -> Markdown:
    """Copy the downloadable files into ``target`` and list them. Full texts only where the licence allows.

    CSV files get spreadsheet formulas neutralised (``notebook.FORMULA_NOTE``). A raw article is republished only
    as the very file that was read (same sha256, inside ``raw_dir``, not a link out of it), and a web page only
    as the text extracted from it: never an input's own HTML, which would run on the site's origin.
    """
    import hashlib
    import shutil

    from .articles import HTML_SUFFIXES, inside
    from .exceptions import ArticleReadError
    from .notebook import write_download_csv

    target.mkdir(parents=True, exist_ok=True)
    for old in target.iterdir():
        old.unlink()
    items = []
    for name in ("claims.csv", "events.csv", "deployments.csv", "places.csv", "articles.csv", "claims_chart.csv",
                 "tracker.csv", "map_points.csv", "timeline.csv"):
        if (processed / name).exists():
            table = pd.read_csv(processed / name, dtype=str, keep_default_na=False)
            write_download_csv(table, target / name)
            items.append((name, "processed table"))
    if (processed / "datapackage.json").exists():
        shutil.copyfile(processed / "datapackage.json", target / "datapackage.json")
        items.append(("datapackage.json", "Frictionless Data Package: the schema of every table"))
    free = articles[articles["licence"].fillna("").map(may_republish)]
    paragraphs = pd.read_csv(processed / "paragraphs.csv", dtype=str, keep_default_na=False)
    write_download_csv(paragraphs[paragraphs["article_id"].isin(free["article_id"])], target / "paragraphs.csv")
    items.append(("paragraphs.csv", "full text, only of articles whose licence allows it"))
    for _, row in free.iterrows():
        source = Path(raw_dir) / row["file"]
        if not (source.is_file() and inside(source, raw_dir)
                and hashlib.sha256(source.read_bytes()).hexdigest() == row["sha256"]):
            raise ArticleReadError(f"is not, or is no longer, the file the tables were built from (inside "
                                   f"{Path(raw_dir).name}/, same sha256)", path=source,
                                   hint="rebuild the tables (make site) from the articles in data/raw")
        if source.suffix.lower() in HTML_SUFFIXES:
            text = "\n\n".join(paragraphs.loc[paragraphs["article_id"] == row["article_id"], "text"])
            (target / f"{row['file']}.txt").write_text(text + "\n", encoding="utf-8")
            items.append((f"{row['file']}.txt", f"text extracted from the saved page ({row['licence']}); keep the "
                          "attribution"))
        else:
            shutil.copyfile(source, target / row["file"])
            items.append((row["file"], f"raw article ({row['licence']}); keep the attribution"))
    listing = "".join(f'<li><a href="downloads/{safe(name)}">{safe(name)}</a>: {safe(what)}</li>'
                      for name, what in items)
    withheld = articles[~articles["article_id"].isin(free["article_id"])]
    note = ""
    if not withheld.empty:
        names = ", ".join(safe(o) for o in withheld["outlet"].fillna(withheld["article_id"]))
        note = (f"<p>The full text of {names} is not republished here: its licence does not allow it. The quotes "
                f"above are short extracts; read the original at the outlet.</p>")
    return html_block(f"<ul>{listing}</ul>{note}")


def data_dictionary(schemas: dict) -> Markdown:
    """The data dictionary, generated from the same schema that validates the tables."""
    from .notebook import FORMULA_NOTE

    parts = [f"<p>{safe(FORMULA_NOTE)}</p>"]
    for table, spec in schemas.items():
        rows = "".join(
            f"<tr><td><code>{safe(f.name)}</code></td><td>{safe(f.type)}</td><td>{'yes' if f.required else ''}</td>"
            f"<td>{safe(f.description)}{(' One of: ' + safe(', '.join(f.enum)) + '.') if f.enum else ''}</td></tr>"
            for f in spec["fields"])
        parts.append(f"<h3 id=\"table-{safe(table)}\">{safe(table)}.csv: {safe(spec['title'])}</h3>\n"
                     f"<p>{safe(spec['description'])}</p>\n"
                     f'<div class="table-wrap" tabindex="0"><table><thead><tr><th scope="col">Column</th>'
                     f'<th scope="col">Type</th>'
                     f'<th scope="col">Required</th><th scope="col">Meaning</th></tr></thead><tbody>{rows}'
                     f"</tbody></table></div>")
    return html_block("\n".join(parts))


def deployment_sentence(deployments: pd.DataFrame) -> Markdown:
    """The deployments the reporting mentions, each with who reports it."""
    if deployments.empty:
        return html_block("<p><em>The articles mention no deployments.</em></p>")
    parts = []
    for _, row in deployments.iterrows():
        count = "" if pd.isna(row["count"]) else f"{int(row['count'])} "
        when = f" on {date.fromisoformat(row['date']).strftime('%-d %B %Y')}" \
            if isinstance(row["date"], str) and row["date"] else ""
        where = f" ({safe(row['place'])})" if isinstance(row["place"], str) and row["place"] else ""
        parts.append(f"{safe(row['claimant'])}: {safe(count)}{safe(row['what'])}{where}{when}")
    return html_block("<p>What the reporting says of the deployments: " + "; ".join(parts) + ".</p>")


def tracker_tables(claims: pd.DataFrame, articles: pd.DataFrame, events: pd.DataFrame) -> Markdown:
    """For each event, its claims in the order they were reported, each linked to its quote and its article."""
    if claims.empty:
        return html_block("<p><em>No claims to track.</em></p>")
    reported = report_dates(articles, claims)
    parts = []
    for _, event in events.iterrows():
        group = claims[(claims["event_id"] == event["event_id"]) & claims["duplicate_of"].isna()].copy()
        group["reported"] = group["article_id"].map(reported).fillna("")
        rows = []
        for _, row in group.sort_values(["reported", "claim_id"], kind="stable").iterrows():
            link = f' · <a href="{safe(row["source_url"])}">original</a>' if isinstance(row["source_url"], str) \
                and row["source_url"] else ""
            rows.append(f"<tr><td>{safe(row['reported'])}</td><td>{safe(row['claimant'])}</td>"
                        f"<td>{safe(figure(row))} {safe(row['outcome'])}</td><td>{safe(row['carried_by'])}</td>"
                        f'<td><a href="{claim_link(row["claim_id"])}">quote</a>{link}</td></tr>')
        parts.append(f"<h3 id=\"{event_anchor(event['event_id'])}\">{safe(event['label'])}</h3>\n"
                     "<div class=\"table-wrap\" tabindex=\"0\"><table><thead><tr>"
                     "<th scope=\"col\">Reported (publication date, else the latest day covered)</th>"
                     "<th scope=\"col\">Claimant</th><th scope=\"col\">Figure</th>"
                     "<th scope=\"col\">Carried by</th><th scope=\"col\">Source</th></tr></thead><tbody>"
                     + "".join(rows) + "</tbody></table></div>")
    return html_block("\n".join(parts))


def data_table(frame: pd.DataFrame, columns: dict[str, str], caption: str) -> Markdown:
    """The data behind a chart as a small table (``columns`` maps column names to headings), escaped."""
    if frame.empty:
        return html_block(f"<p><em>No rows: {safe(caption)}.</em></p>")
    head = "".join(f'<th scope="col">{safe(title)}</th>' for title in columns.values())
    body = "".join("<tr>" + "".join(f"<td>{safe('' if pd.isna(row[name]) else row[name])}</td>" for name in columns)
                   + "</tr>" for _, row in frame.iterrows())
    return html_block(f'<div class="table-wrap" tabindex="0"><table><caption>{safe(caption)}</caption>'
                      f'<thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table></div>")
