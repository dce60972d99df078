import { Conflict, NotFound } from '@app/http';

export class CardLevelNotFound extends NotFound {
  constructor(field?: string) {
    super(
      field ? `${field}: no such card level` : 'card level not found',
      'card_level_not_found',
      field ? [{ field, reason: 'no such card level' }] : undefined,
    );
  }
}

export class CardLevelExists extends Conflict {
  constructor(id: string) {
    super(`a card level with id ${id} exists already`, 'card_level_exists');
  }
}

export class CardLevelInUse extends Conflict {
  constructor(cards: number) {
    super(`${cards} card(s) have this level; move them first`, 'card_level_in_use');
  }
}
