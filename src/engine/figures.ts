// Placeholder until the figures grammar lands: finds nothing.
import type { Block, Figure } from './types';

/** Finds every figure in the text (claimedBy left null: the caller links claimants). */
export function findFigures(_text: string, _blocks: Block[]): Figure[] {
  return [];
}
