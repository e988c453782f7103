import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../src/app/deep-link';
import { launchUrl, scormManifest } from '../../src/cli/lms/scorm-manifest';
import { realLibrary } from '../helpers';

const manifests = () => realLibrary().scenarios.map((s) => s.manifest);
const FILES = ['index.html', 'favicon.svg', 'assets/index-abc.js', 'assets/a&b.css'];

const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['item', 'resource', 'file', 'dependency'].includes(name),
  }).parse(xml);

describe('the SCORM 1.2 package manifest', () => {
  it('is well-formed XML in the SCORM 1.2 content packaging structure', () => {
    const xml = scormManifest({ scenarios: manifests(), lang: 'es', mastery: 70, files: FILES });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { manifest } = parse(xml);
    expect(manifest['@xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(manifest['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: 1.2 });
    const org = manifest.organizations.organization;
    expect(manifest.organizations['@default']).toBe(org['@identifier']);
    const resources = manifest.resources.resource as Array<Record<string, unknown>>;
    const byId = new Map(resources.map((r) => [r['@identifier'], r]));
    const items = org.item as Array<Record<string, unknown>>;
    expect(items).toHaveLength(manifests().length);
    for (const item of items) {
      expect(item['adlcp:masteryscore']).toBe(70);
      expect(typeof item.title).toBe('string');
      const sco = byId.get(item['@identifierref']) as Record<string, unknown>;
      expect(sco['@adlcp:scormtype']).toBe('sco');
      expect(sco['@type']).toBe('webcontent');
      expect((sco.dependency as Array<Record<string, string>>)[0]?.['@identifierref']).toBe('game-files');
    }
    const assets = byId.get('game-files') as { file: Array<Record<string, string>> };
    expect(assets.file.map((f) => f['@href'])).toEqual(FILES);
    // Identifiers are unique across the manifest.
    const ids = [
      org['@identifier'],
      ...items.map((i) => i['@identifier']),
      ...resources.map((r) => r['@identifier']),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('launches each SCO on a deep link the game accepts, for its scenario', () => {
    const ids = manifests().map((m) => m.id);
    const xml = scormManifest({ scenarios: manifests(), lang: 'en', mastery: 85, files: FILES });
    const resources = parse(xml).manifest.resources.resource as Array<Record<string, string>>;
    const scos = resources.filter((r) => r['@adlcp:scormtype'] === 'sco');
    expect(scos.map((r) => r['@href'])).toEqual(ids.map((id) => launchUrl(id, 'en')));
    for (const [i, sco] of scos.entries()) {
      const href = sco['@href'] as string;
      const link = parseDeepLink(href.slice(href.indexOf('?')), ids);
      expect(link).toEqual({ kind: 'link', link: { scenario: ids[i], lang: 'en', lms: 'scorm12' } });
    }
    expect(xml).toContain('<adlcp:masteryscore>85</adlcp:masteryscore>');
  });

  it('refuses a mastery score out of range and a game without index.html', () => {
    const input = { scenarios: manifests(), lang: 'es' as const, files: FILES };
    expect(() => scormManifest({ ...input, mastery: 101 })).toThrow(/0 to 100/);
    expect(() => scormManifest({ ...input, mastery: 7.5 })).toThrow(/whole number/);
    expect(() => scormManifest({ ...input, mastery: 70, files: ['app.js'] })).toThrow(/no index.html/);
  });
});

describe('the lms deep-link parameter', () => {
  it('accepts scorm12 and cmi5 and names anything else', () => {
    expect(parseDeepLink('?scenario=a&lms=scorm12', ['a'])).toEqual({
      kind: 'link',
      link: { scenario: 'a', lms: 'scorm12' },
    });
    expect(parseDeepLink('?scenario=a&lms=cmi5', ['a'])).toEqual({
      kind: 'link',
      link: { scenario: 'a', lms: 'cmi5' },
    });
    expect(parseDeepLink('?scenario=a&lms=moodle', ['a'])).toEqual({
      kind: 'error',
      reason: 'lms must be one of scorm12, cmi5',
    });
  });
});
