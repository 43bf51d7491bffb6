import { Directory, field, orgOf } from '../../../../src/vendors/vcda/directory';
import { parseVcdaFixtures } from '../../../../src/vendors/vcda/fixtures';

const directory = new Directory(
  parseVcdaFixtures(
    {
      localSite: 'site1',
      pairedSites: ['site2'],
      vcdUsers: [
        { user: 'admin1@Org1', password: 'password', sites: ['site1'] },
        { user: 'remote@org3', password: 'pw', sites: ['site2'] },
      ],
      vcdCookies: [{ cookie: 'c0ffee', user: 'remote@org3' }],
    },
    'test.yaml',
  ),
);

test('takes the org from the part after the last @', () => {
  expect(orgOf('admin1@org2')).toBe('org2');
});

test('reads only own string fields, never inherited ones', () => {
  expect(field(JSON.parse('{"__proto__":{"site":"x"}}'), 'site')).toBeUndefined();
  expect(field({}, 'constructor')).toBeUndefined();
  expect(field({ site: 2 }, 'site')).toBeUndefined();
});

test('matches Cloud Director user names without regard to case and answers the fixture spelling', () => {
  expect(directory.login({ type: 'vcdCredentials', vcdUser: 'ADMIN1@ORG1', vcdPassword: 'password' })).toMatchObject({ user: 'admin1@Org1' });
});

test('refuses a Cloud Director login for a user the local site does not know', () => {
  expect(directory.login({ type: 'vcdCredentials', vcdUser: 'remote@org3', vcdPassword: 'pw' })).toEqual({ failedUser: 'remote@org3' });
  expect(directory.login({ type: 'vcdCookie', vcdCookie: 'c0ffee' })).toEqual({});
});

test('authenticates a remote site with a cookie only where its user is known', () => {
  expect(directory.remoteAuth({ type: 'cookie', site: 'site2', cookie: 'c0ffee' }, 'site2')).toEqual({ org: 'org3', site: 'site2' });
  expect(directory.remoteAuth({ type: 'cookie', site: 'site1', cookie: 'c0ffee' }, 'site1')).toBeUndefined();
});

test('knows only the local and paired sites', () => {
  expect(['site1', 'site2', 'site3', '__proto__'].map((site) => directory.knowsSite(site))).toEqual([true, true, false, false]);
});
