import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { dataPath } from '../util/paths.js';
import { KnowledgeBase } from './knowledge-base.js';
import { ensureCompiled } from './store/compile.js';
import { Layer } from './store/layer.js';

export interface OpenOptions {
  /** Folder of the committed KB (default: the package's data/kb). */
  readonly dataDir?: string;
  /** Where the compiled index of the bundled KB goes (default: beside the data, else the temp folder). */
  readonly cachePath?: string;
  /**
   * The user KB layered over the bundled one: a path, or null for none. Default:
   * $ATTACHE_KB_USER, else ~/.attache/kb-user.db — used only if the file exists.
   */
  readonly userKb?: string | null;
  /** Environment to read ATTACHE_KB_USER from (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The user KB path the options and environment name (the file may not exist yet). */
export function userKbPath(options: Pick<OpenOptions, 'userKb' | 'env'> = {}): string | null {
  if (options.userKb !== undefined) return options.userKb;
  const env = options.env ?? process.env;
  return env.ATTACHE_KB_USER || join(homedir(), '.attache', 'kb-user.db');
}

/**
 * Opens the knowledge base: the bundled KB's SQLite index (compiled from data/kb
 * on first use) and, over it, the user's KB if there is one. The caller holds the
 * instance and closes it.
 */
export function openKnowledgeBase(options: OpenOptions = {}): KnowledgeBase {
  const dataDir = options.dataDir ?? dataPath('kb');
  const bundled = new Layer(ensureCompiled(dataDir, options.cachePath), 'bundled');
  const layers = [bundled];
  const user = userKbPath(options);
  if (user && existsSync(user)) {
    try {
      layers.push(new Layer(user, 'user'));
    } catch (e) {
      bundled.close();
      throw e;
    }
  }
  return new KnowledgeBase(layers, user && existsSync(user) ? user : null);
}
