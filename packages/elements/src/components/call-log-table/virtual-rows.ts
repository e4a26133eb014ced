import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StyleProps } from '../../base/style-props.ts';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Browsers lay out no box taller than about 17.9 million px (Firefox; Chromium 33.5 million):
 * a million rows of 44 px would end there. Rows taller than this in all are scrolled in proportion.
 */
const MAX_HEIGHT = 15_000_000;

export interface VirtualRowsOptions {
  /** The scrolling element, in the host's root. */
  viewport: string;
  /** A row's height in `em` of the viewport's font, as a table row and as a two-line card. */
  rowEm: { table: number; cards: number };
  /** Below this width (px) rows become cards; read again as the list changes (a table with more columns needs more room). */
  narrowBelow: () => number;
  /** Rows drawn beyond the visible ones, above and below, so that scrolling shows no gaps. */
  overscan: number;
  /** What the rows are of: another list starts at the top. Read after the list's own controller updated. */
  list: () => unknown;
  /** Told before every render how many rows should be in: those in view and a screen beyond. */
  need: (rows: number) => void;
}

/**
 * Which rows of a long list exist: the ones in view and a few beyond, so that a million rows
 * scroll like 100. It follows the viewport's scrolling and size — its width makes rows cards,
 * its height says how many fit — and the font size, which rows are measured in. A list taller
 * than a browser can lay out is scrolled in proportion: the scroll bar spans it all, and a
 * pixel of scrolling moves the rows a few.
 */
export class VirtualRows implements ReactiveController {
  readonly #host: Host;
  readonly #options: VirtualRowsOptions;
  /** The first row in view. */
  #first = 0;
  /** The rows of the list, at the last render; the viewport's scroll position and height (px). */
  #total = 0;
  #scrollTop = 0;
  #height = 0;
  /** How many rows fit in the viewport. */
  #visible = 16;
  #narrow = false;
  /** The viewport's width (px) when last measured; 0 before. */
  #width = 0;
  /** The viewport's font size (px): rows are as tall as their text needs. */
  #em = 16;
  #list: unknown;
  #observed?: HTMLElement;
  #resize?: ResizeObserver;

  constructor(host: Host, options: VirtualRowsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get narrow(): boolean {
    return this.#narrow;
  }

  /** The viewport was on screen at the last render. */
  get attached(): boolean {
    return this.#observed !== undefined;
  }

  /** A row's height in px. */
  get rowHeight(): number {
    return this.#em * (this.#narrow ? this.#options.rowEm.cards : this.#options.rowEm.table);
  }

  /** The rows drawn, of `total`: `start` included, `end` not. */
  window(total: number): { start: number; end: number } {
    this.#total = total;
    const { overscan } = this.#options;
    return { start: Math.min(total, Math.max(0, this.#first - overscan)), end: Math.min(total, this.#first + this.#visible + overscan) };
  }

  /** The viewport's row height; the body as tall as every row; the drawn rows where they belong. */
  viewportStyle(): StyleProps {
    return { '--row': `${this.rowHeight}px` };
  }

  bodyStyle(total: number): StyleProps {
    return { height: `${Math.min(MAX_HEIGHT, total * this.rowHeight)}px` };
  }

  /** Where the drawn rows go: their place in the list, less what scrolling in proportion has moved beyond the scroll bar. */
  windowStyle(start: number): StyleProps {
    return { transform: `translateY(${start * this.rowHeight - this.#scrollTop * (this.#ratio() - 1)}px)` };
  }

  onScroll = (event: Event): void => {
    this.#scrollTop = (event.target as HTMLElement).scrollTop;
    const ratio = this.#ratio();
    const first = Math.floor((this.#scrollTop * ratio) / this.rowHeight);
    // In proportion, the rows move with every pixel, not only when another row comes first.
    if (first === this.#first && ratio === 1) return;
    this.#first = first;
    this.#host.requestUpdate();
  };

  /**
   * The keys that scroll, when the list is scrolled in proportion: a line or a screen of rows,
   * as in any list, not three (the browser would scroll pixels of the shorter scroll bar).
   * Keys on a row's button are the button's.
   */
  onKeydown = (event: KeyboardEvent): void => {
    const ratio = this.#ratio();
    const screen = Math.max(1, this.#visible - 2);
    const rows = ({ ArrowDown: 1, ArrowUp: -1, PageDown: screen, PageUp: -screen } as Record<string, number>)[event.key];
    if (ratio === 1 || !rows || event.target !== event.currentTarget) return;
    event.preventDefault();
    (event.currentTarget as HTMLElement).scrollTop = (this.#scrollTop * ratio + rows * this.rowHeight) / ratio;
  };

  /** Px of rows a px of scrolling moves: 1, unless the rows are taller than a box can be. */
  #ratio(): number {
    const rows = this.#total * this.rowHeight;
    return rows <= MAX_HEIGHT ? 1 : (rows - this.#height) / (MAX_HEIGHT - this.#height);
  }

  hostConnected(): void {
    // Back on the page: the viewport is observed again after the next render, and scrolled to the top as browsers put it.
    this.#first = 0;
    this.#scrollTop = 0;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#observed = undefined;
  }

  hostUpdate(): void {
    const list = this.#options.list();
    if (list !== this.#list) {
      this.#list = list;
      this.#first = 0;
      this.#scrollTop = 0;
      const viewport = this.#viewport;
      if (viewport) viewport.scrollTop = 0;
    }
    if (this.#width) this.#narrow = this.#width < this.#options.narrowBelow();
    this.#options.need(this.#first + 2 * this.#visible);
  }

  hostUpdated(): void {
    const viewport = this.#viewport ?? undefined;
    if (viewport === this.#observed) return;
    this.#resize?.disconnect();
    this.#observed = viewport;
    if (!viewport) return;
    // The viewport's size decides how many rows exist and whether they are rows or cards.
    this.#resize ??= new ResizeObserver(([entry]) => {
      const target = entry!.target as HTMLElement;
      const { width, height } = entry!.contentRect;
      this.#height = height;
      this.#em = parseFloat(getComputedStyle(target).fontSize) || this.#em;
      this.#width = width;
      this.#narrow = width < this.#options.narrowBelow();
      this.#visible = Math.ceil(height / this.rowHeight) + 1;
      this.#host.requestUpdate();
    });
    this.#resize.observe(viewport);
  }

  get #viewport(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(this.#options.viewport);
  }
}
