import { z } from 'zod';
import type { PrincipleId } from '../content/principle';

/**
 * The five source articles (Spanish) in `shared/seeds/`. They are the authority: every rule cites
 * one by file name, so a player can read where a judgement comes from.
 */
export const SOURCES = {
  /** 4 paradigmas, 5 claves y 16 acciones para prevenir las crisis en el Social Media. */
  claves: '000_98ab70f08e23c2d8.txt',
  /** Cómo prevenir una crisis en redes sociales: situaciones y pasos 1-7. */
  pasos: '001_c8eba183338f1bc9.txt',
  /** Modelos de fidelidad en los social media. */
  modelos: '002_3821d1739f36911f.txt',
  /** ¿Cómo apagar fuegos en internet? */
  fuegos: '003_aeb9f18473395e0a.txt',
  /** Proteger la marca online ante un conflicto con un cliente. */
  proteger: '004_ae073eabfdd3334d.txt',
} as const;

export const SOURCE_FILES = Object.values(SOURCES) as [SourceFile, ...SourceFile[]];
export type SourceFile = (typeof SOURCES)[keyof typeof SOURCES];
export const sourceFileSchema = z.enum(SOURCE_FILES);

/** Where each principle comes from, as the table of PRINCIPLES.md gives it. */
export const PRINCIPLE_SOURCES: Readonly<Record<PrincipleId, readonly SourceFile[]>> = {
  empathy: [SOURCES.claves, SOURCES.proteger],
  transparency: [SOURCES.pasos, SOURCES.proteger, SOURCES.modelos],
  no_deletion: [SOURCES.pasos],
  follow_up: [SOURCES.pasos, SOURCES.proteger],
  timeliness: [SOURCES.fuegos, SOURCES.claves],
  composure: [SOURCES.pasos, SOURCES.fuegos],
  escalation: [SOURCES.pasos, SOURCES.modelos],
  troll_discernment: [SOURCES.pasos, SOURCES.claves],
  private_channel: [SOURCES.pasos],
  acknowledge_positive: [SOURCES.claves, SOURCES.fuegos],
  redress: [SOURCES.claves, SOURCES.fuegos],
  humility: [SOURCES.proteger, SOURCES.fuegos, SOURCES.claves],
  no_competitor_bashing: [SOURCES.modelos],
  consistency: [SOURCES.claves],
  learning: [SOURCES.pasos, SOURCES.fuegos, SOURCES.claves],
};
