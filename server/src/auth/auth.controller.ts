import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ErrorResponse } from '../common/errors/error-body';
import { AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import { CurrentUser, type AuthenticatedRequest } from './current-user.decorator';
import {
  ChangePasswordRequest,
  LoginRequest,
  OtherSessionsEndedResponse,
  SessionResponse,
} from './dto/auth.dto';
import { Authenticated, Public, SESSION_COOKIE } from './requires.decorator';
import { sessionCookieOptions, sessionTokenOf } from './session-cookie';
import type { SessionUser } from './session-user';

function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'login', summary: `Log in; sets the ${SESSION_COOKIE} cookie` })
  @ApiOkResponse({ type: SessionResponse })
  @ApiBadRequestResponse({ type: ErrorResponse })
  @ApiUnauthorizedResponse({
    type: ErrorResponse,
    description: 'INVALID_CREDENTIALS, for any wrong email or password',
  })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'Too many failed logins; see Retry-After' })
  async login(
    @Body() body: LoginRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const { token, user } = await this.auth.login(body.email, body.password, clientAddress(request));
    response.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config, request));
    return { user };
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ operationId: 'logout', summary: 'End the current session (harmless when not logged in)' })
  @ApiNoContentResponse()
  async logout(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(sessionTokenOf(request));
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config, request));
  }

  @Put('password')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({
    operationId: 'changeOwnPassword',
    summary: 'Change my password; ends all my sessions and sets a new session cookie for this one',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'VALIDATION_FAILED: a too short new password, a wrong current one, or the same one again',
  })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'Not logged in (UNAUTHENTICATED)' })
  @ApiConflictResponse({
    type: ErrorResponse,
    description: 'CONFLICT: the password was reset or changed, or the account deactivated, meanwhile',
  })
  @ApiTooManyRequestsResponse({
    type: ErrorResponse,
    description: 'Too many wrong passwords; see Retry-After',
  })
  async changePassword(
    @Body() body: ChangePasswordRequest,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const current = sessionTokenOf(request) ?? '';
    const { token } = await this.auth.changePassword(user, body, clientAddress(request), current);
    response.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config, request));
  }

  @Post('logout-others')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'logoutOtherSessions',
    summary: 'End all my other sessions (other browsers and devices); this one stays',
  })
  @ApiOkResponse({ type: OtherSessionsEndedResponse })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'Not logged in (UNAUTHENTICATED)' })
  logoutOthers(
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<OtherSessionsEndedResponse> {
    return this.auth.logoutOthers(user, sessionTokenOf(request) ?? '');
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ operationId: 'getSession', summary: 'Who is logged in' })
  @ApiOkResponse({ type: SessionResponse })
  whoAmI(@CurrentUser() user: SessionUser): Promise<SessionResponse> {
    return this.auth.whoAmI(user.id);
  }
}
