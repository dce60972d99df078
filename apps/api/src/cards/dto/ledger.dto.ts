import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  NotEquals,
  ValidateIf,
} from 'class-validator';
import {
  AmountField,
  CardApiAnswerDto,
  EpochField,
  PageQueryDto,
  PaginationDto,
  PLAIN_TEXT,
  TextField,
} from '../../card-api';

export class CreateTransactionDto {
  @AmountField('points: > 0 accrues, < 0 spends (two decimals)', { required: true, signed: true })
  @NotEquals(0, { message: 'sum must not be 0' })
  sum: number;

  @AmountField('the sale this transaction belongs to: adds to the turnover (accum_sale_amount)')
  sale_amount?: number;

  @EpochField('accruals: when the points become spendable (epoch ms); absent or 0: now')
  active_from?: number;

  @EpochField('accruals: when the points burn (epoch ms); absent or 0: never')
  active_to?: number;

  @ApiPropertyOptional({
    example: 'cheque-2024-000123',
    maxLength: 200,
    description: 'your id of the operation: a retry with it books nothing twice',
  })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(PLAIN_TEXT, { message: 'external_id must not contain control characters' })
  external_id?: string;

  @TextField(200, 'shop-7')
  shop_id?: string;

  @TextField(1000, 'purchase')
  description?: string;
}

export class TransactionDto {
  @ApiProperty({ format: 'uuid', example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' }) id: string;
  @ApiProperty({
    description: 'the card it was made with ("" once that card is deleted)',
    example: '3f9c2b1e-8d4a-4c6f-9b2e-7a1d5e0c4b83',
  })
  card_id: string;
  @ApiProperty({
    description: 'the card whose points it books (the master card, or the card itself)',
    example: '3f9c2b1e-8d4a-4c6f-9b2e-7a1d5e0c4b83',
  })
  account_id: string;
  @ApiProperty({ enum: ['opening', 'accrual', 'spend', 'cancel'], example: 'accrual' }) kind: string;
  @ApiProperty({ example: 1545720862333, description: 'epoch ms' }) date: number;
  @ApiProperty({ example: 60 }) sum: number;
  @ApiProperty({ example: 0 }) sale_amount: number;
  @ApiProperty({
    description: 'accruals: epoch ms the points become spendable; else 0',
    example: 1545858000000,
  })
  active_from: number;
  @ApiProperty({ description: 'accruals: epoch ms the points burn; 0: never', example: 1546117200000 })
  active_to: number;
  @ApiProperty({
    description: 'your id of the operation; "" when none was given',
    example: 'cheque-2024-000123',
  })
  external_id: string;
  @ApiProperty({ example: 'shop-7' }) shop_id: string;
  @ApiProperty({ example: 'purchase' }) description: string;
  @ApiProperty({ description: 'cancelled by a later cancel transaction', example: false }) cancelled: boolean;
  @ApiProperty({ description: 'epoch ms of the cancellation; 0: none', example: 0 }) date_cancelled: number;
  @ApiProperty({ description: 'a cancel transaction: the id of the one it reverses', example: '' })
  cancels: string;
}

export class TransactionAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: TransactionDto }) transaction: TransactionDto;
  @ApiProperty({ example: 225, description: 'spendable points of the account now' })
  balance_available: number;
  @ApiProperty({
    description: 'true: an earlier transaction with this external_id, answered again',
    example: false,
  })
  replayed: boolean;
}

export class TransactionListAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ type: [TransactionDto] }) transactions: TransactionDto[];
  @ApiProperty({ type: PaginationDto }) pagination: PaginationDto;
}

export class ListTransactionsQueryDto extends PageQueryDto {}

export class BalanceInfoQueryDto {
  @ApiPropertyOptional({
    default: 100,
    minimum: 0,
    description: 'how many last transactions (at most 100; 0: none)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  last_transactions?: number;
}

export class LastTransactionDto {
  @ApiProperty({ example: 1545720862693 }) date: number;
  @ApiProperty({ example: -25 }) sum: number;
}

export class BonusActiveDto {
  @ApiProperty({ example: 1545720862333, description: 'when the points were accrued' }) date: number;
  @ApiProperty({ example: 35, description: 'what is left of the batch' }) sum: number;
  @ApiProperty({ example: 1545858000000 }) active_from: number;
  @ApiProperty({ example: 1546117200000, description: '0: never burns' }) active_to: number;
}

export class BalanceInfoAnswerDto extends CardApiAnswerDto {
  @ApiProperty({ example: 13573.04, description: 'legacy: all points ever accrued, burning not deducted' })
  balance: number;
  @ApiProperty({ example: 225, description: 'spendable now' }) balance_available: number;
  @ApiProperty({ type: [LastTransactionDto] }) last_transactions: LastTransactionDto[];
  @ApiProperty({ type: [BonusActiveDto], description: 'batches still to activate, or that will burn' })
  bonusactive: BonusActiveDto[];
}
