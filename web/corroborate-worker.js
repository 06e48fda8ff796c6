// The engine's side of loadCorroborate({worker: true}): a module Web Worker that loads the
// engine once and runs analyses on request, sending progress as it goes. Failures travel as
// data ({message, code}); corroborate.js turns them into Errors on the page's side.
import { loadCorroborate } from './corroborate.js';

let engine = null;

self.onmessage = async ({ data }) => {
  if (data.type === 'start') {
    try {
      engine = await loadCorroborate(data.options);
      self.postMessage({ type: 'ready', version: engine.version });
    } catch (e) {
      self.postMessage({ type: 'failed-to-start', message: plain(e.message), code: e.code ?? 'load' });
    }
    return;
  }
  if (data.type !== 'analyze') return;
  const { id, request } = data;
  try {
    const report = await engine.analyze(request, {
      onProgress: (done) => self.postMessage({ type: 'progress', id, done }),
    });
    self.postMessage({ type: 'report', id, report });
  } catch (e) {
    self.postMessage({ type: 'failure', id, message: plain(e.message), code: e.code ?? 'internal' });
  }
};

// Messages are prefixed once, on the page's side.
const plain = (message) => String(message).replace(/^corroborate: /, '');
