import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type ChangePasswordDto,
  type OtherSessionsEndedDto,
  type SessionDto,
} from '@claimdesk/shared';
import { UserResponse } from '../../users/dto/user.response';

export class LoginRequest {
  // Any string: an address that is not an email simply matches no account (INVALID_CREDENTIALS).
  @ApiProperty({ example: 'admin@claimdesk.local' })
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

export class ChangePasswordRequest implements ChangePasswordDto {
  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}

export class SessionResponse implements SessionDto {
  @ApiProperty({ type: UserResponse }) user!: UserResponse;
}

export class OtherSessionsEndedResponse implements OtherSessionsEndedDto {
  @ApiProperty({ minimum: 0, description: 'How many of your other sessions ended' }) ended!: number;
}
