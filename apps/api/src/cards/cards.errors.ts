import { Conflict, NotFound, Unprocessable, ValidationFailed } from '@app/http';

export class CardNotFound extends NotFound {
  constructor() {
    super('card not found', 'card_not_found');
  }
}

export class CardExists extends Conflict {
  constructor(id: string) {
    super(`a card with id ${id} exists already`, 'card_exists');
  }
}

export class BarcodeTaken extends Conflict {
  constructor(barcode: string) {
    super(`another card already has the barcode ${JSON.stringify(barcode)}`, 'barcode_taken', [
      { field: 'barcode', reason: 'another card already has this barcode' },
    ]);
  }
}

export class CardHasBalance extends Conflict {
  constructor() {
    super('the card still has points (checkbalance was asked)', 'card_has_balance');
  }
}

export class CardIsMaster extends Conflict {
  constructor(count: number) {
    super(`${count} card(s) use this card as their master card`, 'card_is_master');
  }
}

export class ReferencedCardNotFound extends NotFound {
  constructor(field: 'mastercard_id' | 'referallink_id' | 'new_card_id', id: string) {
    const code = {
      mastercard_id: 'mastercard_not_found',
      referallink_id: 'referallink_not_found',
      new_card_id: 'new_card_not_found',
    }[field];
    super(`${field}: no card ${id}`, code, [{ field, reason: 'no such card' }]);
  }
}

export class MastercardInvalid extends Conflict {
  constructor(reason: string) {
    super(`mastercard_id: ${reason}`, 'mastercard_invalid', [{ field: 'mastercard_id', reason }]);
  }
}

export class SelfReference extends ValidationFailed {
  constructor(field: string) {
    super(`${field} cannot be the card itself`, [{ field, reason: 'cannot be the card itself' }]);
  }
}

export class NoFreeCard extends Conflict {
  constructor() {
    super('no free card: every card has a user, was activated, is blocked or is external', 'no_free_card');
  }
}

export class CardOfOtherUser extends Conflict {
  constructor() {
    super('the card belongs to another user', 'card_of_other_user');
  }
}

export class CardLimitReached extends Conflict {
  constructor(limit: number) {
    super(`the user has ${limit} card(s), the organization's max_cards_per_user`, 'card_limit_reached');
  }
}

export class ExternalCard extends Conflict {
  constructor() {
    super('an external card (external_card other than 0) cannot be given to a user', 'external_card');
  }
}

export class ContactNotFound extends NotFound {
  constructor() {
    super('no card of a user has this contact', 'contact_not_found');
  }
}

export class IdentifyCodeInvalid extends Unprocessable {
  constructor(attemptsLeft: number) {
    super(
      attemptsLeft > 0
        ? `wrong identify_code; ${attemptsLeft} attempt(s) left`
        : 'wrong identify_code; the code is burnt, ask for a new one',
      'identify_code_invalid',
    );
  }
}

export class IdentifyCodeMissing extends Unprocessable {
  constructor() {
    super(
      'no valid code was sent to this user (never sent, expired, used or burnt); ask for a new one',
      'identify_code_missing',
    );
  }
}

export class CardBlocked extends Conflict {
  constructor(master = false) {
    super(
      master
        ? 'the master card this card books on is blocked'
        : 'the card is blocked: it neither earns nor spends',
      'card_blocked',
    );
  }
}

export class CardInactive extends Conflict {
  constructor() {
    super('the card is not active: it only earns points', 'card_inactive');
  }
}

export class InsufficientPoints extends Conflict {
  constructor(available: number, asked: number) {
    super(`${asked} points asked, ${available} spendable`, 'insufficient_points');
  }
}

export class TransactionNotFound extends NotFound {
  constructor() {
    super('transaction not found', 'transaction_not_found');
  }
}

export class TransactionCancelled extends Conflict {
  constructor(reason = 'the transaction was cancelled already') {
    super(reason, 'transaction_cancelled');
  }
}

export class PointsAlreadySpent extends Conflict {
  constructor() {
    super('points of this accrual were spent already; it cannot be cancelled', 'points_already_spent');
  }
}

export class ExternalIdReused extends Conflict {
  constructor(externalId: string) {
    super(
      `external_id ${JSON.stringify(externalId)} was used on this card for another transaction`,
      'external_id_reused',
    );
  }
}

/** A refused replacement: each check of the seed has its own code. */
export class ReplacementRefused extends Conflict {
  constructor(code: string, message: string) {
    super(message, code);
  }
}
