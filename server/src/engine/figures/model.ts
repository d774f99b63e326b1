// The figures of a draft and their relations, built once per draft and shared by the number rules and hovers.

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

export function figureModel(draft: Draft): FigureModel {
  let model = cache.get(draft);
  if (!model) {
    const groups = figuresByParagraph(draft);
    const figures = groups.flatMap((g) => g.figures);
    const relations = relationsOf(draft, groups);
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
