import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from '../../common/dto';
import { DateBound, LimitProperty, OffsetProperty } from '../../common/paging';

/** Every action the repositories write (writeAudit); a filter may name one or its noun. */
export const AUDIT_ACTIONS = [
  'article.create',
  'article.extract',
  'link.create',
  'link.delete',
  'plan.create',
  'position.create',
  'seed',
  'statement.accept',
  'statement.reject',
  'token.create',
  'token.revoke',
  'version.create',
] as const;
const AUDIT_KINDS = [
  ...AUDIT_ACTIONS,
  ...new Set(AUDIT_ACTIONS.filter((a) => a.includes('.')).map((a) => a.split('.')[0]!)),
];

export const AUDIT_PAGE = { default: 100, max: 1000 } as const;

export class AuditQueryDto {
  @LimitProperty(AUDIT_PAGE.default, AUDIT_PAGE.max) public readonly limit?: number;
  @OffsetProperty() public readonly offset?: number;

  @ApiPropertyOptional({
    enum: AUDIT_KINDS,
    description: 'one action ("version.create"), or every action on one kind of record ("version")',
  })
  @Optional()
  @IsIn(AUDIT_KINDS)
  public readonly action?: string;

  @ApiPropertyOptional({ description: 'the id of the token that wrote' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  public readonly token?: string;

  @DateBound('events on or after this day (UTC)') public readonly from?: string;
  @DateBound('events on or before this day (UTC)') public readonly to?: string;
}
