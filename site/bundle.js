// The source bundle (sources.json, built from sources/ by scripts/make-bundle.mjs): a list of
// {id, label, title, text}, one entry per outlet.

export async function loadBundle(url = 'sources.json') {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status})`);
  const bundle = await res.json();
  if (!Array.isArray(bundle) || bundle.length === 0) throw new Error(`${url} lists no articles`);
  return bundle;
}

/**
 * The paragraphs of a text as the core counts them: every non-empty line. Rendering one <p>
 * per paragraph keeps `sentences[].paragraph` of a report pointing at the right element.
 */
export function paragraphs(text) {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

/** Replaces the content of `article` with the paragraphs of `text`, as text (never as HTML). */
export function renderParagraphs(article, text) {
  const ps = paragraphs(text).map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  });
  article.replaceChildren(...ps);
}
