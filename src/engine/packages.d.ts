// The package ships its table as a CommonJS Map without types; the engine only looks names up.
declare module 'gender-detection-from-name/names/en.js' {
  const names: { get(name: string): string | undefined };
  export default names;
}
