/**
 * Reading and writing files so that they hold: a read stops at a size cap (an endless `/dev/zero` or a
 * 50 MB file is refused at once instead of eating memory), a write goes to a file beside the target and
 * is renamed over it only when complete (a full disk or a read-only folder never leaves a truncated
 * file), and folders are made one level at a time (Node's recursive mkdir never returns for `/proc/x`).
 *
 * Pure: the platform's file system comes in as a port, so tests inject faults and Node passes `fs`.
 */

/** What the CLI reads at most: a board reading of 10,000 notes is about 3 MB, a template pack at most 1 MB. */
export const maxInputBytes = 10 * 1024 * 1024;

export interface FileHandlePort {
  read(buffer: Uint8Array, offset: number, length: number, position: null): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** The few calls of Node's `fs/promises` used here; errors carry Node's `code`. */
export interface FileSystemPort {
  open(path: string, flags: 'r'): Promise<FileHandlePort>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; a missing one is fine. */
  remove(path: string): Promise<void>;
  /** Creates one folder (not its parents). */
  mkdir(path: string): Promise<void>;
  isDirectory(path: string): Promise<boolean>;
  dirname(path: string): string;
}

/** An error as Node's would be: the CLI maps the code to a message in the user's language. */
export function fileError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The file's bytes, or an `EFBIG` error as soon as more than `maxBytes` have come. */
export async function readFileCapped(
  fs: FileSystemPort,
  path: string,
  maxBytes = maxInputBytes,
): Promise<Uint8Array> {
  const handle = await fs.open(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // One byte past the cap tells "exactly at the cap" from "too big" without reading on.
      const chunk = new Uint8Array(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw fileError('EFBIG', path);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

let writes = 0;

/** Writes beside the target, then renames: the target is either the old file, absent, or the whole new one. */
export async function writeFileSafely(fs: FileSystemPort, path: string, data: string | Uint8Array) {
  writes += 1;
  const partial = `${path}.${writes}-${Math.random().toString(36).slice(2, 8)}.partial`;
  try {
    await fs.writeFile(partial, data);
    await fs.rename(partial, path);
  } catch (error) {
    await fs.remove(partial).catch(() => undefined);
    throw error;
  }
}

/** Creates a folder and its parents; an existing folder is fine, an existing file is `ENOTDIR`. */
export async function makeDirs(fs: FileSystemPort, path: string, depth = 0): Promise<void> {
  try {
    await fs.mkdir(path);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EEXIST') {
      if (await fs.isDirectory(path)) return;
      throw fileError('ENOTDIR', path);
    }
    const parent = fs.dirname(path);
    // Only a missing parent is worth a second try, and only as deep as the path goes.
    if (code !== 'ENOENT' || parent === path || depth > 64) throw error;
    await makeDirs(fs, parent, depth + 1);
    await fs.mkdir(path).catch(async (again: unknown) => {
      if (codeOf(again) === 'EEXIST' && (await fs.isDirectory(path))) return;
      throw again;
    });
  }
}

/** The command line's file calls over a file system: capped reads, safe writes, folders that end. */
export function createFileIo(fs: FileSystemPort) {
  return {
    readFile: (path: string, maxBytes?: number) => readFileCapped(fs, path, maxBytes),
    writeFile: (path: string, data: string | Uint8Array) => writeFileSafely(fs, path, data),
    makeDir: (path: string) => makeDirs(fs, path),
  };
}
