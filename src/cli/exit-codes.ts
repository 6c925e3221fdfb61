export { EXIT, exitCodeForSignal } from '../exit-codes';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
