import { ApiProperty } from '@nestjs/swagger';
import { CardApiAnswerDto, UuidRefField } from '../../card-api';
import { CardDto } from './card.dto';

export class ReplacementDto {
  @UuidRefField('the card being replaced (lost)', { required: true, nullable: false })
  old_card_id: string;

  @UuidRefField('the card replacing it', { required: true, nullable: false })
  new_card_id: string;
}

export class ReplacementAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: CardDto, description: 'the new card, with the balance and fields moved to it' })
  card: CardDto;
  @ApiProperty({ type: CardDto, description: 'the old card: deactivated, blocked, new_card_id set' })
  old_card: CardDto;
}
