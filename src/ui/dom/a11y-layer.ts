import { el } from './dom';

/**
 * The accessible mirror of the canvas: real DOM for screen readers and keyboard users. It stays
 * out of sight until something in it has focus, then shows as a panel (styles in page.css).
 */
export class A11yLayer {
  readonly root: HTMLElement;
  private readonly view: HTMLElement;
  private readonly polite: HTMLElement;

  constructor(host: HTMLElement) {
    this.view = el('div', { class: 'a11y-view' });
    this.polite = el('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status' });
    this.root = el('div', { id: 'a11y', class: 'a11y' }, this.view, this.polite);
    host.append(this.root);
  }

  /** Replaces the current screen's DOM, keeping keyboard focus on the control in the same place. */
  show(node: HTMLElement): void {
    const controls = (root: ParentNode) => [
      ...root.querySelectorAll<HTMLElement>('button, [tabindex="0"], a[href]'),
    ];
    const focused = document.activeElement;
    const index =
      focused && this.view.contains(focused) ? controls(this.view).indexOf(focused as HTMLElement) : -1;
    this.view.replaceChildren(node);
    if (index >= 0) controls(this.view)[index]?.focus();
  }

  /** Moves keyboard focus to the first control of the current screen. */
  focusFirst(): void {
    this.view.querySelector<HTMLElement>('button, [tabindex="0"], a[href]')?.focus();
  }

  /** Says something to screen-reader users without moving focus. */
  announce(text: string): void {
    this.polite.textContent = text;
  }
}
