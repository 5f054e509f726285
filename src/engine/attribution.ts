// Placeholder until quote attribution lands: finds nothing.
import type { Block, Quote, Speaker } from './types';

/** Finds the direct and reported quotes in the text and resolves each to a speaker entity. */
export function attributeQuotes(_text: string, _blocks: Block[]): { quotes: Quote[]; speakers: Speaker[] } {
  return { quotes: [], speakers: [] };
}
