import type { Lang, ScenarioManifest } from '../../content/scenario.schema';

/**
 * The `imsmanifest.xml` of the SCORM 1.2 package (IMS Content Packaging 1.1.2 with the ADL
 * extensions): one SCO per scenario, in the onboarding path's order, each launching the game's deep
 * link for its scenario with `lms=scorm12`, each with the pass mark as `adlcp:masteryscore`; the
 * game's files as one shared asset every SCO depends on. One SCO per scenario, not one for the
 * whole path: each scenario is an attempt of its own with its own score, status and resume, and
 * the LMS shows, orders and gates them (a single SCO could report one score for five crises).
 */
export interface ScormManifestInput {
  readonly scenarios: readonly ScenarioManifest[];
  readonly lang: Lang;
  readonly mastery: number;
  /** Every file of the built game, relative to the package root, with forward slashes. */
  readonly files: readonly string[];
  readonly title?: string;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

/** The launch URL of one scenario's SCO: the deep link the game reads (src/app/deep-link.ts). */
export const launchUrl = (scenario: string, lang: Lang): string =>
  `index.html?scenario=${encodeURIComponent(scenario)}&lang=${lang}&lms=scorm12`;

export function scormManifest({
  scenarios,
  lang,
  mastery,
  files,
  title = 'Cortafuegos',
}: ScormManifestInput): string {
  if (!Number.isInteger(mastery) || mastery < 0 || mastery > 100)
    throw new Error(`the mastery score must be a whole number from 0 to 100, not ${mastery}`);
  if (!files.includes('index.html')) throw new Error('the built game has no index.html');
  const items = scenarios.map(
    (s) => `      <item identifier="item-${s.id}" identifierref="sco-${s.id}" isvisible="true">
        <title>${escapeXml(s.title[lang])}</title>
        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>
      </item>`,
  );
  const scos = scenarios.map(
    (
      s,
    ) => `    <resource identifier="sco-${s.id}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launchUrl(s.id, lang))}">
      <file href="index.html"/>
      <dependency identifierref="game-files"/>
    </resource>`,
  );
  const assets = files.map((f) => `      <file href="${escapeXml(f)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="cortafuegos-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="cortafuegos">
    <organization identifier="cortafuegos">
      <title>${escapeXml(title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${scos.join('\n')}
    <resource identifier="game-files" type="webcontent" adlcp:scormtype="asset">
${assets.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
