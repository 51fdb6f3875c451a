import { Module } from '@nestjs/common';
import { TOKEN_VERIFIER } from '../../common/actor';
import { TokensRepository } from './tokens.repository';
import { TokensService } from './tokens.service';

@Module({
  providers: [
    TokensRepository,
    TokensService,
    // The global auth guard verifies tokens through this, not through the module's classes.
    { provide: TOKEN_VERIFIER, useExisting: TokensService },
  ],
  exports: [TokensService, TOKEN_VERIFIER],
})
export class TokensModule {}
