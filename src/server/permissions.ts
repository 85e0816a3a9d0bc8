/**
 * @module permissions
 * The API routes' import path of `allow` (the implementation lives in services, where the web
 * pages can reach it too).
 */
export {
  PERMISSION,
  type Permission,
  type PermissionMiddleware,
  actorName,
  allow,
  currentUser,
} from '../services/permissions.ts';
