/** Facilitator pages (set-up and board). Placeholder until the workshop module lands. */
export function startWorkshopPage(view: 'workshop' | 'board', root: HTMLElement): void {
  root.textContent = view;
}
