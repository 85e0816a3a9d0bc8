/**
 * @module page-module
 * The contract of a web page module: it adds its routes (outside /api) to the app.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';
import type { AppDeps } from '../../services/service-deps.ts';

export interface PageModule {
  readonly name: string;
  register(app: Hono<AppEnv>, deps: AppDeps): void;
}
