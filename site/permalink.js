// Claim permalinks live in the URL fragment, so they work on any static host:
//   #claim=<document id>/<index of the sentence within that document>
// The index counts every sentence of the document in report order, boilerplate included, so it
// does not depend on the other outlets or on the decision threshold.

const CLAIM = /^#claim=([^/]+)\/(\d+)$/;

export function claimHash(docId, index) {
  return `#claim=${encodeURIComponent(docId)}/${index}`;
}

/** {docId, index} of a `#claim=` fragment, or null for any other fragment. */
export function parseClaimHash(hash) {
  const m = CLAIM.exec(hash);
  if (!m) return null;
  try {
    return { docId: decodeURIComponent(m[1]), index: Number(m[2]) };
  } catch {
    return null;  // malformed percent-encoding: treat as no claim link
  }
}
