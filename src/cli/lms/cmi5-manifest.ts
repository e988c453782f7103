import { auIri, COURSE_IRI } from '../../app/lms/xapi-vocabulary';
import { LANGS, type Lang, type ScenarioManifest } from '../../content/scenario.schema';

/**
 * The `cmi5.xml` of the cmi5 package (the cmi5 course structure, §13): one course and one AU per
 * scenario, in the onboarding path's order, each launching the game's deep link for its scenario
 * with `lms=cmi5` (the LMS adds its five launch parameters to it), each with the pass mark as
 * `masteryScore` (0–1) and `moveOn="CompletedAndPassed"`: a scenario counts once it is played to
 * its end and passed, as a SCORM `passed` does. `launchMethod="OwnWindow"`: the game wants the
 * whole window (it fits its canvas and takes the keyboard), and the LMS's `returnURL` takes the
 * learner back from there. Titles and descriptions in every language the game speaks.
 */
export interface Cmi5ManifestInput {
  readonly scenarios: readonly ScenarioManifest[];
  readonly lang: Lang;
  /** The pass mark, 0–100, as `--mastery` gives it (written as 0–1). */
  readonly mastery: number;
  readonly title?: string;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

/** The launch URL of one scenario's AU: the deep link the game reads (src/app/deep-link.ts). */
export const cmi5LaunchUrl = (scenario: string, lang: Lang): string =>
  `index.html?scenario=${encodeURIComponent(scenario)}&lang=${lang}&lms=cmi5`;

const langstrings = (texts: Readonly<Record<Lang, string>>, indent: string): string =>
  LANGS.map((l) => `${indent}<langstring lang="${l}">${escapeXml(texts[l])}</langstring>`).join('\n');

const COURSE_DESCRIPTION: Readonly<Record<Lang, string>> = {
  es: 'Simulador de crisis en redes sociales para community managers: cada escenario es una crisis en tiempo real, puntuada por principios.',
  en: 'A social-media crisis simulator for community managers: each scenario is a real-time crisis, scored against principles.',
};

export function cmi5Manifest({ scenarios, lang, mastery, title = 'Cortafuegos' }: Cmi5ManifestInput): string {
  if (!Number.isInteger(mastery) || mastery < 0 || mastery > 100)
    throw new Error(`the mastery score must be a whole number from 0 to 100, not ${mastery}`);
  const masteryScore = (mastery / 100).toFixed(2);
  const aus = scenarios.map(
    (
      s,
    ) => `  <au id="${escapeXml(auIri(s.id))}" moveOn="CompletedAndPassed" masteryScore="${masteryScore}" launchMethod="OwnWindow">
    <title>
${langstrings(s.title, '      ')}
    </title>
    <description>
${langstrings(s.summary, '      ')}
    </description>
    <url>${escapeXml(cmi5LaunchUrl(s.id, lang))}</url>
  </au>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${COURSE_IRI}">
    <title>
${langstrings({ es: title, en: title }, '      ')}
    </title>
    <description>
${langstrings(COURSE_DESCRIPTION, '      ')}
    </description>
  </course>
${aus.join('\n')}
</courseStructure>
`;
}
