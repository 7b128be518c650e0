import { devUsers, type DevUserKey } from '../../auth/dev-users.ts';

/**
 * The Agents Playground's mock Teams (its .m365agentsplayground.yml): the dev tenant, and the sample
 * users with their dev ids, so the person in the playground is the same person the tab signs in as.
 */
export function playgroundConfigYaml(tenantId: string, as: DevUserKey): string {
  const person = (key: DevUserKey, indent: string) => {
    const user = devUsers[key];
    const [given = user.displayName, ...rest] = user.displayName.split(' ');
    return [
      `id: playground-${key}`,
      `name: ${user.displayName}`,
      `userPrincipleName: ${user.email}`,
      `aadObjectId: ${user.userId}`,
      `givenName: ${given}`,
      `surname: ${rest.join(' ') || given}`,
      `email: ${user.email}`,
    ].join(`\n${indent}`);
  };
  const others = (Object.keys(devUsers) as DevUserKey[]).filter((key) => key !== as);
  // The playground wants at least five other people; a colleague with no role here makes up the number.
  const colleague = [
    'id: playground-colleague',
    'name: Alex Colleague',
    'userPrincipleName: alex.colleague@agency.example',
    'aadObjectId: 11111111-1111-4111-8111-0000000000c0',
    'givenName: Alex',
    'surname: Colleague',
    'email: alex.colleague@agency.example',
  ].join('\n    ');
  return [
    'version: "0.1.1"',
    `tenantId: ${tenantId}`,
    'bot:',
    '  id: 00000000-0000-0000-0000-00000000b075',
    '  name: Practice review referrals',
    'currentUser:',
    `  ${person(as, '  ')}`,
    'users:',
    ...others.map((key) => `  - ${person(key, '    ')}`),
    `  - ${colleague}`,
    'personalChat:',
    '  id: __PERSONAL_CHAT_ID__',
    'groupChat:',
    '  id: __GROUP_CHAT_ID__',
    '  name: Group chat',
    'team:',
    '  id: team-id',
    '  name: Safeguarding team',
    '  aadGroupId: 00000000-0000-0000-0000-000000000031',
    '  channels:',
    '    - id: channel-general-id',
    '      name: General',
    '',
  ].join('\n');
}
