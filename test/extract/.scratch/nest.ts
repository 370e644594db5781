import { parsePage } from '../../../src/extract/dom.js';
import { extract } from '../../../src/extract/index.js';
const para = '<p>The harbour master said the storm had passed and the ferries would sail again on Monday morning.</p>';
const html = '<html><body>' + '<div>'.repeat(10_000) + para + '</div>'.repeat(10_000) + '</body></html>';
let t = performance.now(); const p = parsePage(html); console.log('parse', performance.now() - t, p.depth, p.elements);
t = performance.now(); extract({ source: 'x', kind: 'html', content: html }); console.log('extract', performance.now() - t);
t = performance.now(); extract({ source: 'x', kind: 'html', content: html }); console.log('extract2', performance.now() - t);
t = performance.now(); extract({ source: 'x', kind: 'html', content: '<p>hello there friends of the harbour, the ferries sail.</p>' }); console.log('small', performance.now() - t);
