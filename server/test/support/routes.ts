import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ACCESS_METADATA, type Access } from '../../src/auth/requires.decorator';

export interface RegisteredRoute {
  method: string;
  /** Express-style path with the global prefix, e.g. `/api/users/:id`. */
  path: string;
  /** `UsersController.get`, for messages. */
  handler: string;
  access: Access | undefined;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : '/'];
}

function join(...parts: string[]): string {
  return `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

/**
 * Every controller route Nest registered, found through its module container with the same metadata the
 * router and the AccessGuard read, so a route added by any feature module is included automatically.
 */
export function registeredRoutes(app: NestExpressApplication, globalPrefix = 'api'): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const methodPath: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPath === undefined) continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
        const access = (Reflect.getMetadata(ACCESS_METADATA, handler) ??
          Reflect.getMetadata(ACCESS_METADATA, controller)) as Access | undefined;
        for (const controllerPath of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const path of asList(methodPath)) {
            routes.push({
              method: RequestMethod[requestMethod] === 'ALL' ? 'GET' : RequestMethod[requestMethod],
              path: join(globalPrefix, controllerPath, path),
              handler: `${controller.name}.${name}`,
              access,
            });
          }
        }
      }
    }
  }
  return routes;
}
