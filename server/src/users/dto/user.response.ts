import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role, type UserDto } from '@claimdesk/shared';
import type { UserEntity } from '../user.entity';

export class UserResponse implements UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'maria@newsroom.example' }) email!: string;
  @ApiProperty({ example: 'Maria Lopez' }) displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ description: 'false once deactivated: cannot log in, keeps history' }) active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'null while active' })
  deactivatedAt!: string | null;
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    deactivatedAt: user.deactivatedAt === null ? null : new Date(user.deactivatedAt).toISOString(),
  };
}
