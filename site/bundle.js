// The source bundle (sources.json, built from sources/ by scripts/make-bundle.mjs), read by
// the same checker as the widget's (widget-bundle.js, next to this page; docs/bundle.md).
import { loadBundle as load } from './widget-bundle.js';

/** The bundle's sources, normalised: [{id, label, title, url, text}]. */
export function loadBundle(url = 'sources.json') {
  return load(url, document.baseURI);
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
