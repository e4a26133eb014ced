import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What `npm pack` puts in a package's tarball: its file list and the package.json it ships. */
function pack(name: string): { files: string[]; manifest: { exports: Record<string, unknown>; [key: string]: unknown } } {
  const folder = join(root, 'packages', name);
  const out = mkdtempSync(join(tmpdir(), 'portico-pack-'));
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string }[];
    const tarball = join(out, packed!.filename);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    return { files, manifest };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Every condition named anywhere in `exports`. */
function conditions(exports: unknown): string[] {
  if (typeof exports !== 'object' || exports === null) return [];
  return Object.entries(exports).flatMap(([key, value]) => [...(key.startsWith('.') ? [] : [key]), ...conditions(value)]);
}

describe('the packages as npm publishes them', () => {
  for (const name of ['sdk', 'elements', 'simulator']) {
    it(`@portico/${name}: no source condition a consumer's bundler could pick, types and code from dist, README, LICENSE and CHANGELOG`, () => {
      const before = readFileSync(join(root, 'packages', name, 'package.json'), 'utf8');
      const { files, manifest } = pack(name);
      assert.deepEqual([...new Set(conditions(manifest.exports))].sort(), ['default', 'types']);
      for (const [entry, target] of Object.entries(manifest.exports)) {
        // Data files (package.json, custom-elements.json) are exported as they are.
        if (typeof target === 'string') continue;
        const { types, default: code } = target as { types: string; default: string };
        assert.match(types, /^\.\/dist\/.+\.d\.ts$/, `${entry} types`);
        assert.match(code, /^\.\/dist\/.+\.js$/, `${entry} code`);
      }
      for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) assert.ok(files.includes(file), `${file} is in the tarball`);
      for (const field of ['license', 'repository', 'homepage', 'keywords', 'description']) assert.ok(manifest[field], `${field} is set`);
      assert.equal(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'), before, 'the repository keeps its own package.json');
    });
  }
});
