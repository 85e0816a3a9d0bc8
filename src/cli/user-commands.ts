/**
 * @module user-commands
 * `concord user add|list|disable|enable|role|reset-password|token`: accounts from the command
 * line, for the first admin's colleagues, for scripts' tokens, and for an admin who lost
 * access. Whoever can run this on the database is its operator; the audit log records the
 * operating-system user.
 */
import type { Command } from 'commander';
import { ROLES, type Role } from '../model/principal.ts';
import { cliActor } from './cli-actor.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { withStore } from './cli-store.ts';
import { formatTable } from './format-table.ts';

// The accounts code (password hashing among it) is imported when a command runs, so that
// `--help` and the other commands do not load it (start-up time).
const users = () => import('../accounts/users.ts');
const tokens = () => import('../accounts/api-tokens.ts');

/** Registers `user` and its sub-commands. */
export const registerUserCommands: RegisterCommand = (program, context) => {
  const { io } = context;
  const run = <T>(act: Parameters<typeof withStore<T>>[1]) => withStore(context.globals(), act).catch(asCliError);
  const user = program.command('user').description('accounts: add, list, disable, tokens');
  user
    .command('add')
    .description('add a user; prints a one-time password (to be changed at first sign-in) unless --password-env')
    .argument('<name>', 'user name (letters, digits, ".", "_", "-")')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'viewer')
    .option('--password-env <variable>', 'take the password from this environment variable instead')
    .action(async (name: string, options: { role: string; passwordEnv?: string }) => {
      const password = options.passwordEnv ? process.env[options.passwordEnv] : undefined;
      if (options.passwordEnv && !password) throw new CliError(`The variable ${options.passwordEnv} is empty`);
      const { addUser } = await users();
      const made = await run((store) => addUser(store, { name, role: role(options.role), password }, cliActor()));
      io.out(`added  ${made.user.name}  (${made.user.role})`);
      if (made.oneTimePassword) io.out(`one-time password (shown once): ${made.oneTimePassword}`);
    });
  user
    .command('list')
    .description('list users')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const { listUsers } = await users();
      const found = await run((store) => listUsers(store));
      if (options.json) return io.out(JSON.stringify(found, null, 2));
      const rows = found.map((u) => [u.name, u.role, u.disabled ? 'disabled' : 'active', u.createdAt.slice(0, 10)]);
      for (const line of formatTable(headers('name', 'role', 'status', 'created'), rows)) io.out(line);
    });
  for (const [command, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    user
      .command(command)
      .description(`${command} a user (their sessions end at once)`)
      .argument('<name>', 'user name')
      .action(async (name: string) => {
        const { updateUser } = await users();
        const changed = await run((store) => updateUser(store, name, { disabled }, cliActor()));
        io.out(`${command}d  ${changed.name}`);
      });
  user
    .command('role')
    .description("change a user's role")
    .argument('<name>', 'user name')
    .argument('<role>', ROLES.join('|'))
    .action(async (name: string, newRole: string) => {
      const { updateUser } = await users();
      const changed = await run((store) => updateUser(store, name, { role: role(newRole) }, cliActor()));
      io.out(`${changed.name}  is now ${changed.role}`);
    });
  user
    .command('reset-password')
    .description('give a user a new one-time password (printed once)')
    .argument('<name>', 'user name')
    .action(async (name: string) => {
      const { resetPassword } = await users();
      const password = await run((store) => resetPassword(store, name, cliActor()));
      io.out(`one-time password of ${name} (shown once): ${password}`);
    });
  registerTokenCommands(user.command('token').description('API tokens: create, list, revoke'), context, run);
};

function registerTokenCommands(
  token: Command,
  { io }: Parameters<RegisterCommand>[1],
  run: <T>(act: Parameters<typeof withStore<T>>[1]) => Promise<T>,
): void {
  token
    .command('create')
    .description('make an API token acting as the user (printed once; send it as "Authorization: Bearer …")')
    .argument('<user>', 'user name')
    .option('--name <label>', 'what the token is for', 'cli')
    .action(async (userName: string, options: { name: string }) => {
      const { createToken } = await tokens();
      const made = await run((store) => createToken(store, userName, options.name, cliActor()));
      io.out(`token ${made.record.id} for ${made.record.userName} (shown once):`);
      io.out(made.token);
    });
  token
    .command('list')
    .description('list tokens (never their secrets)')
    .action(async () => {
      const tokens = await run((store) => store.accounts.listTokens());
      const state = (t: (typeof tokens)[number]) => (t.revokedAt ? 'revoked' : 'live');
      const rows = tokens.map((t) => [t.id, t.userName, t.name, state(t), t.lastUsedAt?.slice(0, 16) ?? '']);
      for (const line of formatTable(headers('id', 'user', 'name', 'state', 'last used'), rows)) io.out(line);
    });
  token
    .command('revoke')
    .description('revoke a token at once')
    .argument('<id>', 'token id (from `concord user token list`)')
    .action(async (id: string) => {
      const { revokeToken } = await tokens();
      await run((store) => revokeToken(store, id, cliActor()));
      io.out(`revoked  ${id}`);
    });
}

function headers(...names: string[]) {
  return names.map((header) => ({ header }));
}

function role(value: string): Role {
  if ((ROLES as readonly string[]).includes(value)) return value as Role;
  throw new CliError(`Unknown role "${value}": use one of ${ROLES.join(', ')}`);
}

/** A refused change (a taken name, a weak password) is the user's mistake: one line, no stack. */
function asCliError(error: unknown): never {
  if (error instanceof Error && error.name === 'ProblemError') throw new CliError(error.message);
  throw error;
}
