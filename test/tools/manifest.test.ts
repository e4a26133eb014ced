import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokens } from '../../packages/elements/src/styles/tokens.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: { name: string; privacy?: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssProperties?: { name: string }[];
}

/** The custom-elements manifest as `npm run manifest` writes it: what editors and Storybook read. */
describe('custom-elements.json', () => {
  let elements: Declaration[] = [];

  before(() => {
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { cwd: root, stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync(`${root}packages/elements/custom-elements.json`, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
    execFileSync(process.execPath, ['scripts/editor-data.mjs'], { cwd: root, stdio: 'ignore' });
  });

  it('names each element by the tag its module registers, as the component declares it', () => {
    const components = `${root}packages/elements/src/components/`;
    const registered = readdirSync(components).flatMap((folder) => {
      const entry = readFileSync(`${components}${folder}/${folder}.ts`, 'utf8');
      return [...entry.matchAll(/define\('(portico-[\w-]+)', (\w+)\)/g)].map((match) => `${match[1]} ${match[2]}`);
    });
    assert.deepEqual(elements.map((element) => `${element.tagName} ${element.name}`).sort(), registered.sort());
  });

  it('lists only what a page may use: no private or protected member', () => {
    const hidden = elements.flatMap((element) => (element.members ?? []).filter((member) => member.privacy || member.name.startsWith('#')).map((member) => `${element.tagName} ${member.name}`));
    assert.deepEqual(hidden, []);
  });

  it('types the detail of every Portico event', () => {
    const untyped = elements.flatMap((element) => (element.events ?? []).filter((event) => event.name.startsWith('portico-') && !/^CustomEvent<.+>$/.test(event.type?.text ?? '')).map((event) => `${element.tagName} ${event.name}`));
    assert.deepEqual(untyped, []);
    const form = elements.find((element) => element.tagName === 'portico-top-up-form')!;
    assert.equal(form.events!.find((event) => event.name === 'portico-top-up-complete')!.type!.text, 'CustomEvent<{ topUp: TopUp }>');
  });

  it('lists the global tokens for every element, after its own', () => {
    const global = Object.keys(tokens());
    const missing = elements.flatMap((element) => global.filter((token) => !(element.cssProperties ?? []).some((property) => property.name === token)).map((token) => `${element.tagName} ${token}`));
    assert.deepEqual(missing, []);
  });

  it('gives editors the tags, their attributes and values, events and tokens (VS Code custom data, web-types)', () => {
    const read = (file: string) => JSON.parse(readFileSync(`${root}packages/elements/${file}`, 'utf8'));
    const html = read('vscode.html-custom-data.json') as { tags: { name: string; attributes: { name: string; values: { name: string }[] }[] }[] };
    assert.deepEqual(html.tags.map((tag) => tag.name).sort(), elements.map((element) => element.tagName).sort());
    const theme = html.tags.find((tag) => tag.name === 'portico-top-up-form')!.attributes.find((attribute) => attribute.name === 'theme')!;
    assert.deepEqual(theme.values.map((value) => value.name), ['light', 'dark']);
    const css = read('vscode.css-custom-data.json') as { properties: { name: string }[] };
    for (const token of ['--portico-color-primary', '--portico-top-up-form-accent']) assert.ok(css.properties.some((property) => property.name === token), token);
    const webTypes = read('web-types.json') as { contributions: { html: { elements: { name: string; events: { name: string }[] }[] } } };
    const thread = webTypes.contributions.html.elements.find((element) => element.name === 'portico-ticket-thread')!;
    assert.ok(thread.events.some((event) => event.name === 'portico-ticket-update'));
    const published = JSON.parse(readFileSync(`${root}packages/elements/package.json`, 'utf8')) as { files: string[]; 'web-types': string };
    assert.equal(published['web-types'], './web-types.json');
    for (const file of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) assert.ok(published.files.includes(file), file);
  });
});
