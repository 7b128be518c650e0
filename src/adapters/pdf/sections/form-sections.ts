import type { ReferralSectionKey } from '../../../domain/referral/index.ts';
import { writeAgenciesSection } from './agencies-section.ts';
import { writeChildrenSection } from './children-section.ts';
import { writeDatesSection } from './dates-section.ts';
import { writeHouseholdSection } from './household-section.ts';
import { writeIncidentSection } from './incident-section.ts';
import { writeLearningSection } from './learning-section.ts';
import { writeOtherProcessesSection } from './other-processes-section.ts';
import { writeReferrerSection } from './referrer-section.ts';
import { writeRouteSection } from './route-section.ts';
import { writeSafeguardingLeadSection } from './safeguarding-lead-section.ts';
import type { SectionWriter } from './section-writer.ts';

/** One writer for every section of the form, so a section added to the form cannot be left out of the PDF. */
export const formSectionWriters: Readonly<Record<ReferralSectionKey, SectionWriter>> = {
  route: writeRouteSection,
  referrer: writeReferrerSection,
  safeguardingLead: writeSafeguardingLeadSection,
  dates: writeDatesSection,
  children: writeChildrenSection,
  household: writeHouseholdSection,
  agencies: writeAgenciesSection,
  incident: writeIncidentSection,
  learning: writeLearningSection,
  otherProcesses: writeOtherProcessesSection,
};
