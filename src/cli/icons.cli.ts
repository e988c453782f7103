import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/**
 * Renders the install icons of the web app manifest from the game's SVG logo, with Chromium
 * (`npm run icons`; the PNGs are committed in `public/icons/`, so a build needs no browser).
 * `logo.svg` keeps its rounded, transparent corners for the "any" icons; `icon-maskable.svg`
 * fills the square and keeps the flame inside the safe circle, for maskable and Apple icons.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'public', 'icons');

const ICONS = [
  { file: 'icon-192.png', svg: 'assets/logo.svg', size: 192 },
  { file: 'icon-512.png', svg: 'assets/logo.svg', size: 512 },
  { file: 'icon-maskable-512.png', svg: 'assets/icon-maskable.svg', size: 512 },
  { file: 'apple-touch-icon-180.png', svg: 'assets/icon-maskable.svg', size: 180 },
] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const icon of ICONS) {
      const svg = readFileSync(join(ROOT, icon.svg), 'utf8').replace(
        '<svg ',
        `<svg width="${icon.size}" height="${icon.size}" `,
      );
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`,
      );
      await page.screenshot({
        path: join(OUT, icon.file),
        omitBackground: true,
        clip: { x: 0, y: 0, width: icon.size, height: icon.size },
      });
      console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
