import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-body';
import { CurrentUser } from '../auth/current-user.decorator';
import { Requires } from '../auth/requires.decorator';
import type { SessionUser } from '../auth/session-user';
import { CreateUserRequest, ResetPasswordRequest, UpdateUserRequest } from './dto/user.requests';
import { UserResponse } from './dto/user.response';
import { UsersService } from './users.service';
import { uuid } from '../common/uuid-param';

const UserId = () => Param('id', uuid);

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Requires('users.read')
  @ApiOperation({
    operationId: 'listUsers',
    summary: 'All accounts, deactivated included (assignment pickers filter)',
  })
  @ApiOkResponse({ type: UserResponse, isArray: true })
  list(): Promise<UserResponse[]> {
    return this.users.list();
  }

  @Get(':id')
  @Requires('users.read')
  @ApiOperation({ operationId: 'getUser', summary: 'One account' })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  get(@UserId() id: string): Promise<UserResponse> {
    return this.users.get(id);
  }

  @Post()
  @Requires('users.manage')
  @ApiOperation({
    operationId: 'createUser',
    summary: 'Create an account with a role and an initial password',
  })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'The email is taken' })
  create(@Body() body: CreateUserRequest, @CurrentUser() actor: SessionUser): Promise<UserResponse> {
    return this.users.create(body, actor.id);
  }

  @Patch(':id')
  @Requires('users.manage')
  @ApiOperation({ operationId: 'updateUser', summary: 'Change display name and/or role' })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'Would leave no active admin' })
  update(
    @UserId() id: string,
    @Body() body: UpdateUserRequest,
    @CurrentUser() actor: SessionUser,
  ): Promise<UserResponse> {
    return this.users.update(id, body, actor.id);
  }

  @Put(':id/password')
  @Requires('users.manage')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'resetUserPassword',
    summary: 'Set a new password; ends all of that user’s sessions',
  })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponse })
  resetPassword(
    @UserId() id: string,
    @Body() body: ResetPasswordRequest,
    @CurrentUser() actor: SessionUser,
  ): Promise<void> {
    return this.users.resetPassword(id, body.password, actor.id);
  }

  @Post(':id/deactivate')
  @Requires('users.manage')
  @HttpCode(200)
  @ApiOperation({ operationId: 'deactivateUser', summary: 'Block logins and end sessions; history is kept' })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'Yourself, or the last active admin' })
  deactivate(@UserId() id: string, @CurrentUser() actor: SessionUser): Promise<UserResponse> {
    return this.users.deactivate(id, actor.id);
  }

  @Post(':id/reactivate')
  @Requires('users.manage')
  @HttpCode(200)
  @ApiOperation({ operationId: 'reactivateUser', summary: 'Allow a deactivated account to log in again' })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ErrorResponse })
  reactivate(@UserId() id: string, @CurrentUser() actor: SessionUser): Promise<UserResponse> {
    return this.users.reactivate(id, actor.id);
  }
}
