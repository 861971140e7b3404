import { parseDocument } from './support/drivers/http/markup';
const depth = Number(process.argv[2]);
const html = `<!doctype html><body>${'<div>'.repeat(depth)}<p>deep text${'</div>'.repeat(depth)}<p>after</p></body>`;
let t = Date.now(); parseDocument(html, false); console.log('parse', Date.now() - t);
