import { describe, it, expect } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadProfile, parseProfile } from '../../src/config/profile/load-profile.ts';
import { salfordProfile } from '../../src/config/profile/salford-profile.ts';
import { otherPartnershipProfile, writeProfileFile } from '../support/other-partnership-profile.ts';

describe('partnership profile', () => {
  it('defaults to Salford with the values in the briefing', () => {
    const profile = loadProfile(undefined);
    expect(profile.name).toBe('Salford Safeguarding Children Partnership');
    expect(profile.mailbox).toBe('sscp@salford.gov.uk');
    expect(profile.website).toBe('https://safeguardingchildren.salford.gov.uk/');
    expect(profile.qaRoleName).toBe('PRSG member');
    expect(profile.deadline).toEqual({
      days: 5,
      dayKind: 'working',
      clockStart: 'incident',
      closureDays: [],
    });
    expect(profile.reviewTypes).toEqual(
      expect.arrayContaining(['Rapid Review', 'Serious Offence Review', 'Seriously Good Outcome Review']),
    );
  });

  it('loads another partnership from the file PARTNERSHIP_PROFILE names', () => {
    const profile = loadProfile(writeProfileFile());
    expect(profile.shortName).toBe('NCSP');
    expect(profile.deadline.clockStart).toBe('awareness');
  });

  it('is frozen so nothing can change it after start-up', () => {
    const profile = loadProfile(undefined);
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile.deadline.closureDays)).toBe(true);
  });

  it('names every bad field of an invalid profile', () => {
    const broken = {
      ...otherPartnershipProfile,
      mailbox: 'not-an-address',
      deadline: { ...otherPartnershipProfile.deadline, days: 0 },
      prsgMembers: [{ agencyId: 'nowhere', objectId: 'x', name: 'A', email: 'a@b.example' }],
    };
    expect(() => parseProfile(broken, 'test')).toThrow(ConfigError);
    expect(() => parseProfile(broken, 'test')).toThrow(
      /mailbox[\s\S]*deadline\.days[\s\S]*prsgMembers\.0\.agencyId/,
    );
  });

  it('rejects unknown keys, so a typo cannot silently fall back to a default', () => {
    expect(() => parseProfile({ ...salfordProfile, mailBox: 'x@y.example' }, 'test')).toThrow(/mailBox/);
  });

  it('says clearly when the file is missing or not JSON', () => {
    expect(() => loadProfile('/nonexistent/profile.json')).toThrow(/PARTNERSHIP_PROFILE.*cannot be read/);
    const file = writeProfileFile();
    writeFileSync(file, '{ not json');
    expect(() => loadProfile(file)).toThrow(/PARTNERSHIP_PROFILE.*not valid JSON/);
  });
});
