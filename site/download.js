// "Download the report": a Blob URL on a normal link (allowed by the strict policy, and the
// browser saves it under `filename` without any server involved).

export function offerDownload(link, report, filename) {
  if (link.href && link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  const blob = new Blob([JSON.stringify(report, null, 2) + '\n'], { type: 'application/json' });
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.removeAttribute('aria-disabled');
}
