// Offering text as a file, for the popup's exports and the options page's corrections: one copy
// for the two pages, which ship as one module.

/** Starts the download of `text` as `fileName` from `doc` (a hidden link clicked once). */
export function downloadText(doc: Document, fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has read the blob by the next task or two; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
