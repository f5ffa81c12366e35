/**
 * The app's Printer: a hidden, sandboxed BrowserWindow with no preload and JavaScript off, in its
 * own in-memory session where every web request is cancelled except the one document, which is
 * served by a private protocol (data: URLs are capped at 2 MB by Chromium; a batch of 56 itineraries
 * with embedded fonts is larger). Then webContents.printToPDF, the same pipeline the command line
 * drives through playwright-core.
 */
import { BrowserWindow, session } from 'electron';
import type { Printer, PrintOptions } from '../print/printer';
import { PRINT_CSP } from '../print/templates/render';

const SCHEME = 'ivlp-print';
let partitionCounter = 0;

/** Creates a printer; each print gets a fresh window and session and tears both down after. */
export function createElectronPrinter(): Printer {
  let closed = false;
  return {
    async print(html: string, options: PrintOptions): Promise<Uint8Array> {
      if (closed) throw new Error('the printer is closed');
      const partition = `ivlp-print-${process.pid}-${++partitionCounter}`;
      const ses = session.fromPartition(partition, { cache: false });
      const url = `${SCHEME}://document/${partitionCounter}.html`;
      ses.protocol.handle(SCHEME, (request) => {
        if (request.url !== url || request.method !== 'GET') return new Response(null, { status: 404 });
        return new Response(html, {
          status: 200,
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP, 'X-Content-Type-Options': 'nosniff' },
        });
      });
      // Everything but the document itself is cancelled before it leaves (http, https, file, ws ...).
      ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== url }));
      ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
      const win = new BrowserWindow({
        show: false,
        width: 800,
        height: 1100,
        webPreferences: {
          partition,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInSubFrames: false,
          nodeIntegrationInWorker: false,
          javascript: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          spellcheck: false,
          images: true,
        },
      });
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      win.webContents.on('will-navigate', (event) => event.preventDefault());
      try {
        await win.loadURL(url);
        const pdf = await win.webContents.printToPDF({
          preferCSSPageSize: true,
          pageSize: options.paper === 'a4' ? 'A4' : 'Letter',
          printBackground: true,
          generateDocumentOutline: options.tagged !== false,
          generateTaggedPDF: options.tagged !== false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        win.destroy();
        ses.protocol.unhandle(SCHEME);
        ses.webRequest.onBeforeRequest(null);
        await ses.clearStorageData().catch(() => undefined);
      }
    },
    async close(): Promise<void> {
      closed = true;
    },
  };
}
