import { Conflict, NotFound } from '@app/http';

export class CardGroupNotFound extends NotFound {
  constructor() {
    super('card group not found', 'card_group_not_found');
  }
}

export class ParentGroupNotFound extends NotFound {
  constructor(id: string) {
    super(`no card group ${id} to be the parent`, 'parent_group_not_found');
  }
}

export class CardGroupExists extends Conflict {
  constructor(id: string) {
    super(`a card group with id ${id} exists already`, 'card_group_exists');
  }
}

export class CardGroupCycle extends Conflict {
  constructor() {
    super('a group cannot move under itself or one of its descendants', 'card_group_cycle');
  }
}

export class CardGroupHasBalance extends Conflict {
  constructor(cards: number) {
    super(
      `${cards} card(s) of the subtree still have points; send "force": true to delete them anyway`,
      'card_group_has_balance',
    );
  }
}

export class CardGroupCardsReferenced extends Conflict {
  constructor(cards: number) {
    super(
      `${cards} card(s) outside the subtree use a card of it as their master card`,
      'card_group_cards_referenced',
    );
  }
}
