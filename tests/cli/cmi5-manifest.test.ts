import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../src/app/deep-link';
import { auIri } from '../../src/app/lms/xapi-vocabulary';
import { cmi5LaunchUrl, cmi5Manifest } from '../../src/cli/lms/cmi5-manifest';
import { realLibrary } from '../helpers';

const manifests = () => realLibrary().scenarios.map((s) => s.manifest);

const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseAttributeValue: false,
    isArray: (name) => ['au', 'langstring'].includes(name),
  }).parse(xml);

type Langstrings = { langstring: Array<{ '#text': string; '@lang': string }> };

describe('the cmi5 course structure (cmi5.xml)', () => {
  it('is well-formed XML: one course and one AU per scenario, with titles and descriptions in both languages', () => {
    const xml = cmi5Manifest({ scenarios: manifests(), lang: 'es', mastery: 70 });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { courseStructure } = parse(xml);
    expect(courseStructure['@xmlns']).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    expect(courseStructure.course['@id']).toMatch(/^urn:cortafuegos:/);
    for (const part of [courseStructure.course.title, courseStructure.course.description] as Langstrings[])
      expect(part.langstring.map((l) => l['@lang'])).toEqual(['es', 'en']);
    const aus = courseStructure.au as Array<Record<string, unknown>>;
    expect(aus).toHaveLength(manifests().length);
    for (const [i, au] of aus.entries()) {
      const scenario = manifests()[i];
      if (!scenario) throw new Error(`no scenario ${i}`);
      expect(au['@id']).toBe(auIri(scenario.id));
      expect(au['@masteryScore']).toBe('0.70');
      expect(au['@moveOn']).toBe('CompletedAndPassed');
      expect(au['@launchMethod']).toBe('OwnWindow');
      const title = (au.title as Langstrings).langstring;
      expect(title.find((l) => l['@lang'] === 'en')?.['#text']).toBe(scenario.title.en);
      expect(title.find((l) => l['@lang'] === 'es')?.['#text']).toBe(scenario.title.es);
      expect((au.description as Langstrings).langstring).toHaveLength(2);
    }
    const ids = [courseStructure.course['@id'], ...aus.map((a) => a['@id'])];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('launches each AU on a deep link the game accepts, with lms=cmi5', () => {
    const ids = manifests().map((m) => m.id);
    const xml = cmi5Manifest({ scenarios: manifests(), lang: 'en', mastery: 85 });
    const aus = parse(xml).courseStructure.au as Array<{ url: string; '@masteryScore': string }>;
    expect(aus.map((a) => a.url)).toEqual(ids.map((id) => cmi5LaunchUrl(id, 'en')));
    for (const [i, au] of aus.entries()) {
      expect(au['@masteryScore']).toBe('0.85');
      // The LMS adds its launch parameters; the deep link reads its own and leaves those.
      const launched = `${au.url.slice(au.url.indexOf('?'))}&endpoint=x&fetch=y&actor=z&registration=r&activityId=a`;
      expect(parseDeepLink(launched, ids)).toEqual({
        kind: 'link',
        link: { scenario: ids[i], lang: 'en', lms: 'cmi5' },
      });
    }
  });

  it('refuses a mastery score that is not a whole number from 0 to 100', () => {
    for (const mastery of [-1, 101, 70.5, Number.NaN])
      expect(() => cmi5Manifest({ scenarios: manifests(), lang: 'es', mastery })).toThrow(/mastery score/);
  });

  it('escapes what XML would misread in titles', () => {
    const [first] = manifests();
    if (!first) throw new Error('no scenario');
    const odd = { ...first, title: { es: 'A & B <c>', en: '"q" & \'a\'' } };
    const xml = cmi5Manifest({ scenarios: [odd], lang: 'es', mastery: 70 });
    expect(XMLValidator.validate(xml)).toBe(true);
    const au = (parse(xml).courseStructure.au as Array<{ title: Langstrings }>)[0];
    expect(au?.title.langstring.map((l) => l['#text'])).toEqual(['A & B <c>', '"q" & \'a\'']);
  });
});
