import { Injectable } from '@nestjs/common';
import { Database } from '@app/data';
import { LevelsService } from '../levels/levels.service';
import { CardNotFound, ReferencedCardNotFound, ReplacementRefused } from './cards.errors';
import { CardRow, CardsRepository } from './cards.repository';
import { CardsService } from './cards.service';
import { CardDto } from './dto/card.dto';
import { ReplacementDto } from './dto/replacement.dto';
import { LedgerService } from './ledger.service';

/**
 * `replacement` (seed 003): a lost card's account (balance, pending and burning point batches with
 * their dates, and its transaction history) and its place, owner, contacts, turnover and level
 * move to a new card in one transaction;
 * the old card is deactivated, blocked and points to the new one. `max_cards_per_user` does not
 * apply, as the seed says.
 */
@Injectable()
export class ReplacementService {
  constructor(
    private readonly db: Database,
    private readonly repo: CardsRepository,
    private readonly cards: CardsService,
    private readonly ledger: LedgerService,
    private readonly levels: LevelsService,
  ) {}

  async replace(dto: ReplacementDto): Promise<{ card: CardDto; old_card: CardDto }> {
    if (dto.old_card_id === dto.new_card_id)
      throw new ReplacementRefused('same_card', 'old_card_id and new_card_id are the same card');
    const [card, oldCard] = await this.db.transaction(async () => {
      // both rows locked, in id order (two replacements crossing cannot deadlock)
      const locked = new Map<string, CardRow | null>();
      for (const id of [dto.old_card_id, dto.new_card_id].sort())
        locked.set(id, await this.repo.find(id, true));
      const old = locked.get(dto.old_card_id);
      const next = locked.get(dto.new_card_id);
      if (!old) throw new CardNotFound();
      if (!next) throw new ReferencedCardNotFound('new_card_id', dto.new_card_id);
      await this.check(old, next);

      await this.ledger.moveAccount(old.id, next.id);
      await this.repo.takeOver(next.id, old.id);
      await this.repo.retire(old.id, next.id, `replaced by card ${next.barcode}`);
      if (old.card_level_id !== next.card_level_id) {
        await this.levels.record(
          next.id,
          await this.levels.find(next.card_level_id),
          await this.levels.find(old.card_level_id),
          Number(old.accum_sale_amount),
          'replacement',
        );
      }
      return [await this.cards.mustFind(next.id), await this.cards.mustFind(old.id)];
    });
    return { card: this.cards.dto(card), old_card: this.cards.dto(oldCard) };
  }

  /** Every check of the seed, each refusing with its own code. */
  private async check(old: CardRow, next: CardRow): Promise<void> {
    // the lost card: handed out (active) and not replaced before
    if (old.new_card_id)
      throw new ReplacementRefused('old_card_replaced', 'the old card was replaced already');
    if (!old.active)
      throw new ReplacementRefused('old_card_not_active', 'the old card is not active (never handed out)');
    if ((await this.repo.countSlaves(old.id)) > 0)
      throw new ReplacementRefused('master_card_in_use', 'the old card is the master card of other cards');
    if ((await this.repo.countSlaves(next.id)) > 0)
      throw new ReplacementRefused('master_card_in_use', 'the new card is the master card of other cards');
    // the new card: not active, or temporarily blocked and active
    const temporarilyBlocked = next.blocked && next.date_unblock !== null;
    if (next.active && !temporarilyBlocked)
      throw new ReplacementRefused(
        'new_card_not_usable',
        'the new card is active and not temporarily blocked',
      );
    if (next.user_id !== null)
      throw new ReplacementRefused('new_card_has_user', 'the new card belongs to a user');
    if (await this.ledger.hasTransactions(next.id))
      throw new ReplacementRefused('new_card_has_transactions', 'the new card has transactions');
    // not blocked, or no first sale
    if (next.blocked && next.date_first_check !== null)
      throw new ReplacementRefused('new_card_blocked', 'the new card is blocked and has had a sale');
  }
}
