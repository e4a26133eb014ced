// The public API of every widget — tags, attributes, properties, events, parts, tokens, slots —
// collected from the JSDoc of the component classes into packages/elements/custom-elements.json.
export default {
  globs: ['packages/elements/src/components/**/*.component.ts', 'packages/elements/src/base/portico-element.ts', 'packages/elements/src/base/form-control.ts'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [
    {
      name: 'portico-tags',
      // Components are defined in a sibling module (`define('portico-x', PorticoX)`); tie each class to its tag.
      analyzePhase({ ts, node, moduleDoc }) {
        if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
        const className = node.name.getText();
        if (className === 'PorticoElement' || className === 'PorticoFormControl') return; // shared bases, not tags
        const tag = 'portico-' + className.replace(/^Portico/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
        const declaration = moduleDoc.declarations?.find((d) => d.name === className);
        if (declaration) {
          declaration.tagName = tag;
          declaration.customElement = true;
        }
      },
      // The analyzer guesses event names from constructor arguments (\`new XEvent(updated)\`);
      // every real event is documented with @event, so undocumented guesses go.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
            if (declaration.name === 'PorticoElement') delete declaration.customElement;
          }
        }
      },
    },
  ],
};
