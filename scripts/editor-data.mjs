// Editor data from custom-elements.json, shipped with @portico/elements: VS Code's HTML and
// CSS custom data (tags, attributes and their values, events; the global and per-widget
// tokens) and JetBrains web-types. Run after the manifest (`npm run manifest`, `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../packages/elements/', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', dir), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);

/** `'light' | 'dark'` → the values an editor offers. */
const values = (type) => [...(type ?? '').matchAll(/'([^']+)'/g)].map((match) => ({ name: match[1] }));
const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();

const html = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: text(element.summary ?? element.description),
    attributes: (element.attributes ?? []).map((attribute) => ({ name: attribute.name, description: text(attribute.description), values: values(attribute.type?.text) })),
  })),
};

const tokens = new Map();
for (const element of elements) for (const property of element.cssProperties ?? []) if (!tokens.has(property.name)) tokens.set(property.name, text(property.description));
const css = { version: 1.1, properties: [...tokens].map(([name, description]) => ({ name, description })) };

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: '@portico/elements',
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: text(element.summary ?? element.description),
        attributes: (element.attributes ?? []).map((attribute) => ({ name: attribute.name, description: text(attribute.description), value: { type: attribute.type?.text ?? 'string' } })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: text(event.description) })),
        css: { properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: text(property.description) })), parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: text(part.description) })) },
      })),
    },
  },
};

writeFileSync(new URL('vscode.html-custom-data.json', dir), `${JSON.stringify(html, null, 2)}\n`);
writeFileSync(new URL('vscode.css-custom-data.json', dir), `${JSON.stringify(css, null, 2)}\n`);
writeFileSync(new URL('web-types.json', dir), `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`editor data: ${elements.length} elements, ${tokens.size} tokens`);
