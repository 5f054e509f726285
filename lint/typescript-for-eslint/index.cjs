// The path of TypeScript 5's module, resolved from here (where npm nests it).
module.exports = require.resolve('typescript');
