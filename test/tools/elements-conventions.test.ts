import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokens } from '../../packages/elements/src/styles/tokens.ts';

const TOKENS = tokens();
import { VERSION } from '../../packages/elements/src/base/version.ts';

const root = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const sources = files(join(root, 'src')).filter((f) => f.endsWith('.ts'));
const read = (path: string) => readFileSync(path, 'utf8');

/** Every `var(--portico-…)` a widget's styles use, by file. */
const used = new Map<string, Set<string>>();
for (const file of sources.filter((f) => /\.styles\.ts$/.test(f) || f.endsWith('tokens.ts'))) {
  for (const [, name] of read(file).matchAll(/var\((--portico-[\w-]+)/g)) {
    if (!used.has(name!)) used.set(name!, new Set());
    used.get(name!)!.add(relative(root, file));
  }
}
/** Per-widget tokens, as each component documents them with `@cssproperty`. */
const documented = new Map<string, string>();
for (const file of sources.filter((f) => f.endsWith('.component.ts'))) {
  for (const [, name] of read(file).matchAll(/@cssproperty (--portico-[\w-]+)/g)) documented.set(name!, relative(root, file));
}

describe('widget conventions', () => {
  it('no widget uses a token that is not defined', () => {
    const undefinedTokens = [...used.keys()].filter((name) => !(name in TOKENS) && !documented.has(name));
    assert.deepEqual(undefinedTokens, []);
  });

  it('no global token is defined that no widget uses', () => {
    const styleUses = new Set([...used.entries()].filter(([, where]) => [...where].some((f) => !f.endsWith('tokens.ts'))).map(([name]) => name));
    assert.deepEqual(Object.keys(TOKENS).filter((name) => !styleUses.has(name)), []);
  });

  it('every per-widget token a component documents is used, and named after the widget', () => {
    for (const [name, file] of documented) {
      assert.ok(used.has(name), `${name} is documented in ${file} but never used`);
      const widget = /components\/([\w-]+)\//.exec(file)![1];
      assert.ok(name.startsWith(`--portico-${widget}-`), `${name} should start with --portico-${widget}-`);
    }
  });

  it('lists every tag-registering module in sideEffects, and nothing else', () => {
    const pkg = JSON.parse(read(join(root, 'package.json'))) as { sideEffects: string[]; version: string };
    const registering = sources.filter((f) => read(f).includes("define('portico-")).map((f) => './' + relative(root, f));
    const listed = pkg.sideEffects.filter((entry) => entry.startsWith('./src/') && entry !== './src/index.ts');
    assert.deepEqual(listed.sort(), registering.sort());
    assert.ok(registering.length >= 2);
  });

  it('knows its own version', () => {
    assert.equal(VERSION, (JSON.parse(read(join(root, 'package.json'))) as { version: string }).version);
  });

  it('keeps each component class free of side effects (registration lives in its own module)', () => {
    for (const file of sources.filter((f) => f.endsWith('.component.ts'))) {
      assert.ok(!read(file).includes('customElements.define') && !read(file).includes("define('"), relative(root, file));
    }
  });

  it('speaks Polish without grammatical gender: no "zrobiłeś", "wysłałaś", "jesteś pewien" addressed to the reader', () => {
    // The reader may be anyone: a man, a woman, an accounts department. Second-person past
    // tenses and adjectives carry a gender in Polish; impersonal forms and nouns do not.
    const gendered = /[\p{L}]+(?:łeś|łaś|łbyś|łabyś)(?![\p{L}])|jeste[sś] (?:pewien|pewna|pewny|gotowy|gotowa|zalogowany|zalogowana)/giu;
    const found = sources
      .filter((f) => f.endsWith('.messages.ts'))
      .flatMap((file) => [...read(file).matchAll(gendered)].map((match) => `${relative(root, file)}: ${match[0]}`));
    assert.deepEqual(found, []);
  });

  it('writes no style attribute, which a strict CSP (style-src without unsafe-inline) refuses', () => {
    // Styles go through classes and the CSSOM (base/style-props.ts); styleMap() writes its first values as an attribute.
    const found = sources
      .filter((f) => !f.endsWith('style-props.ts'))
      .flatMap((file) => [...read(file).matchAll(/\sstyle=|styleMap\(|setAttribute\(\s*['"]style['"]/g)].map((match) => `${relative(root, file)}: ${match[0].trim()}`));
    assert.deepEqual(found, []);
  });
});
