// pdf.js, the way the tablet uses it: loaded only when the documents are first looked at, one
// worker kept for every document (the 1 MB worker is not fetched again for each one), the file
// read in byte ranges (only the pages looked at cross the Wi-Fi), and no eval, so that it runs
// under the hall server's Content-Security-Policy as it is.

const BASE = '/vendor/pdfjs/';
// A canvas at most this many pixels (about 24 MB): sharp on a tablet, light enough for an old one.
const MAX_PIXELS = 6_000_000;

let loading = null;
let worker = null;

/** The pdf.js module with its one worker; safe to call early (the library warms it up). */
export function loadPdfjs() {
  loading ??= import(`${BASE}build/pdf.min.mjs`).then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = `${BASE}build/pdf.worker.min.mjs`;
    worker = new pdfjs.PDFWorker();
    return pdfjs;
  }).catch((err) => {
    loading = null; // the Wi-Fi may come back: the next open tries again
    throw err;
  });
  return loading;
}

/** Opens the PDF at url; the session cookie goes with every range request. */
export async function openPdf(url) {
  const pdfjs = await loadPdfjs();
  return pdfjs.getDocument({
    url,
    worker,
    isEvalSupported: false,
    cMapUrl: `${BASE}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${BASE}standard_fonts/`,
    wasmUrl: `${BASE}wasm/`,
    disableStream: true, // ranges only: a 100-page document is not downloaded whole before page 1
    disableAutoFetch: true, // and the pages nobody turns to are never fetched
    rangeChunkSize: 65536,
  }).promise;
}

/** The scale at which page (a PDFPageProxy) is cssWidth CSS pixels wide. */
export function scaleFor(page, cssWidth) {
  return cssWidth / page.getViewport({ scale: 1 }).width;
}

/**
 * Draws page into canvas at scale (CSS pixels per PDF point), sharp on the tablet's screen but never
 * over MAX_PIXELS. Answers the pdf.js render task (cancel() it when the page is turned meanwhile).
 */
export function drawPage(page, canvas, scale) {
  const viewport = page.getViewport({ scale });
  const wanted = window.devicePixelRatio || 1;
  const ratio = Math.min(wanted, Math.sqrt(MAX_PIXELS / (viewport.width * viewport.height)));
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.setProperty('width', `${Math.floor(viewport.width)}px`);
  canvas.style.setProperty('height', `${Math.floor(viewport.height)}px`);
  return page.render({
    canvas,
    canvasContext: canvas.getContext('2d', { alpha: false }),
    viewport,
    transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0],
  });
}

/** Lays the page's words over the canvas, invisible but selectable (for quoting in a note). */
export async function drawTextLayer(page, container, scale) {
  const pdfjs = await loadPdfjs();
  container.replaceChildren();
  container.style.setProperty('--total-scale-factor', String(scale));
  container.style.setProperty('--scale-round-x', '1px');
  container.style.setProperty('--scale-round-y', '1px');
  const layer = new pdfjs.TextLayer({
    textContentSource: page.streamTextContent(),
    container,
    viewport: page.getViewport({ scale }),
  });
  await layer.render();
  return layer;
}
