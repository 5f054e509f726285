export { analyze } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { blocksFromPlainText } from './blocks';
export type * from './types';
