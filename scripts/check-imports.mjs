// `node scripts/check-imports.mjs`: the packages' imports point one way.
//
// - No import cycles inside a package (type-only imports count: they tie the modules together
//   just the same).
// - Layers (where a package declares them): within its `src`, a module imports its own unit or
//   a unit of a lower layer, never a higher one nor a sibling of its layer (unless `allow` names
//   it). The simulator: core/ (clock, random, timings) < data/helpdesk/ < data/ (the world and
//   its rules) < http/ (routing, the route context) < routes/<domain>/ < the entry points.
// - Packages: the SDK imports no other Portico package; the simulator and the widgets import the
//   SDK and nothing else of Portico.
//
// Findings in a package marked `enforce: false` are printed as information and do not fail.
// The imports are read with TypeScript's pre-processor, so comments and strings never count.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Each package: its layers from the bottom up, each a list of units. A unit is a folder under
 * `src` (its subfolders belong to it unless they are units of their own); `''` is the files
 * directly in `src` (entry points), always the top layer.
 */
const PACKAGES = [
  {
    name: '@portico/sdk',
    dir: 'packages/sdk/src',
    enforce: true,
    portico: [],
    layers: [
      ['core'],
      ['account', 'contracts', 'helpdesk', 'reseller'],
      [''],
    ],
    // A reseller's customer list says each customer's billing mode, an account type.
    allow: { reseller: ['account'] },
  },
  {
    name: '@portico/simulator',
    dir: 'packages/simulator/src',
    enforce: true,
    portico: ['@portico/sdk'],
    layers: [
      ['core'],
      ['data/helpdesk'],
      ['data'],
      ['http'],
      // As the SDK's modules: one domain's routes never reach into another's.
      ['routes/account', 'routes/contracts', 'routes/helpdesk', 'routes/reseller', 'routes'],
      [''],
    ],
    allow: {},
  },
  {
    name: '@portico/elements',
    dir: 'packages/elements/src',
    enforce: false,
    portico: ['@portico/sdk'],
    // Cycles and package imports only, for now: reported, not enforced.
    layers: null,
    allow: {},
  },
];

function sourceFiles(dir) {
  const files = [];
  const walk = (at) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

/** Every module specifier of a file: static, type-only, re-exports and dynamic `import()`. */
function specifiers(file) {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** The unit a file belongs to: the longest unit folder that holds it, or `''`. */
function unitOf(pkg, file) {
  const path = relative(join(root, pkg.dir), file).split(sep).join('/');
  let best = '';
  for (const unit of pkg.layers.flat()) if (unit && (path === unit || path.startsWith(unit + '/')) && unit.length > best.length) best = unit;
  return best;
}

function layerOf(pkg, unit) {
  return pkg.layers.findIndex((layer) => layer.includes(unit));
}

/** Cycles of a graph (file → files), each once, as the shortest loop through its strongly connected part. */
function cycles(graph) {
  // Tarjan's strongly connected components; a component of two or more files is a cycle.
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)));
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  // One concrete loop per component, found by a breadth-first search back to its first file.
  return components.map((component) => {
    const members = new Set(component);
    const start = component.sort()[0];
    const previous = new Map([[start, null]]);
    const queue = [start];
    while (queue.length) {
      const node = queue.shift();
      for (const next of graph.get(node) ?? []) {
        if (!members.has(next)) continue;
        if (next === start) {
          const loop = [start];
          for (let at = node; at !== start; at = previous.get(at)) loop.splice(1, 0, at);
          return { loop, size: component.length };
        }
        if (!previous.has(next)) {
          previous.set(next, node);
          queue.push(next);
        }
      }
    }
    return { loop: [start], size: component.length };
  });
}

const show = (file) => relative(root, file).split(sep).join('/');
let failures = 0;

for (const pkg of PACKAGES) {
  const src = join(root, pkg.dir);
  const files = sourceFiles(src);
  const known = new Set(files);
  const graph = new Map();
  const findings = [];

  for (const file of files) {
    const edges = [];
    for (const spec of specifiers(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!known.has(target)) continue; // assets and generated files are not modules of the graph
        edges.push(target);
        if (!pkg.layers) continue;
        const from = unitOf(pkg, file);
        const to = unitOf(pkg, target);
        if (from === to || from === '') continue;
        const [fromLayer, toLayer] = [layerOf(pkg, from), layerOf(pkg, to)];
        if (toLayer < fromLayer || pkg.allow[from]?.includes(to)) continue;
        const where = toLayer > fromLayer ? `is in a higher layer than ${from}/` : `and ${from}/ are siblings of one layer`;
        findings.push(`${show(file)} imports ${show(target)}: ${to ? `${to}/` : 'the entry points in src/'} ${where}`);
      } else if (spec.startsWith('@portico/')) {
        const name = spec.split('/').slice(0, 2).join('/');
        if (name !== pkg.name && !pkg.portico.includes(name)) findings.push(`${show(file)} imports ${spec}: ${pkg.name} may import ${pkg.portico.join(', ') || 'no other Portico package'}`);
      }
    }
    graph.set(file, edges);
  }
  for (const { loop, size } of cycles(graph)) {
    findings.push(`import cycle through ${size} modules, e.g. ${[...loop, loop[0]].map(show).join(' → ')}`);
  }

  const label = pkg.enforce ? 'error' : 'info';
  console.log(`${pkg.name}: ${files.length} modules, ${findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'}` : 'imports point one way, no cycles'}`);
  for (const finding of findings) console.log(`  ${label}: ${finding}`);
  if (pkg.enforce) failures += findings.length;
}

if (failures) {
  console.error(`\n${failures} import problem${failures === 1 ? '' : 's'} in packages whose imports are enforced.`);
  process.exit(1);
}
