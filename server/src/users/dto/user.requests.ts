import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@claimdesk/shared';
import { MIN_PASSWORD_LENGTH } from '../password-hasher';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

// Long enough for any passphrase, short enough that hashing a hostile body costs nothing extra.
export const MAX_PASSWORD_LENGTH = 256;

export class CreateUserRequest {
  @ApiProperty({ example: 'maria@newsroom.example' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Maria Lopez' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

export class UpdateUserRequest {
  @ApiPropertyOptional({ example: 'Maria Lopez' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class ResetPasswordRequest {
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}
