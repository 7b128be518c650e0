import type { PrincipalRole } from '../../app/auth/principal.ts';

export const devUserKeys = [
  'referrer',
  'other-referrer',
  'reviewer',
  'other-reviewer',
  'partnership',
] as const;
export type DevUserKey = (typeof devUserKeys)[number];

export interface DevUser {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string;
  readonly agencyId: string;
  readonly roles: readonly PrincipalRole[];
}

/** Fictional sample people for the embedded default. Their ids are stable so seeded data survives restarts. */
export const devUsers: Readonly<Record<DevUserKey, DevUser>> = {
  referrer: {
    userId: '11111111-1111-4111-8111-000000000001',
    displayName: 'Riley Hughes',
    email: 'riley.hughes@health.example',
    jobTitle: 'Health practitioner',
    agencyId: 'health',
    roles: [],
  },
  'other-referrer': {
    userId: '11111111-1111-4111-8111-000000000002',
    displayName: 'Sam Okafor',
    email: 'sam.okafor@police.example',
    jobTitle: 'Police practitioner',
    agencyId: 'police',
    roles: [],
  },
  reviewer: {
    userId: '11111111-1111-4111-8111-000000000003',
    displayName: 'Priya Shah',
    email: 'priya.shah@health.example',
    jobTitle: 'PRSG member for Health',
    agencyId: 'health',
    roles: ['reviewer'],
  },
  'other-reviewer': {
    userId: '11111111-1111-4111-8111-000000000004',
    displayName: 'Tom Reid',
    email: 'tom.reid@police.example',
    jobTitle: 'PRSG member for Police',
    agencyId: 'police',
    roles: ['reviewer'],
  },
  partnership: {
    userId: '11111111-1111-4111-8111-000000000005',
    displayName: 'Jo Bennett',
    email: 'jo.bennett@partnership.example',
    jobTitle: 'Partnership business unit',
    agencyId: 'childrens-social-care',
    roles: ['partnership'],
  },
};

/** The sample PRSG members, as the reviewer directory lists them in dev mode. */
export const devReviewers = devUserKeys
  .map((key) => devUsers[key])
  .filter((user) => user.roles.includes('reviewer'))
  .map((user) => ({
    userId: user.userId,
    displayName: user.displayName,
    email: user.email,
    agencyId: user.agencyId,
  }));
