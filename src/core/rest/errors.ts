/** The only error the REST reader throws: says what is wrong and where, as a node path. */
export class RestInputError extends Error {
  override name = 'RestInputError';
  constructor(readonly path: string, problem: string) {
    super(`${path}: ${problem}`);
  }
}
