import { Conflict, NotFound, Unprocessable, ValidationFailed } from '@app/http';

export class RuleNotFound extends NotFound {
  constructor(slug: string) {
    super(`no rule with slug ${JSON.stringify(slug)}`, 'rule_not_found');
  }
}

export class PatternNotFound extends NotFound {
  constructor(slug: string) {
    super(`no pattern with slug ${JSON.stringify(slug)}`, 'pattern_not_found');
  }
}

export class CodeNotFound extends NotFound {
  constructor() {
    super('no such code', 'code_not_found');
  }
}

export class RuleInactive extends Conflict {
  constructor(slug: string) {
    super(`rule ${JSON.stringify(slug)} is not active: it makes no new codes`, 'rule_inactive');
  }
}

export class SlugTaken extends Conflict {
  constructor(what: 'rule' | 'pattern', slug: string) {
    super(`a ${what} with slug ${JSON.stringify(slug)} exists already`, `${what}_slug_taken`);
  }
}

export class RuleHasCodes extends Conflict {
  constructor(fields: string[]) {
    super(`${fields.join(', ')} cannot change once the rule has codes`, 'rule_has_codes');
  }
}

export class PatternInUse extends Conflict {
  constructor(slug: string) {
    super(`pattern ${JSON.stringify(slug)} cannot change: codes were made with it`, 'pattern_in_use');
  }
}

export class CodeAlreadyUsed extends Conflict {
  constructor() {
    super('the code was used already; only unused codes can be withdrawn', 'code_already_used');
  }
}

export class CodeSpaceTooSmall extends Unprocessable {
  constructor(free: number, asked: number) {
    super(
      `the rule's code space has room for ${free < 1e15 ? free : 'very many'} more codes; generating ${asked} needs at least ten times that many free (lengthen code_lenght or widen the pattern)`,
      'code_space_too_small',
    );
  }
}

export class BadValidity extends ValidationFailed {
  constructor(message: string) {
    super(message, [{ field: 'valid_to', reason: message }]);
  }
}
