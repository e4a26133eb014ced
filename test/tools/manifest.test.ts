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
});
