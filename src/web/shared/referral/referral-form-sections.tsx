import type { Profile } from '../api/api-types.ts';
import { AgenciesSection } from './sections/agencies-section.tsx';
import { ChildrenSection } from './sections/children-section.tsx';
import { DatesSection } from './sections/dates-section.tsx';
import { HouseholdSection } from './sections/household-section.tsx';
import { IncidentSection } from './sections/incident-section.tsx';
import { LearningSection } from './sections/learning-section.tsx';
import { OtherProcessesSection } from './sections/other-processes-section.tsx';
import { ReferrerSection } from './sections/referrer-section.tsx';
import { RouteSection } from './sections/route-section.tsx';
import { SafeguardingLeadSection } from './sections/safeguarding-lead-section.tsx';

/** The ten sections in the order of `referralSectionOrder`. */
export function ReferralFormSections({ profile }: { profile: Profile }) {
  return (
    <>
      <RouteSection />
      <ReferrerSection profile={profile} />
      <SafeguardingLeadSection />
      <DatesSection />
      <ChildrenSection />
      <HouseholdSection />
      <AgenciesSection />
      <IncidentSection />
      <LearningSection />
      <OtherProcessesSection />
    </>
  );
}
