import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`height`, `--row`); `undefined` removes one. */
export type StyleProps = Record<string, string | undefined>;

/**
 * Sets CSS properties on an element through its CSSOM (`element.style.setProperty`), on the
 * first render too — unlike `styleMap()`, which writes its first values as a `style="…"`
 * attribute that a strict Content-Security-Policy (`style-src 'self'`) refuses. Goes in an
 * element's position: `<div ${styleProps({ height: '40px' })}>`.
 */
class StylePropsDirective extends Directive {
  readonly #set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes where an element takes directives: <div ${styleProps({ … })}>');
  }

  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#set) {
      if (props[name] === undefined) {
        style.removeProperty(name);
        this.#set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#set.add(name);
    }
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
