/**
 * What crosses the wire to a partner, and what survives failures: the server killed with kill -9
 * in the middle of a stream of edits, `ivlp sync` killed mid-sync, a damaged chunk in the server's
 * store. Real servers (a child process where it must die), real files, real replicas.
 */
import * as A from '@automerge/automerge';
import { cbor } from '@automerge/automerge-repo';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/shared/commands/apply';
import { serializeProgram } from '../../../src/shared/program/load';
import type { Program } from '../../../src/shared/program/schema';
import { addMinutes } from '../../../src/shared/time';
import { buildTmssw2024Sample } from '../../../src/cli/sample/index';
import { SyncConnection } from '../../../src/main/sync/connection';
import { ProgramReplica } from '../../../src/main/sync/replica';
import { readProgramFile } from '../../../src/main/storage/program-file';
import { MemberStore } from '../../../src/server/members';
import { startTeam, until, type Team } from './sync-fixture';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'bin', 'ivlp.mjs');
const sample = buildTmssw2024Sample();
const local = { id: sample.id, schemaVersion: sample.schemaVersion, shared: null };
const shape = (program: Program) => serializeProgram({ ...program, shared: null });
let team: Team | null = null;
const children: ChildProcess[] = [];

beforeAll(() => {
  // npm test builds first; a lone `vitest run` builds here rather than skip.
  if (!existsSync(join(root, 'out', 'main', 'cli.js'))) spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
}, 180_000);

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await team?.cleanup();
  team = null;
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `ivlp serve` as a process of its own, ready when it says where it listens. */
async function serveProcess(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [cli, 'serve', '--data', dataDir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('listening on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`ivlp serve exited with ${code}: ${out}`)));
  });
  return child;
}

/** A planner as the invitation made them. */
const member = (m: { member: { id: string; name: string } }) => ({ id: m.member.id, name: m.member.name, role: 'planner' as const, cityId: null });

/** Every text value inside the changes of the sync messages a connection receives. */
function tapChanges(connection: SyncConnection): Set<string> {
  const texts = new Set<string>();
  const adapter = (connection as unknown as { adapter: { receiveMessage(bytes: Uint8Array): void } }).adapter;
  const receive = adapter.receiveMessage.bind(adapter);
  adapter.receiveMessage = (bytes: Uint8Array) => {
    try {
      const message = cbor.decode(new Uint8Array(bytes)) as { type?: string; data?: Uint8Array };
      if ((message.type === 'sync' || message.type === 'request') && message.data) {
        // A message carries changes, or (to a peer that has nothing yet) a whole document.
        for (const chunk of A.decodeSyncMessage(message.data).changes) {
          try {
            for (const op of A.decodeChange(chunk).ops) texts.add(JSON.stringify(op));
          } catch {
            texts.add(JSON.stringify(A.load(chunk), (_key, value: unknown) => (value instanceof A.ImmutableString ? value.toString() : value)));
          }
        }
      }
    } catch {
      // not a sync message
    }
    receive(bytes);
  };
  return texts;
}

describe('what crosses the wire', () => {
  it('a city partner never receives phones, e-mails, internal notes, emergency contacts or other cities’ hosts', async () => {
    team = await startTeam();
    const ann = await team.invite('planner', 'Ann');
    const city = sample.activities.find((a) => a.type === 'meeting')!;
    const cityId = city.type === 'meeting' ? city.cityId : '';
    const partner = await team.invite('partner', 'Partner', cityId);
    const a = await team.connect(ann.token, 'ann');
    const shared = await ProgramReplica.publish(a.connection, sample, a.member);
    expect(await shared.waitInStep(30_000)).toBe(true);

    const p = await team.connect(partner.token, 'partner');
    const received = tapChanges(p.connection);
    const partners = await ProgramReplica.open(p.connection, shared.rootId, p.member);
    await until('the partner has the plan', () => partners.read(local).program.activities.length === sample.activities.length);
    const wire = [...received].join('\n');
    expect(wire.length).toBeGreaterThan(10_000); // the plan did cross
    expect(wire).toContain(sample.participants[0]!.familyName);
    const secrets = [
      ...sample.participants.flatMap((x) => [x.phone, x.email, x.internalNotes]),
      ...sample.staff.flatMap((x) => [x.phone, x.email, x.internalNotes]),
      ...sample.emergencyContacts.map((c) => c.phone),
      ...sample.activities.map((x) => x.internalNotes),
      ...sample.activities.flatMap((x) => ('host' in x && x.host && 'cityId' in x && x.cityId !== cityId ? [x.host.phone, x.host.email, x.host.contactName] : [])),
    ]
      .filter((s) => s.length > 5)
      // The sample's generator gives some hosts in two cities: what the partner's own city shows is theirs to see.
      .filter((s) => !sample.activities.some((x) => 'host' in x && x.host && 'cityId' in x && x.cityId === cityId && Object.values(x.host).includes(s)));
    expect(secrets.length).toBeGreaterThan(50);
    const leaked = secrets.filter((secret) => wire.includes(JSON.stringify(secret).slice(1, -1)));
    expect(leaked).toEqual([]);
    // Asking for the private document by its id gets nothing.
    const privateId = String(shared.root.doc().docs.private);
    await expect(p.connection.find(privateId, 2000)).rejects.toThrow(/did not send it/);
  }, 90_000);
});

describe('failures', () => {
  it('the server killed with kill -9 in the middle of a stream of edits, then restarted: nothing is lost', async () => {
    team = await startTeam();
    const dataDir = join(team.dir, 'child-server');
    const members = new MemberStore(dataDir);
    const ann = await members.invite({ role: 'planner', cityId: null, name: 'Ann' }, new Date());
    const bob = await members.invite({ role: 'planner', cityId: null, name: 'Bob' }, new Date());
    const port = await freePort();
    let server = await serveProcess(dataDir, port);
    const url = `ws://127.0.0.1:${port}`;
    const connect = (token: string, name: string) => SyncConnection.open({ server: url, token, userData: join(team!.dir, name), retryMs: 200 });
    const aConnection = await connect(ann.token, 'ann');
    const bConnection = await connect(bob.token, 'bob');
    try {
      const shared = await ProgramReplica.publish(aConnection, sample, member(ann));
      expect(await shared.waitInStep(30_000)).toBe(true);
      const bobs = await ProgramReplica.open(bConnection, shared.rootId, member(bob));

      // Thirty moves, one every few milliseconds; the server dies after the tenth.
      let program = sample;
      const moved = sample.activities.filter((x) => x.timing.kind === 'scheduled' && x.type === 'meeting').slice(0, 30);
      for (const [i, activity] of moved.entries()) {
        if (i === 10) server.kill('SIGKILL');
        const start = activity.timing.kind === 'scheduled' ? activity.timing.start : '';
        const next = applyCommand(program, { type: 'activity/move', id: activity.id, start: addMinutes(start, 15) }).program;
        shared.write(program, next);
        program = next;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await new Promise<void>((resolve) => (server.exitCode !== null || server.signalCode ? resolve() : server.once('exit', () => resolve())));
      server = await serveProcess(dataDir, port);
      await until('Bob has all thirty moves', () => shape(bobs.read(local).program) === shape(program), 60_000);
      expect(shape(shared.read(local).program)).toBe(shape(program));
    } finally {
      await aConnection.close();
      await bConnection.close();
    }
  }, 120_000);

  it('`ivlp sync` killed mid-sync leaves the file whole; the next sync shares the work', async () => {
    team = await startTeam();
    const ann = await team.invite('planner', 'Ann');
    const bob = await team.invite('planner', 'Bob');
    const env = { ...process.env, IVLP_USER_DATA_DIR: join(team.dir, 'ann-cli') };
    const file = join(team.dir, 'tmssw.ivlp.json');
    await writeFile(file, serializeProgram(sample));
    // Asynchronously: the server runs in this process and must keep answering while the CLI works.
    const run = (args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, ...args], { env });
        children.push(child);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('exit', (status) => resolve({ status, stdout, stderr }));
      });
    const shared = await run(['share', file, '--server', team.server.url, '--token', ann.token]);
    expect(shared.status, shared.stderr).toBe(0);
    const address = shared.stdout.trim().split('\n').at(-1)!;

    // Ann edits the file outside the app (titles of 40 activities), then a sync is killed.
    const edited = JSON.parse(await readFile(file, 'utf8')) as Program;
    edited.activities.slice(0, 40).forEach((a, i) => (a.title = `${a.title} (edited ${i})`));
    await writeFile(file, serializeProgram(edited));
    const before = await readFile(file);
    const child = spawn(process.execPath, [cli, 'sync', file], { env, stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    // Whole and valid whether the kill came before, during or after its write, and Ann's work is in it.
    const afterKill = await readProgramFile(file);
    expect(afterKill.program.activities.slice(0, 40).every((a, i) => a.title.endsWith(`(edited ${i})`))).toBe(true);
    expect((await readFile(file)).equals(before) || afterKill.program.shared?.address === address).toBe(true);

    const again = await run(['sync', file]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('in step');
    // Bob joins and sees Ann's edits.
    const b = await team.connect(bob.token, 'bob');
    const bobs = await ProgramReplica.open(b.connection, address.split('/programs/')[1]!, b.member);
    await until('Bob has the edited titles', () => bobs.read(local).program.activities.slice(0, 40).every((a, i) => a.title.endsWith(`(edited ${i})`)), 60_000);
    // No temp file of ours is left beside the program.
    expect((await readdir(team.dir)).filter((name) => name.endsWith('.ivlp-tmp'))).toEqual([]);
  }, 180_000);

  it('a damaged chunk in the server’s store is set aside; the program comes back whole from the members who hold it', async () => {
    team = await startTeam();
    const ann = await team.invite('planner', 'Ann');
    const a = await team.connect(ann.token, 'ann');
    const shared = await ProgramReplica.publish(a.connection, sample, a.member);
    expect(await shared.waitInStep(30_000)).toBe(true);
    await a.connection.close();
    await team.server.close();

    // Damage the largest chunk of the store (the plan's), as a disk fault would.
    const docs = join(team.dir, 'server', 'docs');
    const files: { path: string; size: number }[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else files.push({ path, size: (await stat(path)).size });
      }
    };
    await walk(docs);
    const largest = files.sort((x, y) => y.size - x.size)[0]!;
    const bytes = await readFile(largest.path);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    await writeFile(largest.path, bytes);

    await team.restart();
    // A new member asks for the program: the server has lost part of it until Ann's app reconnects.
    const again = await team.connect(ann.token, 'ann');
    const annsAgain = await ProgramReplica.open(again.connection, shared.rootId, again.member);
    const bob = await team.invite('planner', 'Bob');
    const b = await team.connect(bob.token, 'bob');
    const bobs = await ProgramReplica.open(b.connection, shared.rootId, b.member, 30_000);
    await until('Bob has the whole program', () => shape(bobs.read(local).program) === shape(sample), 60_000);
    expect(team.server.unreadable.map((u) => u.why)).toEqual(['chunk 0 fails its checksum']);
    expect(shape(annsAgain.read(local).program)).toBe(shape(sample));
  }, 120_000);
});
