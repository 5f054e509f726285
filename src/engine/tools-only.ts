/** Whether code only the training and eval tools need may run: false in the extension's bundles
 * (build.mjs defines QL_TOOLS as false there, so esbuild drops what it guards as dead code), true
 * everywhere else (the CLI, the tools, jest), where QL_TOOLS is not defined. Only what cannot
 * change the engine's answers may be guarded: the observation hooks that fitting reads, and the
 * alignment of a fitted table by its feature names (the extension's tables ship without them). */
declare const QL_TOOLS: boolean | undefined;
export const TOOLS: boolean = typeof QL_TOOLS === 'undefined' || QL_TOOLS;
