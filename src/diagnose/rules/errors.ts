// Rules files are configuration, so their errors are ConfigErrors: one line per problem,
// each naming the file (and line when known), the rule and the field.

import { ConfigError } from '../../errors.ts';

export class RulesFileError extends ConfigError {
  constructor(
    readonly file: string,
    issues: string[],
  ) {
    super(issues);
  }
}
