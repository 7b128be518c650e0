import type { Locator, Page } from 'playwright-core';
import { choose, daysAgo } from './tab-page.ts';

/** Fills the referral form section by section, as a referrer would, for a given incident date. */

const section = (page: Page, title: string): Locator => page.getByRole('region', { name: title });

export async function fillAboutYou(page: Page): Promise<void> {
  const you = section(page, '2. About you');
  await you.getByLabel('Your job title').fill('Health visitor');
  await you.getByLabel('Your phone number').fill('0161 793 2500');
}

export async function fillSafeguardingLead(page: Page, spokeOn: string): Promise<void> {
  const lead = section(page, '3. Safeguarding Lead consulted');
  await choose(lead, /Did you discuss this referral/, 'Yes');
  await lead.getByLabel("Safeguarding Lead's name").fill('Alex Morgan');
  await lead.getByLabel("Safeguarding Lead's role").fill('Named nurse for safeguarding');
  await lead.getByLabel('Date you spoke to them').fill(spokeOn);
}

export async function fillDates(page: Page, dates: { awareness: string; death: string }): Promise<void> {
  const when = section(page, '4. Dates');
  await when.getByLabel('Date your agency became aware').fill(dates.awareness);
  await when.getByLabel('Date the child died').fill(dates.death);
}

async function fillChild(
  child: Locator,
  details: { name: string; otherNames?: string; age: 'dob' | 'approximate'; legal: string[] },
): Promise<void> {
  await child.getByLabel('Full name').fill(details.name);
  if (details.otherNames) await child.getByLabel(/Other names used/).fill(details.otherNames);
  if (details.age === 'dob') {
    await choose(child, /What do you know about the child's age/, 'Date of birth');
    await child.getByRole('textbox', { name: 'Date of birth' }).fill(daysAgo(3 * 365));
  } else {
    await choose(child, /What do you know about the child's age/, 'Approximate age');
    await child.getByLabel('Approximate age in years').fill('6');
  }
  await choose(child, /Sex or gender/, 'Female');
  await child.getByLabel(/Ethnicity/).selectOption({ label: 'White British' });
  await child.getByLabel('Address').fill('1 Example Street, Salford');
  await child.getByLabel('Postcode').fill('m54wt');
  for (const status of details.legal) await child.getByRole('checkbox', { name: status }).check();
  await child.getByLabel(/NHS number/).fill('943 476 5919');
  await child.getByLabel(/Who was caring for the child/).fill('Mother');
}

export async function fillTwoChildren(page: Page): Promise<void> {
  const children = section(page, '5. The children');
  await children.getByRole('button', { name: 'Add child' }).click();
  await fillChild(children.getByRole('group', { name: 'Child 1' }), {
    name: 'Child A',
    otherNames: 'Ayla, AJ',
    age: 'dob',
    legal: ['Child in need'],
  });
  await children.getByRole('button', { name: 'Add another child' }).click();
  await fillChild(children.getByRole('group', { name: 'Child 2' }), {
    name: 'Child B',
    age: 'approximate',
    legal: ['None known'],
  });
}

export async function fillHouseholdAndAgencies(page: Page): Promise<void> {
  const household = section(page, '6. Household and significant adults');
  await household.getByRole('button', { name: 'Add person' }).click();
  const person = household.getByRole('group', { name: 'Person 1' });
  await person.getByLabel('Name').fill('Parent A');
  await person.getByLabel('Relationship to the child').fill('Mother');

  const agencies = section(page, '7. Agencies involved');
  await agencies.getByRole('button', { name: 'Add agency' }).click();
  const agency = agencies.getByRole('group', { name: 'Agency 1' });
  await agency.getByRole('textbox', { name: 'Agency', exact: true }).fill('GP practice');
  await agency.getByLabel('Contact at the agency').fill('Practice safeguarding lead');
  await choose(agency, /Is the agency still involved/, 'Yes');
}

export async function fillIncidentLearningAndProcesses(page: Page): Promise<void> {
  const incident = section(page, '8. What happened');
  await incident.getByRole('checkbox', { name: 'Neglect' }).check();
  await incident
    .getByLabel('Brief factual description')
    .fill('Child A was found unresponsive at home and died in hospital the next day.');

  const learning = section(page, '9. Why the criteria are met, and learning');
  await learning
    .getByLabel('Why you think the criteria for a review are met')
    .fill('A child died and neglect is suspected; several agencies were involved.');

  const processes = section(page, '10. Other processes');
  for (const question of [
    /notified the National Panel/,
    /police investigation/,
    /coroner/,
    /Child Death Overview Panel/,
    /media interest/,
    /another review under way/,
  ]) {
    await choose(processes, question, 'Not known');
  }
}
