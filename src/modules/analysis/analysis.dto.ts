import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SLUG, SLUG_MESSAGE } from '../../common/dto';

export class DisputesQueryDto {
  @ApiProperty({ description: 'version slug', example: 'v28' })
  @Matches(SLUG, { message: `version ${SLUG_MESSAGE}` })
  public readonly version!: string;
}
