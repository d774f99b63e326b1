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
    const relations = relationsOf(draft, groups, kept.names, kept.statements);
    let byFigure: Map<Figure, Relation[]> | undefined;
    model = {
      figures,
      relations,
      figureAt: (offset) => {
        // figures are in document order and do not overlap: the last one starting at or before the offset
        let lo = 0;
        let hi = figures.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (figures[mid]!.offset <= offset) lo = mid + 1;
          else hi = mid;
        }
        const f = figures[lo - 1];
        return f && offset <= f.endOffset ? f : undefined;
      },
      relationsOf: (figure) => {
        if (!byFigure) {
          byFigure = new Map();
          for (const r of relations) {
            for (const f of new Set(r.figures)) {
              const list = byFigure.get(f);
              if (list) list.push(r);
              else byFigure.set(f, [r]);
            }
          }
        }
        return byFigure.get(figure) ?? [];
      },
    };
    cache.set(draft, model);
  }
  return model;
}
