// The bookmarklet (assets/bookmarklet.js) run against a stand-in page: what it puts on the
// clipboard and which link it opens. Run with `node --test tests/bookmarklet/bookmarklet.test.mjs` (cargo test runs
// it too when node is installed: tests/bookmarklet.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const source = readFileSync(new URL('../../assets/bookmarklet.js', import.meta.url), 'utf8');

// What tidyclip's Settings copies: comment lines and indentation dropped, lines joined.
const joined = source
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('//'))
  .join(' ');

// A page with `selected` (null for none) and a clipboard that `copyWorks` or refuses.
function page({ selected = null, copyWorks = true, href = 'https://news.example/2026/story?id=4', title = 'A story — News' } = {}) {
  const clipboard = {};
  const alerts = [];
  const listeners = [];
  const location = { href };
  const document = {
    title,
    documentElement: { outerHTML: '<html><head><title>' + title + '</title></head><body><p>Whole page</p></body></html>' },
    body: { innerText: 'Whole page' },
    createElement() {
      const parts = [];
      return {
        appendChild(fragment) { parts.push(fragment.html); },
        get innerHTML() { return parts.join(''); },
      };
    },
    addEventListener(type, fn) { listeners.push([type, fn]); },
    removeEventListener(type, fn) {
      const at = listeners.findIndex(([t, f]) => t === type && f === fn);
      if (at >= 0) listeners.splice(at, 1);
    },
    execCommand(command) {
      if (command !== 'copy' || !copyWorks) return false;
      const event = {
        clipboardData: { setData(kind, value) { clipboard[kind] = value; } },
        preventDefault() { event.prevented = true; },
      };
      for (const [type, fn] of listeners) if (type === 'copy') fn(event);
      clipboard.prevented = event.prevented === true;
      return true;
    },
  };
  const selection = selected
    ? {
        isCollapsed: false,
        rangeCount: selected.length,
        getRangeAt(i) { return { cloneContents: () => ({ html: selected[i].html }) }; },
        toString() { return selected.map((r) => r.text).join(''); },
      }
    : { isCollapsed: true, rangeCount: 0, toString: () => '' };
  const window = { getSelection: () => selection, alert: (m) => alerts.push(m) };
  return { context: vm.createContext({ window, document, location, String, encodeURIComponent }), clipboard, alerts, location, listeners };
}

for (const [name, script] of [['source', source], ['joined', joined]]) {
  test(`${name}: the selection goes on the clipboard as HTML and text, then the link opens`, () => {
    const p = page({ selected: [{ html: '<p>Chosen <b>part</b></p>', text: 'Chosen part' }] });
    vm.runInContext(script, p.context);
    assert.equal(p.clipboard['text/html'], '<p>Chosen <b>part</b></p>');
    assert.equal(p.clipboard['text/plain'], 'Chosen part');
    assert.equal(p.clipboard.prevented, true);
    assert.equal(
      p.location.href,
      'tidyclip://clip?url=https%3A%2F%2Fnews.example%2F2026%2Fstory%3Fid%3D4&title=A%20story%20%E2%80%94%20News',
    );
    assert.deepEqual(p.alerts, []);
    assert.equal(p.listeners.length, 0, 'the copy listener is removed');
  });

  test(`${name}: with nothing selected the whole page is taken`, () => {
    const p = page();
    vm.runInContext(script, p.context);
    assert.match(p.clipboard['text/html'], /^<html><head><title>A story — News<\/title>/);
    assert.equal(p.clipboard['text/plain'], 'Whole page');
    assert.match(p.location.href, /^tidyclip:\/\/clip\?url=https%3A%2F%2Fnews\.example/);
  });

  test(`${name}: a page that refuses the copy gets a message and no link`, () => {
    const p = page({ copyWorks: false });
    vm.runInContext(script, p.context);
    assert.equal(p.location.href, 'https://news.example/2026/story?id=4');
    assert.equal(p.alerts.length, 1);
    assert.match(p.alerts[0], /paste it into tidyclip/);
    assert.equal(p.listeners.length, 0);
  });

  test(`${name}: the address and title are capped as tidyclip caps them`, () => {
    const p = page({ href: 'https://long.example/' + 'a'.repeat(5000), title: 'T'.repeat(1000) });
    vm.runInContext(script, p.context);
    const link = new URL(p.location.href.replace('tidyclip://', 'http://'));
    assert.equal(link.searchParams.get('url').length, 2048);
    assert.equal(link.searchParams.get('title').length, 300);
  });
}
