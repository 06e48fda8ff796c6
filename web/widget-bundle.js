// The source bundle as the browser reads it (docs/bundle.md is the definition, shared with
// the command line's reader): parsing and checking it, loading it from a URL, and turning it
// plus the host article into the documents the engine analyses. Every failure becomes an
// Error whose message a newsroom can act on, because the widget and the site show it as is.

// Optional members that must be strings when present, in the order they are checked.
const STRING_MEMBERS = ['text', 'file', 'label', 'title', 'url'];

/**
 * Parses the JSON text of a bundle and checks it (checkBundle). `name` names the bundle in
 * messages (its URL, say).
 */
export function parseBundle(json, name = 'bundle') {
  let data;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`The source bundle ${name} is not valid JSON: ${e.message}`);
  }
  return checkBundle(data, name);
}

/**
 * Checks a parsed bundle against docs/bundle.md and returns its sources normalised:
 * [{id, label, title, url, text}], label defaulting to the id, absent title and url as "".
 * A source with only "file" has no text here: only the command line reads files.
 */
export function checkBundle(data, name = 'bundle') {
  const list = Array.isArray(data) ? data
    : data !== null && typeof data === 'object' && Array.isArray(data.sources) ? data.sources
      : null;
  const fail = (what) => { throw new Error(`The source bundle ${name} ${what}`); };
  const bad = (what) => { throw new Error(`The source bundle ${name}: ${what}`); };
  if (!list) fail('must be a list of sources: a JSON array, or an object whose "sources" is one.');
  if (list.length === 0) fail('lists no sources.');
  const seen = new Set();
  return list.map((source, i) => {
    const n = i + 1;
    if (source === null || typeof source !== 'object' || Array.isArray(source)) bad(`source ${n} is not an object.`);
    const { id } = source;
    if (typeof id !== 'string' || id === '') bad(`source ${n} has no id.`);
    if (seen.has(id)) bad(`source ${n} repeats the id ${JSON.stringify(id)}.`);
    seen.add(id);
    for (const member of STRING_MEMBERS) {
      if (source[member] !== undefined && typeof source[member] !== 'string') bad(`source ${n}: "${member}" must be a string.`);
    }
    const { text, file, label, title, url } = source;
    if (text !== undefined && file !== undefined) bad(`source ${n} has both "text" and "file".`);
    if (text === undefined) {
      bad(file === undefined ? `source ${n} has no text.`
        : `source ${n} has no text (it names a file, which only the command line reads).`);
    }
    return { id, label: label || id, title: title ?? '', url: url ?? '', text };
  });
}

// Requests in flight by URL: widgets that ask for the same bundle at the same time share one
// request. Finished ones are forgotten, so a later analysis sees the bundle as it is then.
const inFlight = new Map();

/**
 * Fetches the bundle at `url` (resolved against `baseURI`) and parses it (parseBundle). An
 * Error names the URL as given.
 */
export async function loadBundle(url, baseURI) {
  let href;
  try {
    href = new URL(url, baseURI).href;
  } catch {
    throw new Error(`The sources attribute "${url}" is not a valid URL.`);
  }
  let request = inFlight.get(href);
  if (!request) {
    request = fetch(href, { credentials: 'same-origin' })
      .then(async (response) => ({ ok: response.ok, status: response.status, text: response.ok ? await response.text() : '' }));
    inFlight.set(href, request);
    const forget = () => { if (inFlight.get(href) === request) inFlight.delete(href); };
    request.then(forget, forget);
  }
  let got;
  try {
    got = await request;
  } catch (e) {
    throw new Error(`Could not load the source bundle ${url}: ${e.message}`);
  }
  if (!got.ok) throw new Error(`Could not load the source bundle ${url}: HTTP ${got.status}.`);
  return parseBundle(got.text, url);
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
