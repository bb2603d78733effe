import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { isAppError } from '../../plan/appError';
import { serviceBundle } from '../support/serverBundle';
import { realProcessTestTimeoutMs } from '../support/serverProcess';

const root = join(__dirname, '..', '..');

function configError(env: NodeJS.ProcessEnv): Error {
  try {
    loadConfig(env);
  } catch (error) {
    expect(isAppError(error, 'config_invalid'), 'a config_invalid AppError').to.equal(true);
    return error as Error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('Config', () => {
  it('gives every setting its documented default on an empty environment', () => {
    const config = loadConfig({});
    expect(config).to.deep.include({
      env: 'development',
      port: 3978,
      host: '127.0.0.1',
      dbPath: 'data/careprep.sqlite',
      publicUrl: 'http://localhost:3978',
      encryptionKey: null,
      directLineEnabled: true,
      logLevel: 'info',
    });
    expect(config.botAuth).to.deep.equal({ appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' });
    expect(config.apiKeys).to.deep.equal([]);
  });

  it('names PORT in the error when PORT is not a port number', () => {
    expect(configError({ PORT: 'eighty' }).message).to.contain('PORT');
    expect(configError({ PORT: '70000' }).message).to.contain('PORT');
  });

  it('refuses to run in production without a Bot Framework app id', () => {
    expect(configError({ NODE_ENV: 'production' }).message).to.contain('MicrosoftAppId');
  });

  it('binds to 127.0.0.1 only when no app id is set, even if HOST asks otherwise', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).to.equal('127.0.0.1');
  });

  it('binds to all interfaces once an app id turns auth on', () => {
    expect(loadConfig({ MicrosoftAppId: 'app-id' }).host).to.equal('0.0.0.0');
  });

  it('refuses an encryption key that is not 32 bytes', () => {
    const short = Buffer.alloc(16, 1).toString('base64');
    expect(configError({ CAREPREP_ENCRYPTION_KEY: short }).message).to.contain('CAREPREP_ENCRYPTION_KEY');
  });

  it('uses sqlite at CAREPREP_DB unless CAREPREP_DATABASE_URL names a PostgreSQL database', () => {
    expect(loadConfig({}).databaseUrl).to.equal(undefined);
    const url = 'postgres://careprep:pw@db.internal:5432/careprep';
    expect(loadConfig({ CAREPREP_DATABASE_URL: url }).databaseUrl).to.equal(url);
  });

  it('refuses a CAREPREP_DATABASE_URL that is not a postgres:// URL, without repeating it', () => {
    for (const bad of ['mysql://u:s3cret@host/db', 'postgres://u:s3cret@', 'careprep.sqlite']) {
      const message = configError({ CAREPREP_DATABASE_URL: bad }).message;
      expect(message).to.contain('CAREPREP_DATABASE_URL');
      expect(message).to.not.contain('s3cret');
    }
  });

  it('accepts a 32-byte base64 encryption key', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ CAREPREP_ENCRYPTION_KEY: key.toString('base64') }).encryptionKey).to.deep.equal(key);
  });

  it('stops the real process with a non-zero exit and a clear message in production without an app id', async function () {
    this.timeout(realProcessTestTimeoutMs);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' };
    const child = spawn(process.execPath, [serviceBundle()], { cwd: root, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).to.not.equal(0);
    expect(code).to.not.equal(null);
    expect(stderr).to.contain('MicrosoftAppId');
    expect(stderr).to.contain('NODE_ENV=production');
    expect(stderr).to.not.match(/\n\s+at /);
  });
});
