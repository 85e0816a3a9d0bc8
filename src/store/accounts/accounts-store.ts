/**
 * @module accounts-store
 * The accounts tables (migration 060): users, sessions and API tokens. Secrets never reach
 * this file: sessions and tokens are found by the SHA-256 their callers compute, and
 * passwords arrive as argon2id hashes (src/accounts/ does both).
 */
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Role } from '../../model/principal.ts';
import type { AuditInput } from '../custody/custody-store.ts';
import type { ApiTokensTable, Database, UsersTable } from '../database-schema.ts';

/** Appends an audit entry inside the given transaction (the custody store's, so the hash chain holds). */
export type AppendAudit = (input: AuditInput, trx: Transaction<Database>) => Promise<unknown>;

/** A user as stored. */
export interface UserRecord {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A session with its user. */
export interface SessionRecord {
  readonly idHash: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly user: UserRecord;
}

/** An API token as listed (its hash stays inside). */
export interface TokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly userName: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export type UserChange = Partial<Pick<UserRecord, 'role' | 'disabled' | 'passwordHash' | 'mustChangePassword'>>;

/** Users, sessions and tokens of one store. */
export class AccountsStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly appendAudit: AppendAudit,
  ) {}

  /**
   * Account writes and their audit entry in one transaction: a change is never stored without
   * its entry, nor an entry without its change. `entry` sees what `work` returned (no entry
   * when it gives undefined: nothing changed).
   */
  async audited<T>(
    work: (accounts: AccountsStore) => Promise<T>,
    entry: (result: T) => AuditInput | undefined,
  ): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      const result = await work(new AccountsStore(trx, this.appendAudit));
      const audit = entry(result);
      if (audit) await this.appendAudit(audit, trx);
      return result;
    });
  }

  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async addUser(user: Omit<UserRecord, 'updatedAt'>): Promise<UserRecord> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        name: user.name,
        role: user.role,
        password_hash: user.passwordHash,
        must_change_password: user.mustChangePassword ? 1 : 0,
        disabled: user.disabled ? 1 : 0,
        created_at: user.createdAt,
        updated_at: user.createdAt,
      })
      .execute();
    return { ...user, updatedAt: user.createdAt };
  }

  async userByName(name: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return row && toUser(row);
  }

  async userById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('name').execute()).map(toUser);
  }

  async updateUser(id: string, change: UserChange, at: string): Promise<boolean> {
    const values: Updateable<UsersTable> = { updated_at: at };
    if (change.role !== undefined) values.role = change.role;
    if (change.passwordHash !== undefined) values.password_hash = change.passwordHash;
    if (change.disabled !== undefined) values.disabled = change.disabled ? 1 : 0;
    if (change.mustChangePassword !== undefined) values.must_change_password = change.mustChangePassword ? 1 : 0;
    const result = await this.db.updateTable('users').set(values).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async addSession(s: Omit<SessionRecord, 'user' | 'lastSeenAt'> & { userId: string }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: s.idHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        last_seen_at: s.createdAt,
        expires_at: s.expiresAt,
      })
      .execute();
  }

  async session(idHash: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select([
        'sessions.id_hash',
        'sessions.csrf_token',
        'sessions.created_at as session_created_at',
        'sessions.last_seen_at',
        'sessions.expires_at',
      ])
      .where('sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      idHash: row.id_hash,
      csrfToken: row.csrf_token,
      createdAt: row.session_created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      user: toUser(row),
    };
  }

  async touchSession(idHash: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  /** Signs a user out everywhere (after a password change, a role change or disabling), but `keep`. */
  async deleteSessionsOf(userId: string, keep?: string): Promise<void> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keep) query = query.where('id_hash', '<>', keep);
    await query.execute();
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }

  async addToken(t: { id: string; userId: string; name: string; tokenHash: string; createdAt: string }): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({ id: t.id, user_id: t.userId, name: t.name, token_hash: t.tokenHash, created_at: t.createdAt })
      .execute();
  }

  /** The live (unrevoked) token with this hash and its user. */
  async tokenByHash(tokenHash: string): Promise<{ token: TokenRecord; user: UserRecord } | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('users')
      .select([
        'api_tokens.id as token_id',
        'api_tokens.name as token_name',
        'api_tokens.created_at as token_created_at',
        'api_tokens.last_used_at',
        'api_tokens.revoked_at',
      ])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const user = toUser(row);
    const token = toToken({
      id: row.token_id,
      user_id: user.id,
      name: row.token_name,
      created_at: row.token_created_at,
      last_used_at: row.last_used_at,
      revoked_at: row.revoked_at,
    });
    return { token: { ...token, userName: user.name }, user };
  }

  async touchToken(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  /** Tokens, newest first; of one user when `userId` is given. */
  async listTokens(userId?: string): Promise<TokenRecord[]> {
    let query = this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id',
        'api_tokens.user_id',
        'api_tokens.name',
        'api_tokens.created_at',
        'api_tokens.last_used_at',
        'api_tokens.revoked_at',
        'users.name as user_name',
      ])
      .orderBy('api_tokens.created_at', 'desc');
    if (userId) query = query.where('api_tokens.user_id', '=', userId);
    return (await query.execute()).map((r) => ({ ...toToken(r), userName: r.user_name }));
  }

  /** Revokes a live token (of `userId` only, when given); false when there was none. */
  async revokeToken(id: string, at: string, userId?: string): Promise<boolean> {
    let query = this.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id);
    query = query.where('revoked_at', 'is', null);
    if (userId) query = query.where('user_id', '=', userId);
    return Number((await query.executeTakeFirst()).numUpdatedRows) > 0;
  }
}

function toUser(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    passwordHash: row.password_hash,
    mustChangePassword: Number(row.must_change_password) === 1,
    disabled: Number(row.disabled) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toToken(row: Omit<Selectable<ApiTokensTable>, 'token_hash'>): TokenRecord {
  return {
    id: row.id,
    userId: row.user_id,
    userName: '',
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
