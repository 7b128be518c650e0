import { beforeAll, describe, expect, it } from '@jest/globals';
import { createPdfkitReferralRenderer } from '../../../src/adapters/pdf/index.ts';
import type { ReferralDocument } from '../../../src/app/ports/referral-document-renderer.ts';
import {
  aFullReferralDocument,
  aMinimalReferralDocument,
  fullReferralChildNames,
} from '../../support/referral-document-builder.ts';
import { allContentText, contentText, inspectPdf, type PdfInspection } from './pdf-inspection.ts';

const renderer = createPdfkitReferralRenderer({ compress: false });
const textOf = async (document: ReferralDocument) =>
  allContentText(inspectPdf(await renderer.render(document)));
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Each snippet occurs in the text, in the order given. */
function expectInOrder(text: string, snippets: readonly string[]): void {
  let from = 0;
  for (const snippet of snippets) {
    const at = text.indexOf(snippet, from);
    if (at < 0) throw new Error(`expected "${snippet}" after position ${from}`);
    from = at + snippet.length;
  }
}

describe('a full referral in the PDF', () => {
  const document = aFullReferralDocument();
  let pdf: PdfInspection;
  let text: string;
  let firstPage: string;

  beforeAll(async () => {
    pdf = inspectPdf(await renderer.render(document));
    text = allContentText(pdf);
    firstPage = contentText(pdf.pages[0] ?? []);
  });

  it('never leaves a heading alone at the foot of a page', () => {
    pdf.pages.slice(0, -1).forEach((page) => {
      const lastContent = page.filter((line) => line.tag !== 'Artifact').at(-1);
      expect(lastContent?.tag).not.toMatch(/^H\d$/);
    });
  });

  it('opens with the reference and the partnership it goes to', () => {
    expectInOrder(firstPage, [
      'Practice review referral',
      'Reference SSCP-2025-0042',
      'Referred to Salford Safeguarding Children Partnership',
      'Submitted for quality assurance 25 June 2025, 10:30',
    ]);
  });

  it('prints the sections of the form in form order, then the QA record and the deadline', () => {
    expectInOrder(text, [
      'Route',
      'Referrer',
      'Safeguarding Lead consultation',
      'Dates',
      'Children',
      'Household and significant adults',
      'Agencies involved',
      'Incident',
      'Why the criteria are met and learning',
      'Other processes',
      'Quality assurance by the PRSG member',
      'Deadline',
    ]);
  });

  it('prints the route with the suggested route and the reason for changing it', () => {
    expectInOrder(text, [
      'Route Practice concern',
      'Route the criteria check suggested Serious incident',
      'Reason for changing the route',
      collapse(document.referral.routeChangeReason ?? ''),
    ]);
  });

  it("prints the referrer with the agency's name and the declaration", () => {
    expectInOrder(text, [
      'Name Alex Morgan',
      'Job title Health visitor',
      'Agency Health',
      'Email alex.morgan@example.org',
      'Phone 0161 206 1234',
      'Declaration The referrer declared that the content is accurate',
    ]);
  });

  it('prints the Safeguarding Lead consultation and the dates', () => {
    expectInOrder(text, [
      'Safeguarding Lead consulted Yes',
      'Name Sam Patel',
      'Role Named nurse',
      'Date consulted 24 June 2025',
      'Date of the incident 20 June 2025',
      'Date the agency became aware 23 June 2025',
    ]);
  });

  it('prints each child in turn with every field', () => {
    expectInOrder(text, [
      'Child 1',
      `Full name ${fullReferralChildNames[0]}`,
      'Other names used Millie Example Amelia Smith',
      'Date of birth 14 March 2021',
      'Sex or gender Female',
      'Ethnicity White British',
      'Address 1 Example Street, Salford',
      'Postcode M5 4WT',
      'Legal status Child protection plan before Child in need',
      'NHS number 943 476 5919',
      'Who was caring for the child Mother',
      'Where the child was being cared for Family home',
      'Child 2',
      `Full name ${fullReferralChildNames[1]}`,
      'Approximate age 7 years',
      'Ethnicity White and Black Caribbean',
      'Legal status Child looked after',
      'NHS number Not given',
      'Child 3',
      `Full name ${fullReferralChildNames[2]}`,
      'Expected due date (unborn child) 1 September 2025',
      'Sex or gender Not known',
      'Legal status None known',
    ]);
  });

  it('prints the household and the agencies involved as tables', () => {
    expectInOrder(text, [
      'Name Relationship to the child Date of birth Address (if different)',
      'Parent A Mother 1 January 1995 Not given',
      'Parent B Stepfather 1 January 1995 9 Other Road, Salford',
      'Grandparent C Maternal grandmother Not given Not given',
      'Agency Contact Still involved',
      'GP practice Practice safeguarding lead Yes',
      'Salford Royal Hospital Named doctor No',
    ]);
  });

  it('prints the incident and flows its long description across pages without losing any of it', () => {
    const { incident } = document.referral;
    expectInOrder(text, [
      'Outcome The child was seriously harmed',
      'Abuse or neglect Suspected',
      'Types of abuse or neglect Physical abuse Neglect',
      'Description of the incident',
      collapse(incident.description),
      'Key events',
      collapse(incident.keyEvents ?? ''),
    ]);
  });

  it('prints the learning and the other processes', () => {
    const { learning } = document.referral;
    expectInOrder(text, [
      'Why the criteria for a review are met',
      collapse(learning.reasons ?? ''),
      'Concerns about how agencies worked together',
      collapse(learning.agencyConcerns ?? ''),
      'Good practice',
      'Local authority notified the National Panel Yes',
      'Date the National Panel was notified 25 June 2025',
      'Police investigation Yes',
      'Coroner involved No',
      'Child Death Overview Panel Not known',
      'Media interest Not known',
      'Other reviews (for example domestic homicide or adult reviews) Yes',
      'Other reviews: details A domestic homicide review has been discussed.',
    ]);
  });

  it('prints HTML and Markdown in free text as the literal text typed', () => {
    expect(text).toContain('<b>Not markup</b> and **not bold**.');
  });

  it('records each QA decision with the reviewer, the time and the comments, then the due date', () => {
    expectInOrder(text, [
      'Decision 1: Returned for changes',
      'PRSG member Jordan Lee',
      'Time of decision 25 June 2025, 12:15',
      'Comments Please add the date the health visitor last saw the family.',
      'Decision 2: Approved',
      'Time of decision 26 June 2025, 14:05',
      'Comments Thank you, approved for the Virtual Panel.',
      'Referral due by Friday 27 June 2025',
    ]);
  });
});

describe('a referral with every optional field left out', () => {
  let text: string;

  beforeAll(async () => {
    text = await textOf(aMinimalReferralDocument());
  });

  it('renders, saying what was not given instead of leaving gaps', () => {
    expectInOrder(text, [
      'Submitted for quality assurance Not submitted',
      'Route the criteria check suggested Not from a criteria check',
      'Safeguarding Lead consulted No',
      'Why the Safeguarding Lead was not consulted The Safeguarding Lead is on leave.',
      'Other names used Not given',
      'Ethnicity Not given',
      'NHS number Not given',
      'Who was caring for the child Not given',
      'No household members or significant adults were given.',
      'Abuse or neglect Not suspected',
      'Key events Not given',
      'Why the criteria for a review are met Not given',
      'Concerns about how agencies worked together Information was not shared.',
      'Good practice Not given',
      'Local authority notified the National Panel Not known',
      'No quality assurance decision has been recorded.',
      'Referral due by Not set',
    ]);
    expect(text).not.toContain('Date of death');
    expect(text).not.toContain('Types of abuse or neglect');
    expect(text).not.toContain('Other reviews: details');
  });

  it("falls back to the agency id when the profile no longer names the referrer's agency", () => {
    expect(text).toContain('Agency health');
  });
});

describe('a referral about a child who died', () => {
  it('prints the date of death and the decision without comments', async () => {
    const full = aFullReferralDocument();
    const text = await textOf({
      ...full,
      referral: {
        ...full.referral,
        dates: { ...full.referral.dates, dateOfDeath: '2025-06-21' },
        incident: { ...full.referral.incident, outcome: 'died' },
      },
      qaDecisions: [
        { decision: 'declined', reviewerId: 'r', reviewerName: 'Jordan Lee', at: '2025-12-01T09:00:00Z' },
      ],
    });
    expectInOrder(text, [
      'Date of death 21 June 2025',
      'Outcome The child died',
      'Decision 1: Declined',
      'Time of decision 1 December 2025, 09:00',
      'Comments None',
    ]);
  });
});
