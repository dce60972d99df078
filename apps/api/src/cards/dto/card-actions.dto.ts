import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';
import { EpochField, PLAIN_TEXT, TextField, UuidRefField } from '../../card-api';
import { DESCRIPTION_MAX, NAME_MAX } from './create-card.dto';
import { EmailField, PhoneField, UserIdField } from './card-fields';

export class DeleteCardDto {
  @ApiPropertyOptional({ description: 'refuse (409) when the card has points', example: true })
  @IsOptional()
  @IsBoolean()
  checkbalance?: boolean;
}

export class ActivateCardDto {
  @TextField(200, '2312322123', 'the shop the card was activated in')
  activation_shop_id?: string;
}

export class BlockCardDto {
  @ApiProperty({ example: 'Причина блокировки', description: 'why the card is blocked' })
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  @Matches(PLAIN_TEXT, { message: 'description must not contain control characters' })
  description: string;

  @EpochField('when the block ends by itself (epoch ms); absent or 0: only by hand')
  unblock_date?: number;
}

export class AddUserDto {
  @UserIdField(true, 'the user to give a free card to')
  user_id: string;

  @TextField(NAME_MAX, '123', 'new name of the card')
  name?: string;

  @TextField(DESCRIPTION_MAX, '1235', 'new description of the card')
  description?: string;
}

export class AttachCardDto {
  @UserIdField(true, 'the user to give the card to')
  user_id: string;

  @UuidRefField('the card', { required: true, nullable: false })
  card_id: string;
}

/**
 * Step 1: `email` or `phone` and `send_to`; step 2: `user_id` and `identify_code`.
 */
export class SendIdentifyDto {
  @EmailField('step 1: find the cards with this email')
  email?: string;

  @PhoneField('step 1: find the cards with this phone')
  phone?: string;

  @ApiPropertyOptional({
    enum: ['email', 'phone'],
    description: 'step 1: where the code goes (default: the contact given)',
    example: 'email',
  })
  @ValidateIf((_, v) => v !== undefined)
  @IsIn(['email', 'phone'])
  send_to?: 'email' | 'phone';

  @UserIdField(false, 'step 2: the user the code was sent for')
  user_id?: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'string' }, { type: 'integer' }],
    example: '042917',
    description: 'step 2: the code received',
  })
  @Transform(({ value }) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value,
  )
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @Matches(/^\d{1,12}$/, { message: 'identify_code must be digits' })
  identify_code?: string;
}
