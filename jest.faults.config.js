/**
 * The fault suite (`npm run test:faults`): kill -9 of the CLI and of the engine, a corpus of bad
 * files. Same engine and setup as `npm test`, kept out of it for its length. One file at a time:
 * the files kill processes and load the machine.
 * @type {import('jest').Config}
 */
module.exports = {
  ...require('./jest.config.js'),
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.fault.ts'],
  testTimeout: 300000,
  maxWorkers: 1,
};
