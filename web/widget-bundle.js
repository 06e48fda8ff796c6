// Loads a source bundle (a JSON list of {id, label, text, url?, title?}) and turns it plus the
// host article into the documents the engine analyses. Every failure becomes an Error whose
// message a newsroom can act on, because the widget shows it as is.

/**
 * Fetches and checks the bundle at `url` (resolved against the page). `early(href)` may give a
 * response (a promise of one) of a request for the resolved URL made before, used instead of a fetch.
 */
export async function loadBundle(url, baseURI, early) {
  let href;
  try {
    href = new URL(url, baseURI).href;
  } catch {
    throw new Error(`The sources attribute "${url}" is not a valid URL.`);
  }
  let response;
  try {
    response = await (early?.(href) ?? fetch(href, { credentials: 'same-origin' }));
  } catch (e) {
    throw new Error(`Could not load the source bundle ${url}: ${e.message}`);
  }
  if (!response.ok) throw new Error(`Could not load the source bundle ${url}: HTTP ${response.status}.`);
  let data;
  try {
    data = JSON.parse(await response.text());
  } catch (e) {
    throw new Error(`The source bundle ${url} is not valid JSON: ${e.message}`);
  }
  return checkBundle(data, url);
}

export function checkBundle(data, url = 'bundle') {
  if (!Array.isArray(data)) throw new Error(`The source bundle ${url} must be a JSON list of sources.`);
  const seen = new Set();
  return data.map((entry, i) => {
    const where = `Source ${i + 1} in ${url}`;
    if (entry === null || typeof entry !== 'object') throw new Error(`${where} is not an object.`);
    const { id, label, text, url: link, title } = entry;
    if (typeof id !== 'string' || id === '') throw new Error(`${where} has no id.`);
    if (seen.has(id)) throw new Error(`${where} repeats the id "${id}".`);
    seen.add(id);
    if (typeof text !== 'string') throw new Error(`${where} ("${id}") has no text.`);
    for (const [name, value] of [['label', label], ['url', link], ['title', title]]) {
      if (value !== undefined && typeof value !== 'string') throw new Error(`${where} ("${id}"): ${name} must be a string.`);
    }
    return { id, label: label || id, text, url: link ?? '', title: title ?? '' };
  });
}

/**
 * The engine input: the bundle with the host article in the place of the `outlet` entry, or
 * first when the host is not one of the bundle's outlets. Returns {documents, host, entries}:
 * `host` is the host article's index, `entries[i]` the bundle entry of documents[i] (or null).
 */
export function buildDocuments(bundle, hostText, outlet) {
  if (outlet) {
    const at = bundle.findIndex((e) => e.id === outlet);
    if (at < 0) throw new Error(`The outlet "${outlet}" is not an id in the source bundle.`);
    const documents = bundle.map((e, i) => ({ id: e.id, label: e.label, text: i === at ? hostText : e.text }));
    return { documents, host: at, entries: bundle };
  }
  const ids = new Set(bundle.map((e) => e.id));
  let id = 'host';
  for (let n = 2; ids.has(id); n++) id = `host-${n}`;
  const documents = [{ id, label: 'This article', text: hostText }, ...bundle.map((e) => ({ id: e.id, label: e.label, text: e.text }))];
  return { documents, host: 0, entries: [null, ...bundle] };
}

/** `url` as a link target only when it is http(s); anything else (javascript:, data:) is not a link. */
export function safeLink(url, baseURI) {
  if (!url) return null;
  try {
    const u = new URL(url, baseURI);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
