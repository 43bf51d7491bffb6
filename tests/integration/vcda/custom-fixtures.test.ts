import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useMock } from '../../helpers/mock';
import { login } from './helpers';

// A fixtures directory whose only change is a 5-minute idle timeout.
const dir = mkdtempSync(join(tmpdir(), 'vcda-fixtures-'));
const defaults = readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'default', 'vcda.yaml'), 'utf8');
writeFileSync(join(dir, 'vcda.yaml'), defaults.replace('idleTimeout: PT30M', 'idleTimeout: PT5M'));

const mock = useMock({ apis: ['vcda'], fixtures: dir });

test('expires sessions after the idle timeout the fixtures configure', async () => {
  const token = await login(mock);
  mock.mock.admin.advanceClock('PT4M');
  await mock.http().get('/sessions').set('X-VCAV-Auth', token).expect(200);
  mock.mock.admin.advanceClock('PT5M');
  await mock.http().get('/sessions').set('X-VCAV-Auth', token).expect(401);
});
