import type { Plugin } from 'vite';

/** Where the dev server's live-reload client may open its websocket (the page's own host). */
export const DEV_SOCKETS = 'ws://127.0.0.1:* ws://localhost:*';

/**
 * The built game connects to nothing but its own origin (`connect-src 'self'` in `index.html`).
 * Vite's dev server alone needs a websocket, for live reload: this adds it to the page's CSP
 * while serving, so production never allows it. Only the game's page: the test pages keep their
 * own policies.
 */
export function devSocketCspPlugin(): Plugin {
  return {
    name: 'cortafuegos:dev-socket-csp',
    apply: 'serve',
    transformIndexHtml(html, ctx) {
      if (ctx.path !== '/index.html') return html;
      const directive = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*connect-src [^;"]*)/;
      if (!directive.test(html))
        throw new Error('dev-socket-csp: the Content-Security-Policy of index.html has no connect-src');
      return html.replace(directive, `$1 ${DEV_SOCKETS}`);
    },
  };
}
