// The figures of a draft and their relations, built once per draft and shared by the number rules and hovers.

import { CheckCache } from '../cache';
import type { Draft } from '../parse';
import { figuresByParagraph, type Figure } from './extract';
import { relationsOf, type Relation } from './relations';

export interface FigureModel {
  figures: Figure[];
  relations: Relation[];
  /** The figure whose text covers an offset. */
  figureAt(offset: number): Figure | undefined;
  /** The relations a figure takes part in. */
  relationsOf(figure: Figure): Relation[];
}

const cache = new WeakMap<Draft, FigureModel>();

/**
 * The figure model of a draft, built once per draft: with the check's cache, from what earlier checks kept;
 * without one, cold.
 */
export function figureModel(draft: Draft, checkCache?: CheckCache): FigureModel {
  let model = cache.get(draft);
  if (!model) {
    const kept = checkCache ?? new CheckCache();
    const groups = figuresByParagraph(draft, kept.figures);
    const figures = groups.flatMap((g) => g.figures);
    const relations = relationsOf(draft, groups, kept.names);
    model = {
      figures,
      relations,
      figureAt: (offset) => figures.find((f) => f.offset <= offset && offset <= f.endOffset),
      relationsOf: (figure) => relations.filter((r) => r.figures.includes(figure)),
    };
    cache.set(draft, model);
  }
  return model;
}
